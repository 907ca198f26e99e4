package reesim.calibration;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
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
        return of(seeds, 1, sample -> new double[]{objective.applyAsDouble(sample)})[0];
    }

    /**
     * As {@link #of(int, ToDoubleFunction)} for {@code k} statistics of a point computed together from one sample (an
     * objective and the counts of targets it meets, say), on the same draws: each resample is judged once.
     */
    public static Gain[] of(int seeds, int k, Function<Sample, double[]> statistics) {
        int[] all = new int[seeds];
        for (int s = 0; s < seeds; s++) all[s] = s;
        double[] a0 = statistics.apply(new Sample(0, all)), b0 = statistics.apply(new Sample(1, all));
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] d = new double[k][RESAMPLES];
        int[] lower = new int[k], n = new int[k];
        for (int r = 0; r < RESAMPLES; r++) {
            int[] draw = new int[seeds];
            for (int s = 0; s < seeds; s++) draw[s] = random.nextInt(seeds);
            double[] a = statistics.apply(new Sample(0, draw)), b = statistics.apply(new Sample(1, draw));
            for (int i = 0; i < k; i++) {
                if (!Double.isFinite(a[i]) || !Double.isFinite(b[i])) continue;
                d[i][n[i]++] = b[i] - a[i];
                if (b[i] < a[i]) lower[i]++;
            }
        }
        Gain[] gains = new Gain[k];
        for (int i = 0; i < k; i++) {
            double diff = b0[i] - a0[i];
            if (n[i] == 0) { gains[i] = new Gain(diff, Double.NaN, Double.NaN, Double.NaN, 0); continue; }
            double[] sorted = Arrays.copyOf(d[i], n[i]);
            Arrays.sort(sorted);
            gains[i] = new Gain(diff, percentile(sorted, 0.05), percentile(sorted, 0.95), (double) lower[i] / n[i], n[i]);
        }
        return gains;
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

    /** The p-quantile (0-1) of sorted values by linear interpolation between order statistics (R-7, as SeedStats). */
    static double percentile(double[] sorted, double p) {
        return p <= 0 ? sorted[0] : new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(sorted, 100 * p);
    }
}
