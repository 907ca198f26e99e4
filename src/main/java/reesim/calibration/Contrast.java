package reesim.calibration;

import java.util.List;

/**
 * A stylised fact as a calibration constraint: the relative effect of a scenario on a measure (the
 * seed-mean with the scenario over the seed-mean without, minus one, signed so that the stated
 * direction is positive) must reach {@code minEffect}. Short of it, the objective gains
 * weight x ((minEffect - effect) / minEffect)^2: weight for no effect at all, more for the wrong sign.
 */
public record Contrast(String id, String fact, List<String> sets, Target measure, boolean higher, double minEffect, double weight) {
    public Contrast {
        sets = List.copyOf(sets);
    }

    static Contrast of(ContrastSpec s) {
        TargetSpec t = new TargetSpec();
        t.id = s.id;
        t.quantity = s.id;
        t.element = s.element;
        t.years = s.years;
        t.value = 1;
        t.unit = "";
        t.role = "forecast";
        t.numerator = s.numerator;
        t.denominator = s.denominator;
        t.sources = List.of();
        t.mapping = s.fact;
        return new Contrast(s.id, s.fact, s.set, Target.of(t), "higher".equals(s.direction), s.minEffect, s.weight);
    }

    /** Relative effect, positive in the stated direction (NaN if the baseline mean is 0 or undefined). */
    public double effect(double baseMean, double scenarioMean) {
        if (!Double.isFinite(baseMean) || !Double.isFinite(scenarioMean) || baseMean == 0) return Double.NaN;
        double r = scenarioMean / baseMean - 1;
        return higher ? r : -r;
    }

    /** The objective's term for this effect (NaN counts as no effect). */
    public double penalty(double effect) {
        double e = Double.isFinite(effect) ? effect : 0;
        if (e >= minEffect) return 0;
        double short_ = (minEffect - e) / minEffect;
        return weight * short_ * short_;
    }

    public boolean met(double effect) { return Double.isFinite(effect) && effect >= minEffect; }

    public String directionWord() { return higher ? "higher" : "lower"; }
}
