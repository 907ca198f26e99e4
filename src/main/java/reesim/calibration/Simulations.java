package reesim.calibration;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Where the search's runs execute: a batch of runs in, each run's target values out as it finishes, from any
 * thread. The command adapts the sweeps' engines ({@code reesim.experiment.Engine}: threads, Spark) to it, so that
 * this package does not depend on {@code experiment} (which depends, through the reports, on this one).
 */
public interface Simulations {
    /** One run: its number in the batch, scenario (0 the point itself, k contrast k - 1), replicate (seed index), seed and overrides. */
    record Run(int id, int scenario, int replicate, long seed, List<String> overrides) implements Serializable {
        public Run { overrides = List.copyOf(overrides); }
    }

    /** Receives each finished run: its values if ok, else the error. */
    @FunctionalInterface
    interface Results {
        void accept(Run run, boolean ok, double wallSeconds, String error, double[] values) throws IOException;
    }

    /** Runs every run with {@code task}, returning when all are handed to {@code results}; a failing run is a failed result. */
    void execute(List<Run> runs, TargetRun task, Results results) throws Exception;

    /** Short name for calibration.json and the log, e.g. {@code local[2]}. */
    String describe();
}
