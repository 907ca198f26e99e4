package reesim.market;

import java.io.Serializable;

/**
 * The price a buyer is used to paying: its first observed price, then (with a memory of N years)
 * an exponential average of the monthly prices with a time constant of N years. Demand responds
 * to the price relative to this reference, so a price spike cuts demand (thrifting, postponed
 * purchases) while a price level that has lasted for years no longer does: the calibrated demand
 * paths are historical quantities at the prices of their time.
 */
public final class ReferencePrice implements Serializable {
    private final double monthlyWeight;
    private double value = Double.NaN;

    /** @param memoryYears time constant in years; 0 keeps the first price for ever */
    public ReferencePrice(double memoryYears) {
        this.monthlyWeight = memoryYears > 0 ? 1 - StrictMath.exp(-1 / (12 * memoryYears)) : 0;
    }

    /** Records this month's price and returns price / reference (1 at the first observation). */
    public double relative(double price) {
        double p = Math.max(price, 1e-9);
        if (Double.isNaN(value)) value = p;
        double r = p / value;
        value += monthlyWeight * (p - value);
        return r;
    }

    public double value() { return value; }
}
