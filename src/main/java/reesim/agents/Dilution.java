package reesim.agents;

import reesim.agents.rules.LaggedShare;
import reesim.agents.rules.UniformSpread;
import reesim.config.DilutionConfig;

import java.io.Serializable;
import java.util.List;

/**
 * A maker's use of an abundant element in place of part of dear ones (Ce for Pr+Nd in NdFeB). Each
 * month, from the year it is available, the maker prices the saving per kg of replaced content: the
 * replaced elements' price (weighted by this month's mix) less the abundant element's. The grades whose
 * penalty (uniform around the stated one) lies below the saving would be made diluted: that share of
 * grades times the maximum share is the target, followed with the adoption lag while rising and the
 * reversal lag while falling. The diluted mix keeps the recipe's total: the replaced elements give up
 * the share, the abundant element takes it.
 */
final class Dilution implements Serializable {
    private final DilutionConfig cfg;
    private final int element;
    private final int[] replaced;
    private final LaggedShare share;
    private double saving;

    Dilution(DilutionConfig cfg, List<String> elements) {
        this.cfg = cfg;
        this.element = elements.indexOf(cfg.element);
        this.replaced = cfg.replaces.stream().mapToInt(elements::indexOf).toArray();
        this.share = new LaggedShare(cfg.adoptionYears, cfg.reversalYears);
    }

    /** The dilution of the configured intermediate, or null when it has none or it is off. */
    static Dilution of(DilutionConfig cfg, List<String> elements) {
        return cfg != null && cfg.enabled ? new Dilution(cfg, elements) : null;
    }

    /**
     * This month's decision at domestic prices {@code price} (USD/kg per element) for the undiluted
     * {@code mix}; returns the share of the replaced content the abundant element takes.
     */
    double decide(int year, double[] mix, double[] price) {
        double content = 0, value = 0;
        for (int e : replaced) { content += mix[e]; value += mix[e] * price[e]; }
        saving = content > 0 ? value / content - price[element] : 0;
        if (year < cfg.availableFrom) return share.value();
        double target = cfg.maxShare * UniformSpread.shareBelow(saving, cfg.penalty, cfg.penaltySpread);
        return Math.max(0, Math.min(cfg.maxShare, share.towards(target)));
    }

    /** Moves the current share of the replaced elements' content in {@code mix} to the abundant element. */
    void apply(double[] mix) {
        double d = share.value();
        if (d <= 0) return;
        for (int e : replaced) {
            mix[element] += d * mix[e];
            mix[e] *= 1 - d;
        }
    }

    double share() { return share.value(); }
    /** Last month's saving per kg of replaced content, USD/kg. */
    double saving() { return saving; }
}
