package reesim.experiment;

import java.io.Serializable;

/**
 * What one run produced: its spec, {@code ok} or {@code failed}, its wall time, the error if failed, its outcomes if
 * ok, and the values of the series the sweep keeps ({@link TrajectorySpec#values}; null when it keeps none). The
 * record travels whole from a Spark executor to the driver, so the kept series come back with it.
 */
public record RunRecord(RunSpec spec, String status, double wallSeconds, String error, double[] outcomes, double[] kept) implements Serializable {
    public static final String OK = "ok";
    public static final String FAILED = "failed";

    public static RunRecord ok(RunSpec spec, double wallSeconds, double[] outcomes) {
        return ok(spec, wallSeconds, outcomes, null);
    }

    public static RunRecord ok(RunSpec spec, double wallSeconds, double[] outcomes, double[] kept) {
        return new RunRecord(spec, OK, wallSeconds, "", outcomes, kept);
    }

    public static RunRecord failed(RunSpec spec, double wallSeconds, String error) {
        return new RunRecord(spec, FAILED, wallSeconds, error, null, null);
    }

    public boolean isOk() { return OK.equals(status); }
}
