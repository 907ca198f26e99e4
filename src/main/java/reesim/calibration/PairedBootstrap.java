package reesim.calibration;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * How sure a difference of objectives between two points run on the same seeds is: the seeds are resampled with
 * replacement, the same draw for both points (they shared the seeds' random numbers), and the objective of each is
 * computed again from the resampled runs (Efron and Tibshirani 1993, the paired bootstrap). A gain that holds in few
 * resamples is one that a different draw of seeds would not show. The resampling has its own fixed seed, so a check
 * reports the same figures every time.
 */
public final class PairedBootstrap {
    /** Resamples drawn: enough for a 90 % percentile interval to settle to about a hundredth of J. */
    public static final int RESAMPLES = 1000;
    static final long SEED = 20101;

    /**
     * {@code difference}: the objective of B minus that of A on all seeds; {@code low} and {@code high}: the 5th and
     * 95th percentiles of that difference over the resamples; {@code shareBLower}: the share of resamples in which B's
     * objective is below A's.
     */
    public record Gain(double difference, double low, double high, double shareBLower, int resamples) {}

    private PairedBootstrap() {}

    /**
     * @param seeds     how many seeds both points ran
     * @param objective the objective of a point from its runs on the seeds listed (indices into the seeds, repeats allowed):
     *                  {@code objective.applyAsDouble(new Sample(point, seedIndices))}, point 0 = A, 1 = B
     */
    public static Gain of(int seeds, ToDoubleFunction<Sample> objective) {
        int[] all = new int[seeds];
        for (int s = 0; s < seeds; s++) all[s] = s;
        double diff = objective.applyAsDouble(new Sample(1, all)) - objective.applyAsDouble(new Sample(0, all));
        SplittableRandom random = new SplittableRandom(SEED);
        double[] d = new double[RESAMPLES];
        int lower = 0, n = 0;
        for (int r = 0; r < RESAMPLES; r++) {
            int[] draw = new int[seeds];
            for (int s = 0; s < seeds; s++) draw[s] = random.nextInt(seeds);
            double a = objective.applyAsDouble(new Sample(0, draw)), b = objective.applyAsDouble(new Sample(1, draw));
            if (!Double.isFinite(a) || !Double.isFinite(b)) continue;
            d[n++] = b - a;
            if (b < a) lower++;
        }
        if (n == 0) return new Gain(diff, Double.NaN, Double.NaN, Double.NaN, 0);
        double[] sorted = Arrays.copyOf(d, n);
        Arrays.sort(sorted);
        return new Gain(diff, percentile(sorted, 0.05), percentile(sorted, 0.95), (double) lower / n, n);
    }

    /** One point's runs on a draw of seeds. */
    public record Sample(int point, int[] seeds) {
        /** {@code bySeed} (a value per seed) taken in this draw's order. */
        public double[] take(double[] bySeed) {
            double[] v = new double[seeds.length];
            for (int i = 0; i < seeds.length; i++) v[i] = bySeed[seeds[i]];
            return v;
        }
    }

    /** The p-quantile of sorted values by linear interpolation between order statistics. */
    static double percentile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= sorted.length - 1) return sorted[sorted.length - 1];
        return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
    }
}
