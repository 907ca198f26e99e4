package reesim.agents;

import reesim.agents.rules.LaggedShare;
import reesim.agents.rules.UniformSpread;
import reesim.config.SubstitutionConfig;

import java.io.Serializable;

/**
 * A manufacturer's choice between its family's rare-earth technology and a substitute (a rare-earth-free
 * motor, a ferrite magnet). Each month it prices the rare-earth content of a unit: the intermediate a
 * unit needs, kg REO contained, at the maker's quote smoothed over {@code priceMemoryYears}. From the
 * year the substitute is available, the models of the family whose premium (spread uniformly around the
 * stated premium) lies below that cost would be better made with the substitute: that share, times the
 * maximum share, is the target. The share made with the substitute follows the target with the adoption
 * lag while rising and the slower reversal lag while falling.
 */
public final class TechnologySubstitution implements Serializable {
    private final SubstitutionConfig.Technology cfg;
    /** Intermediate in a unit that uses it, kg REO contained. */
    private final double kgReoPerUnit;
    private final double smoothing;
    private final LaggedShare share;
    private double smoothedQuote = Double.NaN;
    private double startContentCost = Double.NaN;
    private double contentCost, premium, target;

    public TechnologySubstitution(SubstitutionConfig.Technology cfg, double kgReoPerUnit) {
        this.cfg = cfg;
        this.kgReoPerUnit = kgReoPerUnit;
        this.smoothing = LaggedShare.weight(cfg.priceMemoryYears);
        this.share = new LaggedShare(cfg.adoptionYears, cfg.reversalYears);
    }

    /**
     * This month's decision: {@code quote} is the intermediate's price, USD per kg REO contained. Returns the
     * share of the units (that would use the intermediate) made with the substitute, in [0, maxShare].
     */
    public double decide(int year, double quote) {
        smoothedQuote = Double.isNaN(smoothedQuote) ? quote : smoothedQuote + smoothing * (quote - smoothedQuote);
        contentCost = kgReoPerUnit * smoothedQuote;
        if (Double.isNaN(startContentCost)) startContentCost = contentCost;
        premium = cfg.premiumPerUnit + cfg.premiumMultiple * startContentCost;
        if (year < cfg.availableFrom) return share.value();   // not available yet: the share stays 0
        target = cfg.maxShare * UniformSpread.shareBelow(contentCost, premium, cfg.premiumSpread);
        return Math.max(0, Math.min(cfg.maxShare, share.towards(target)));
    }

    public double share() { return share.value(); }
    /** This month's rare-earth content cost of a unit, USD per unit (smoothed). */
    public double contentCost() { return contentCost; }
    /** The premium of a unit made with the substitute, USD per unit. */
    public double premium() { return premium; }
    /** The share the manufacturer is moving towards. */
    public double target() { return target; }
}
