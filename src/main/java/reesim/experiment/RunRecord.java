package reesim.experiment;

import java.io.Serializable;

/** What one run produced: its spec, {@code ok} or {@code failed}, its wall time, the error if failed, its outcomes if ok. */
public record RunRecord(RunSpec spec, String status, double wallSeconds, String error, double[] outcomes) implements Serializable {
    public static final String OK = "ok";
    public static final String FAILED = "failed";

    public static RunRecord ok(RunSpec spec, double wallSeconds, double[] outcomes) {
        return new RunRecord(spec, OK, wallSeconds, "", outcomes);
    }

    public static RunRecord failed(RunSpec spec, double wallSeconds, String error) {
        return new RunRecord(spec, FAILED, wallSeconds, error, null);
    }

    public boolean isOk() { return OK.equals(status); }
}
