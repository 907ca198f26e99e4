package reesim.calibration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one config (a parsed tree plus {@code --set} overrides) over several seeds on a thread pool
 * and returns every target's simulated value per seed. Each run is deterministic in its seed, so
 * the result does not depend on the number of threads.
 */
public final class Ensemble implements AutoCloseable {
    private final String label;
    private final ObjectNode tree;
    private final ExecutorService pool;

    public Ensemble(String label, ObjectNode tree, int threads) {
        this.label = label;
        this.tree = tree.deepCopy();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "reesim-ensemble");
            t.setDaemon(true);
            return t;
        });
    }

    /** The config with {@code sets} applied (validated). */
    public ModelConfig config(List<String> sets) throws ConfigException {
        return ConfigLoader.loadTree(label, tree, sets, ModelConfig.class).value();
    }

    /** {@code values[target][seed]} of runs to the end of {@code untilYear}. */
    public double[][] run(List<String> sets, List<Target> targets, long[] seeds, int untilYear) throws ConfigException {
        ModelConfig probe = config(sets);
        Set<RunObserver.Key> keys = TargetSet.keys(targets, probe);
        List<Future<double[]>> futures = new ArrayList<>();
        for (long seed : seeds) {
            futures.add(pool.submit(() -> {
                RunObserver obs = RunObserver.run(config(sets), seed, untilYear, keys);
                double[] v = new double[targets.size()];
                for (int i = 0; i < v.length; i++) v[i] = targets.get(i).simulated(obs, probe);
                return v;
            }));
        }
        double[][] out = new double[targets.size()][seeds.length];
        for (int s = 0; s < seeds.length; s++) {
            double[] v = get(futures.get(s));
            for (int i = 0; i < v.length; i++) out[i][s] = v[i];
        }
        return out;
    }

    private static double[] get(Future<double[]> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Seeds first, first + 1, ..., first + n - 1. */
    public static long[] seeds(long first, int n) {
        long[] s = new long[n];
        for (int i = 0; i < n; i++) s[i] = first + i;
        return s;
    }

    @Override
    public void close() { pool.shutdownNow(); }
}
