package reesim.calibration;

import java.util.List;

/**
 * The calibration objective: J = sum over fit targets of weight * ((mean - target) / target)^2,
 * where mean is the simulated value averaged over seeds, or weight * ln(mean / target)^2 for a
 * log-error target (prices). With {@link Loss#BEYOND_TOLERANCE} only the part of each error beyond the target's
 * tolerance counts, so J is 0 exactly when every fit target is within tolerance, as the acceptance tests judge. A lower
 * bound ({@link Target#atLeast}) adds only its relative shortfall, squared, under either loss; an upper bound
 * ({@link Target#atMost}) its relative excess.
 * A target the model cannot produce in a run (a ratio with a zero denominator: NaN) counts as an error of 1.
 */
public final class Objective {
    private Objective() {}

    /** How a target's error enters J. */
    public enum Loss {
        /** The whole error, squared (the rule of rounds 1-18). */
        SQUARED,
        /** Only the error beyond the target's tolerance, squared (an epsilon-insensitive loss): a target within tolerance adds 0. */
        BEYOND_TOLERANCE;

        /** The name targets.yaml gives it: squared or beyond_tolerance. */
        public String key() { return name().toLowerCase(java.util.Locale.ROOT); }

        /** The loss named {@code key}, or null for an unknown name. */
        static Loss ofKey(String key) {
            for (Loss l : values()) if (l.key().equals(key)) return l;
            return null;
        }
    }

    /** J for the fit targets among {@code targets}, given their simulated means (same order), with whole errors squared. */
    public static double value(List<Target> targets, double[] means) { return value(targets, means, Loss.SQUARED); }

    /** J for the fit targets among {@code targets}, given their simulated means (same order). */
    public static double value(List<Target> targets, double[] means, Loss loss) {
        if (targets.size() != means.length) throw new IllegalArgumentException(targets.size() + " targets but " + means.length + " means");
        double j = 0;
        for (int i = 0; i < means.length; i++) j += term(targets.get(i), means[i], loss);
        return j;
    }

    /** One target's contribution: weight * error squared (relative, or ln ratio for a log-error target; 0 for forecast checks). */
    public static double term(Target t, double mean) { return term(t, mean, Loss.SQUARED); }

    /** One target's contribution under {@code loss} (0 for forecast checks). */
    public static double term(Target t, double mean, Loss loss) {
        if (!t.fit()) return 0;
        double e = t.error(mean);
        // a bound counts only its shortfall or excess, under either loss
        double r = !Double.isFinite(e) ? 1.0 : loss == Loss.SQUARED && !t.bound() ? e : t.errorBeyondTolerance(e);
        return t.weight() * r * r;
    }

    /** Mean over seeds of each target's simulated values ({@code values[target][seed]}); NaN seeds are skipped. */
    public static double[] means(double[][] values) {
        double[] m = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double s = 0;
            int n = 0;
            for (double v : values[i]) if (Double.isFinite(v)) { s += v; n++; }
            m[i] = n == 0 ? Double.NaN : s / n;
        }
        return m;
    }
}
