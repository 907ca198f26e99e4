package reesim.demand;

import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * Share of a year's sales that reaches the end of its life a given number of years later, from
 * a Weibull lifetime with the product's mean and shape (as {@code InUseStock} uses). Sales are put
 * into use mid-year, so units sold in year t' and discarded in year t were aged between
 * t - t' - 0.5 and t - t' + 0.5; the discards of the first 1.5 years fall in year t' + 1, so
 * nothing sold is replaced in its own year. The shares for ages 1, 2, ... sum to 1.
 */
public final class DiscardShares {
    private DiscardShares() {}

    /** {@code share[a]} for ages 0..maxAge (share[0] = 0). */
    public static double[] weibull(double meanYears, double shape, int maxAge) {
        double scale = meanYears / Gamma.gamma(1 + 1 / shape);
        WeibullDistribution lifetime = new WeibullDistribution(null, shape, scale);
        double[] share = new double[maxAge + 1];
        double previous = 0;
        for (int a = 1; a <= maxAge; a++) {
            double upTo = lifetime.cumulativeProbability(a + 0.5);
            share[a] = upTo - previous;
            previous = upTo;
        }
        return share;
    }
}
