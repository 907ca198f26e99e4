package reesim.experiment;

import java.io.IOException;
import java.util.List;

/** Runs a list of runs and hands each finished run's record to a sink at once, on whatever machines it has. */
public interface Engine {
    /** Receives finished runs; may be called from several threads at once. */
    @FunctionalInterface
    interface RecordSink {
        void accept(RunRecord record) throws IOException;
    }

    /** Runs every run, returning when all are recorded. A failing run is a failed record, not an exception. */
    void execute(List<RunSpec> runs, RunTask task, RecordSink sink) throws Exception;

    /** Short name for sweep.json and the summary, e.g. {@code local[8]}. */
    String describe();

    /** Runs executed at once, for the summary's time per run. */
    int parallelism();
}
