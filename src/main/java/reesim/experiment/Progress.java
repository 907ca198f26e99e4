package reesim.experiment;

import java.io.PrintStream;

/**
 * Reports a sweep's progress as runs finish: a progress bar (runs done, rate, time left) on a terminal, plain log
 * lines every 10 % or 30 s otherwise (logs, CI, batch jobs), nothing when quiet. Thread-safe.
 */
public interface Progress extends AutoCloseable {
    void runFinished(boolean ok);

    @Override
    void close();

    /**
     * The progress display for {@code total} runs of which {@code alreadyDone} were done before (resume): a bar when
     * the JVM has a console, log lines on {@code log} otherwise.
     */
    static Progress create(String task, int total, int alreadyDone, PrintStream log, boolean quiet) {
        if (quiet) return none();
        if (System.console() != null) return new TerminalProgress(task, total, alreadyDone);
        return new LogProgress(task, total, alreadyDone, log, 30_000);
    }

    static Progress none() {
        return new Progress() {
            @Override public void runFinished(boolean ok) {}
            @Override public void close() {}
        };
    }
}
