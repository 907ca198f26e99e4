package reesim.experiment;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** The terminal progress bar (me.tongfei progressbar): runs done, rate in runs/s, elapsed and time left, failures. */
final class TerminalProgress implements Progress {
    private final ProgressBar bar;
    private int failed;

    TerminalProgress(String task, int total, int alreadyDone) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).startsFrom(alreadyDone, Duration.ZERO)
                .setUnit(" runs", 1).showSpeed().setSpeedUnit(ChronoUnit.SECONDS).setUpdateIntervalMillis(500)
                .build();
    }

    @Override
    public synchronized void runFinished(boolean ok) {
        if (!ok) bar.setExtraMessage(++failed + " failed");
        bar.step();
    }

    @Override
    public synchronized void close() { bar.close(); }
}
