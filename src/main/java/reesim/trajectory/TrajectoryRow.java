package reesim.trajectory;

import java.util.List;

/**
 * One row of the trajectories table: a run's value of one series in one year. {@code parameters} are the scenario's
 * values as --set texts; {@code value} is NaN where the run has no value (stored as null in Parquet, empty in CSV).
 */
public record TrajectoryRow(int runId, int scenario, int replicate, long seed, List<String> parameters, int year,
                            String element, String metric, double value) {
    public TrajectoryRow {
        parameters = List.copyOf(parameters);
    }
}
