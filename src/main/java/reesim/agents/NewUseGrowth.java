package reesim.agents;

import reesim.agents.rules.LaggedShare;
import reesim.config.NewUsesConfig;

import java.io.Serializable;

/**
 * New applications of a cheap light rare earth in a product family (Ce in aluminium alloys, La in
 * catalysts). Each month the family's manufacturer looks at the element's domestic price relative to its
 * starting price, smoothed over {@code priceMemoryYears}; from the year the new uses are available, while
 * that stays below {@code cheapBelow}, their development moves towards complete with the adoption lag, and
 * back towards none with the reversal lag when it does not. Developed new uses add {@code extraGrowth} per
 * year (times how far developed) to the family's demand, which grows as a multiple of its path up to
 * {@code maxMultiple}; applications already in place are kept when the price rises (the multiple stops
 * growing, it does not fall).
 */
public final class NewUseGrowth implements Serializable {
    private final NewUsesConfig.NewUse cfg;
    /** Index of the element among the simulated ones. */
    private final int element;
    private final double smoothing;
    private final LaggedShare development;
    private double smoothedRelative = Double.NaN;
    private double multiple = 1;

    public NewUseGrowth(NewUsesConfig.NewUse cfg, int element) {
        this.cfg = cfg;
        this.element = element;
        this.smoothing = LaggedShare.weight(cfg.priceMemoryYears);
        this.development = new LaggedShare(cfg.adoptionYears, cfg.reversalYears);
    }

    public int element() { return element; }

    /**
     * This month's step: {@code relativePrice} is the element's domestic price over its starting price.
     * Returns the multiple of the demand path the family's demand reaches, in [1, maxMultiple].
     */
    public double grow(int year, double relativePrice) {
        smoothedRelative = Double.isNaN(smoothedRelative) ? relativePrice : smoothedRelative + smoothing * (relativePrice - smoothedRelative);
        if (year < cfg.availableFrom) return multiple;
        double d = development.towards(smoothedRelative < cfg.cheapBelow ? 1 : 0);
        multiple = Math.min(cfg.maxMultiple, multiple * StrictMath.pow(1 + cfg.extraGrowth * d, 1.0 / 12));
        return multiple;
    }

    public double multiple() { return multiple; }
    /** How far the new uses are developed (0-1). */
    public double development() { return development.value(); }
    public double smoothedRelativePrice() { return smoothedRelative; }
}
