package reesim.agents;

import java.io.Serializable;

/**
 * A firm's yearly capacity decision: one that ran near full capacity last year and made money adds
 * capacity, the more the closer it ran to full, up to its largest yearly growth. Capacity is never
 * scrapped (idle plants are kept).
 */
final class Expansion implements Serializable {
    /** Utilisation above which a firm considers adding capacity. */
    static final double NEAR_FULL = 0.9;
    private final double maxGrowth;
    private double output;
    private double cashAtStart = Double.NaN;

    Expansion(double maxGrowth) { this.maxGrowth = maxGrowth; }

    void record(double tonnes) { output += tonnes; }

    /** Called each January with the capacity and cash now; returns next year's capacity. */
    double review(double capacity, double cash) {
        double utilisation = capacity > 0 ? output / capacity : 0;
        boolean profitable = Double.isNaN(cashAtStart) || cash > cashAtStart;
        double next = capacity;
        if (maxGrowth > 0 && profitable && utilisation > NEAR_FULL) {
            next = capacity * (1 + maxGrowth * Math.min(1, (utilisation - NEAR_FULL) / (1 - NEAR_FULL)));
        }
        output = 0;
        cashAtStart = cash;
        return next;
    }
}
