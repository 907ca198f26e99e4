package reesim.experiment;

import org.apache.commons.math3.distribution.TDistribution;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Mean, standard deviation and 95 % confidence interval (Student t) of a set of values. Sums are kept exactly
 * (BigDecimal), so the result does not depend on the order the values arrive in: a sweep run on 2 threads, on
 * Spark or in shards gives the same stats.csv to the last digit. NaN values (an outcome with nothing to measure)
 * are not counted.
 */
final class Moments {
    private long n;
    private BigDecimal sum = BigDecimal.ZERO, sumOfSquares = BigDecimal.ZERO;

    void add(double x) {
        if (!Double.isFinite(x)) return;
        BigDecimal d = new BigDecimal(x);
        n++;
        sum = sum.add(d);
        sumOfSquares = sumOfSquares.add(d.multiply(d));
    }

    long n() { return n; }

    double mean() { return n == 0 ? Double.NaN : sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue(); }

    /** Sample standard deviation (n - 1); NaN below two values. */
    double sd() {
        if (n < 2) return Double.NaN;
        BigDecimal bn = BigDecimal.valueOf(n);
        BigDecimal numerator = sumOfSquares.multiply(bn).subtract(sum.multiply(sum));
        BigDecimal variance = numerator.divide(bn.multiply(BigDecimal.valueOf(n - 1)), MathContext.DECIMAL128);
        return Math.sqrt(Math.max(0, variance.doubleValue()));
    }

    /** Half-width of the 95 % confidence interval of the mean; NaN below two values. */
    double halfWidth95() {
        if (n < 2) return Double.NaN;
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        return t * sd() / Math.sqrt(n);
    }
}
