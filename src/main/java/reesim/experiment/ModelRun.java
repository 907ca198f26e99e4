package reesim.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.model.ReeModel;
import reesim.output.Simulation;
import reesim.output.DataCollector;

import java.io.Serializable;
import java.util.List;

/**
 * The run of one sweep run: the base config with the scenario's overrides, loaded by the same {@link ConfigLoader}
 * as {@code run --set}, simulated by the same {@link Simulation#run}, so a sweep run and {@code run} with the same
 * config and seed give the same numbers. Outcomes are computed from the collector's yearly values, which are the
 * values of annual.csv before rounding.
 */
public final class ModelRun implements RunTask {
    /** The simulation step; {@link Simulation#run} except in tests of failure handling. */
    @FunctionalInterface
    public interface Simulator extends Serializable {
        ReeModel run(ModelConfig cfg, long seed, int untilYear);
    }

    private final String baseLabel;
    private final ObjectNode baseTree;
    private final int untilYear;
    private final List<OutcomeSpec> outcomes;
    private final Simulator simulator;
    private final TrajectorySpec keep;

    public ModelRun(String baseLabel, ObjectNode baseTree, int untilYear, List<OutcomeSpec> outcomes, Simulator simulator) {
        this(baseLabel, baseTree, untilYear, outcomes, null, simulator);
    }

    /** @param keep the series kept for the trajectories table, or null */
    public ModelRun(String baseLabel, ObjectNode baseTree, int untilYear, List<OutcomeSpec> outcomes, TrajectorySpec keep, Simulator simulator) {
        this.keep = keep;
        this.baseLabel = baseLabel;
        this.baseTree = baseTree.deepCopy();
        this.untilYear = untilYear;
        this.outcomes = List.copyOf(outcomes);
        this.simulator = simulator;
    }

    public static ModelRun of(SweepSpec spec) {
        return new ModelRun(spec.baseLabel(), spec.baseTree(), spec.untilYear(), spec.outcomes(), spec.keep(), Simulation::run);
    }

    @Override
    public RunRecord execute(RunSpec run) {
        long started = System.nanoTime();
        try {
            ModelConfig cfg = ConfigLoader.loadTree(baseLabel, baseTree, run.overrides(), ModelConfig.class).value();
            ReeModel model = simulator.run(cfg, run.seed(), untilYear);
            DataCollector data = DataCollector.of(model);
            OutcomeSpec.AnnualValues annual = (metric, year, element) -> {
                int y = year - data.startYear();
                return y >= 0 && y < data.yearsDone() ? data.annual(metric, y, element) : Double.NaN;
            };
            double[] values = new double[outcomes.size()];
            for (int i = 0; i < values.length; i++) values[i] = outcomes.get(i).compute(annual, cfg.elements);
            double[] kept = keep == null ? null : keep.values(annual, cfg.elements);
            return RunRecord.ok(run, seconds(started), values, kept);
        } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
            return RunRecord.failed(run, seconds(started), describe(e));
        }
    }

    /** One line: exception type, message and where it was thrown. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) sb.append(": ").append(e.getMessage());
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) sb.append(" at ").append(trace[0]);
        return sb.toString().replaceAll("[\\r\\n]+", " | ");
    }

    private static double seconds(long started) { return (System.nanoTime() - started) / 1e9; }
}
