package reesim.cli;

import reesim.calibration.Simulations;
import reesim.calibration.TargetRun;
import reesim.experiment.Engine;
import reesim.experiment.RunRecord;
import reesim.experiment.RunSpec;
import reesim.experiment.RunTask;

import java.util.List;

/**
 * The calibration's runs on a sweep engine ({@link reesim.experiment.LocalEngine} threads or
 * {@link reesim.experiment.SparkEngine}), through the {@link Engine} interface only: each run becomes a
 * {@link RunSpec}, executed by a serializable {@link RunTask} that catches a failing run as a failed record.
 */
public final class EngineSimulations implements Simulations {
    private final Engine engine;

    public EngineSimulations(Engine engine) { this.engine = engine; }

    @Override
    public void execute(List<Run> runs, TargetRun task, Results results) throws Exception {
        List<RunSpec> specs = runs.stream().map(r -> new RunSpec(r.id(), r.scenario(), r.replicate(), r.seed(), r.overrides())).toList();
        engine.execute(specs, new Task(task), rec -> results.accept(runs.get(rec.spec().runId()), rec.isOk(), rec.wallSeconds(), rec.error(), rec.outcomes()));
    }

    @Override
    public String describe() { return engine.describe(); }

    /** Runs one calibration run on whatever machine the engine sends it to. */
    private record Task(TargetRun run) implements RunTask {
        @Override
        public RunRecord execute(RunSpec spec) {
            long started = System.nanoTime();
            try {
                double[] values = run.run(spec.scenario(), spec.seed(), spec.overrides());   // before the clock is read
                return RunRecord.ok(spec, seconds(started), values);
            } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
                return RunRecord.failed(spec, seconds(started), describe(e));
            }
        }

        private static double seconds(long started) { return (System.nanoTime() - started) / 1e9; }

        /** One line: exception type, message and where it was thrown. */
        private static String describe(Throwable e) {
            StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
            if (e.getMessage() != null) sb.append(": ").append(e.getMessage());
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0) sb.append(" at ").append(trace[0]);
            return sb.toString().replaceAll("[\\r\\n]+", " | ");
        }
    }
}
