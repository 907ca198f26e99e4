package reesim.agents.rules;

import java.io.Serializable;

/**
 * A firm's yearly capacity decision, the one rule of mines, smelters, intermediate makers and
 * recyclers: it counts what it used over the year, and each January a firm that ran above
 * {@code nearFull} of its capacity, and had a good year, adds capacity by at most its largest
 * yearly growth; optionally a firm that ran below {@code idleBelow} sheds capacity down to a floor.
 *
 * <p>How far the growth goes below the cap is the {@link Growth} of the firm's kind.
 */
public final class CapacityInvestment implements Serializable {
    /** How the growth depends on last year's utilisation u above {@code nearFull}. */
    public enum Growth {
        /** maxGrowth x min(1, (u - nearFull) / (1 - nearFull)): the cap is reached at full use (mines, smelters). */
        SCALED,
        /** min(maxGrowth, u - nearFull + step): as much as the use exceeded the threshold, plus a step (makers, recyclers, whose use counts orders or surges past capacity). */
        EXCESS
    }

    private final Growth growth;
    private final double maxGrowth;
    private final double nearFull;
    private final double step;
    private final double idleBelow;
    private final double idleKeep;
    private final double minCapacity;
    private double used;
    private double cashAtStart = Double.NaN;

    /** A rule that only grows: capacity is never scrapped (idle plants are kept). */
    public static CapacityInvestment growing(Growth growth, double maxGrowth, double nearFull, double step) {
        return new CapacityInvestment(growth, maxGrowth, nearFull, step, 0, 1, 0);
    }

    /**
     * @param idleBelow   utilisation under which the firm sheds capacity (0: never)
     * @param idleKeep    share of its capacity an idle firm keeps each year
     * @param minCapacity capacity an idle firm never sheds below
     */
    public CapacityInvestment(Growth growth, double maxGrowth, double nearFull, double step,
                              double idleBelow, double idleKeep, double minCapacity) {
        this.growth = growth;
        this.maxGrowth = maxGrowth;
        this.nearFull = nearFull;
        this.step = step;
        this.idleBelow = idleBelow;
        this.idleKeep = idleKeep;
        this.minCapacity = minCapacity;
    }

    /** Counts what the firm used of its capacity (output, input processed, or orders), same unit as capacity. */
    public void record(double quantity) { used += quantity; }

    /** What was recorded since the last review (this year so far). */
    public double recorded() { return used; }

    /** Whether cash rose since the last call (true on the first call, with nothing to compare); remembers cash for the next. */
    public boolean cashRose(double cash) {
        boolean rose = Double.isNaN(cashAtStart) || cash > cashAtStart;
        cashAtStart = cash;
        return rose;
    }

    /** Called each January with the capacity now and whether last year paid; returns next year's capacity and starts a new year. */
    public double review(double capacity, boolean profitable) {
        double utilisation = capacity > 0 ? used / Math.max(1e-9, capacity) : 0;
        used = 0;
        if (maxGrowth > 0 && profitable && utilisation > nearFull) {
            return growth == Growth.SCALED
                    ? capacity * (1 + maxGrowth * Math.min(1, (utilisation - nearFull) / (1 - nearFull)))
                    : capacity * (1 + Math.min(maxGrowth, utilisation - nearFull + step));
        }
        if (utilisation < idleBelow) return Math.max(minCapacity, capacity * idleKeep);
        return capacity;
    }
}
