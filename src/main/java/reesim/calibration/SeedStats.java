package reesim.calibration;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;

/**
 * Summary of one quantity over seeds: mean, the t-based 95 % confidence interval of the mean, and
 * the 2.5-97.5 percentile range of the seeds' values (R-7 / numpy interpolation). Seeds with NaN
 * (e.g. a ratio with a zero denominator) are left out and counted.
 */
public record SeedStats(int n, int missing, double mean, double sd, double ciLow, double ciHigh, double p025, double p975) {

    public static SeedStats of(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).toArray();
        int n = v.length, missing = values.length - n;
        if (n == 0) return new SeedStats(0, missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double mean = Arrays.stream(v).average().orElseThrow();
        double ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double half = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n) : Double.NaN;
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        return new SeedStats(n, missing, mean, sd, mean - half, mean + half, p.evaluate(v, 2.5), p.evaluate(v, 97.5));
    }
}
