package reesim.agents.rules;

import java.io.Serializable;

/**
 * A share that follows a target with a lag, faster one way than the other: each month it moves by
 * {@code 1 - exp(-1 / (12 * years))} of the gap to its target, with {@code upYears} while the target
 * lies above it and {@code downYears} while it lies below (a first-order adjustment: after
 * {@code upYears} about 63 % of a step in the target is taken up). The adoption of a technology
 * (switching takes redesign and retooling, so it lags the cost signal) and its reversal (sunk
 * switching costs make firms slower to switch back) follow it.
 */
public final class LaggedShare implements Serializable {
    private final double upWeight;
    private final double downWeight;
    private double value;

    /** @param upYears time constant while rising, years (0: at once); @param downYears while falling */
    public LaggedShare(double upYears, double downYears) {
        this.upWeight = weight(upYears);
        this.downWeight = weight(downYears);
    }

    /** As {@link #LaggedShare(double, double)}, starting at {@code value} instead of 0. */
    public LaggedShare(double upYears, double downYears, double value) {
        this(upYears, downYears);
        this.value = value;
    }

    /** Share of the gap taken up in one month at a time constant of {@code years} (1 for 0 years). */
    public static double weight(double years) {
        return years > 0 ? 1 - StrictMath.exp(-1 / (12 * years)) : 1;
    }

    /** Moves one month towards {@code target} and returns the new value. */
    public double towards(double target) {
        value += (target > value ? upWeight : downWeight) * (target - value);
        return value;
    }

    public double value() { return value; }
}
