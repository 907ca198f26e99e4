package reesim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads on this machine: {@code threads} workers take the next run from the list until none is left and record
 * it at once. Nothing is kept per run, so memory does not grow with the sweep.
 */
public final class LocalEngine implements Engine {
    private final int threads;

    public LocalEngine(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        this.threads = threads;
    }

    @Override
    public void execute(List<RunSpec> runs, RunTask task, RecordSink sink) throws Exception {
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, runs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < runs.size(); i = next.getAndIncrement()) {
                        if (Thread.currentThread().isInterrupted()) return null;
                        sink.accept(task.execute(runs.get(i)));
                    }
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    next.set(runs.size());
                    pool.shutdownNow();
                    throw e.getCause() instanceof Exception ex ? ex : new RuntimeException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public String describe() { return "local[" + threads + "]"; }

    @Override
    public int parallelism() { return threads; }
}
