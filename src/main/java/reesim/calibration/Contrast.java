package reesim.calibration;

import java.util.List;

/**
 * A stylised fact as a calibration constraint: the relative effect of a scenario on a measure (the
 * seed-mean with the scenario over the seed-mean without, minus one, signed so that the stated
 * direction is positive) must reach {@code minEffect}. Short of it, the objective gains
 * weight x ((minEffect - effect) / minEffect)^2: weight for no effect at all, more for the wrong sign.
 * With a {@code confidence} above 0 it is the one-sided lower confidence bound of the effect, from the
 * seed-paired differences, that must reach it: a fit cannot meet a fact on the luck of a few seeds.
 */
public record Contrast(String id, String fact, List<String> sets, Target measure, boolean higher, double minEffect, double weight,
                       double confidence) implements java.io.Serializable {
    public Contrast {
        sets = List.copyOf(sets);
    }

    static Contrast of(ContrastSpec s, double confidence) {
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
        return new Contrast(s.id, s.fact, s.set, Target.of(t), "higher".equals(s.direction), s.minEffect, s.weight, confidence);
    }

    /** Relative effect, positive in the stated direction (NaN if the baseline mean is 0 or undefined). */
    public double effect(double baseMean, double scenarioMean) {
        if (!Double.isFinite(baseMean) || !Double.isFinite(scenarioMean) || baseMean == 0) return Double.NaN;
        double r = scenarioMean / baseMean - 1;
        return higher ? r : -r;
    }

    /**
     * The effect the objective judges: with {@code confidence} 0 the point effect of the seed means;
     * otherwise its one-sided lower confidence bound, point effect minus t(confidence, n - 1) times the
     * standard error of the seed-paired differences over the baseline mean (seeds where either run gives
     * no value are left out; with fewer than two pairs, the point effect).
     */
    public double judgedEffect(double[] base, double[] scenario) {
        int n = 0;
        double sb = 0, ss = 0;
        double[] d = new double[base.length];
        for (int i = 0; i < base.length; i++) {
            if (!Double.isFinite(base[i]) || !Double.isFinite(scenario[i])) continue;
            sb += base[i];
            ss += scenario[i];
            d[n++] = scenario[i] - base[i];
        }
        if (n == 0) return Double.NaN;
        double point = effect(sb / n, ss / n);
        if (!(confidence > 0) || n < 2 || !Double.isFinite(point)) return point;
        double sd = Math.sqrt(org.apache.commons.math3.stat.StatUtils.variance(d, 0, n));
        double t = new org.apache.commons.math3.distribution.TDistribution(n - 1).inverseCumulativeProbability(confidence);
        return point - t * sd / Math.sqrt(n) / Math.abs(sb / n);
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
