package reesim.experiment;

import java.io.Serializable;

/** Executes one run of a sweep. Never throws for a failing run: it returns a failed record instead. Serializable for Spark. */
@FunctionalInterface
public interface RunTask extends Serializable {
    RunRecord execute(RunSpec run);
}
