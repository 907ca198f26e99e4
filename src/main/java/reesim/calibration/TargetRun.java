package reesim.calibration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.experiment.RunRecord;
import reesim.experiment.RunSpec;
import reesim.experiment.RunTask;

import java.util.List;
import java.util.Set;

/**
 * One run of a calibration evaluation on an {@link reesim.experiment.Engine}: the config with the run's overrides,
 * simulated with {@link RunObserver#run} to the end of the scenario's last year, and the scenario's targets' values
 * as the record's outcomes. Scenario 0 is the evaluation's own point (the fit targets and the contrasts' measures);
 * scenario k is contrast k - 1's scenario (its measure only), as {@link Ensemble#run} runs them. Serializable for Spark.
 */
final class TargetRun implements RunTask {
    private final String label;
    private final ObjectNode tree;
    private final List<List<Target>> targets;
    private final int[] untilYears;

    /** @param targets per scenario, the targets it observes; @param untilYears per scenario, the last year it runs */
    TargetRun(String label, ObjectNode tree, List<List<Target>> targets, int[] untilYears) {
        this.label = label;
        this.tree = tree.deepCopy();
        this.targets = targets.stream().map(List::copyOf).toList();
        this.untilYears = untilYears.clone();
    }

    @Override
    public RunRecord execute(RunSpec run) {
        long started = System.nanoTime();
        try {
            List<Target> observed = targets.get(run.scenario());
            ModelConfig cfg = ConfigLoader.loadTree(label, tree, run.overrides(), ModelConfig.class).value();
            Set<RunObserver.Key> keys = TargetSet.keys(observed, cfg);
            RunObserver obs = RunObserver.run(cfg, run.seed(), untilYears[run.scenario()], keys);
            double[] v = new double[observed.size()];
            for (int i = 0; i < v.length; i++) v[i] = observed.get(i).simulated(obs, RunObserver.elementIndex(cfg, observed.get(i).element()));
            return RunRecord.ok(run, seconds(started), v);
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
