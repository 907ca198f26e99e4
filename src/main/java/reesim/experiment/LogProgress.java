package reesim.experiment;

import java.io.PrintStream;
import java.util.Locale;

/** Plain progress lines for logs: one each time another 10 % of the runs is done, or after 30 s without a line. */
final class LogProgress implements Progress {
    private final String task;
    private final int total, alreadyDone;
    private final PrintStream out;
    private final long intervalMillis;
    private final long started = System.nanoTime();
    private long lastLine = System.nanoTime();
    private int done, failed, nextTenth = 1;

    LogProgress(String task, int total, int alreadyDone, PrintStream out, long intervalMillis) {
        this.task = task;
        this.total = total;
        this.alreadyDone = alreadyDone;
        this.done = alreadyDone;
        this.out = out;
        this.intervalMillis = intervalMillis;
        while (nextTenth <= 10 && (long) done * 10 >= (long) total * nextTenth) nextTenth++;
    }

    @Override
    public synchronized void runFinished(boolean ok) {
        done++;
        if (!ok) failed++;
        long now = System.nanoTime();
        boolean tenth = nextTenth <= 10 && (long) done * 10 >= (long) total * nextTenth;
        if (!tenth && (now - lastLine) / 1_000_000 < intervalMillis) return;
        while (nextTenth <= 10 && (long) done * 10 >= (long) total * nextTenth) nextTenth++;
        lastLine = now;
        double elapsed = (now - started) / 1e9;
        double rate = (done - alreadyDone) / Math.max(elapsed, 1e-9);
        double left = rate > 0 ? (total - done) / rate : Double.NaN;
        out.println(String.format(Locale.ROOT, "%s: %d/%d runs (%.0f %%), %d failed, %.2f runs/s, elapsed %s, left ~%s",
                task, done, total, 100.0 * done / Math.max(total, 1), failed, rate, clock(elapsed), clock(left)));
        out.flush();
    }

    @Override
    public void close() {}

    static String clock(double seconds) {
        if (!Double.isFinite(seconds)) return "?";
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
