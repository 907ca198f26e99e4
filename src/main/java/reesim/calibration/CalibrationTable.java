package reesim.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calibration table in markdown: for every fit target the simulated mean over seeds, the
 * 95 % confidence interval of that mean, the 2.5-97.5 % range over seeds, the relative error and
 * whether it is within tolerance; then the forecast checks.
 */
public final class CalibrationTable {
    private CalibrationTable() {}

    /** {@code values[target][seed]} in the order of {@code targets}; {@code heading} is printed above the tables. */
    public static String markdown(List<Target> targets, double[][] values, String heading) {
        return markdown(targets, values, heading, Objective.Loss.SQUARED);
    }

    /** As {@link #markdown(List, double[][], String)}, with J under {@code loss}. */
    public static String markdown(List<Target> targets, double[][] values, String heading, Objective.Loss loss) {
        List<Target> fit = new ArrayList<>();
        List<SeedStats> fitStats = new ArrayList<>();
        StringBuilder forecasts = new StringBuilder();
        int within = 0;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            SeedStats s = SeedStats.of(values[i]);
            if (t.fit()) {
                fit.add(t);
                fitStats.add(s);
                if (t.met(s.mean())) within++;
            } else {
                forecasts.append(forecastRow(t, s));
            }
        }
        double j = Objective.value(fit, fitStats.stream().mapToDouble(SeedStats::mean).toArray(), loss);
        StringBuilder sb = new StringBuilder(heading).append("\n\n");
        sb.append(String.format(Locale.ROOT, "Objective J = %.4f (seed means; weighted sum of squared %s). %d of %d fit targets within tolerance.%n%n", j,
                loss == Objective.Loss.SQUARED ? "relative errors" : "errors beyond tolerance", within, fit.size()));
        sb.append("| target | element | year(s) | source row (seed_facts) | target | simulated mean | 95 % CI of mean | 2.5-97.5 % of seeds | rel. error | tolerance | weight | within |\n");
        sb.append("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (int i = 0; i < fit.size(); i++) sb.append(fitRow(fit.get(i), fitStats.get(i)));
        if (forecasts.length() > 0) {
            sb.append("\nForecast checks (not fitted; simulated mean compared with the source's lower bound):\n\n");
            sb.append("| forecast | element | year | source row (seed_facts) | at least | simulated mean | 95 % CI of mean | 2.5-97.5 % of seeds | met |\n");
            sb.append("|---|---|---|---|---:|---:|---:|---:|---|\n");
            sb.append(forecasts);
        }
        return sb.toString();
    }

    private static String fitRow(Target t, SeedStats s) {
        return "| " + t.id() + " | " + t.element() + " | " + t.yearsLabel() + " | " + String.join("; ", t.sources()) + " | "
                + num(t.value()) + " | " + num(s.mean()) + " | " + range(s.ciLow(), s.ciHigh()) + " | " + range(s.p025(), s.p975()) + " | "
                + pct(t.relativeError(s.mean())) + " | ±" + pct(t.tolerance()).replace("+", "") + " | " + num(t.weight()) + " | "
                + (t.met(s.mean()) ? "yes" : "**no**") + missing(s) + " |\n";
    }

    private static String forecastRow(Target t, SeedStats s) {
        return "| " + t.id() + " | " + t.element() + " | " + t.yearsLabel() + " | " + String.join("; ", t.sources()) + " | "
                + num(t.value()) + " | " + num(s.mean()) + " | " + range(s.ciLow(), s.ciHigh()) + " | " + range(s.p025(), s.p975()) + " | "
                + (t.met(s.mean()) ? "yes" : "**no**") + missing(s) + " |\n";
    }

    private static String missing(SeedStats s) { return s.missing() == 0 ? "" : " (" + s.missing() + " seeds undefined)"; }

    private static String range(double lo, double hi) { return Double.isNaN(lo) ? "n/a" : num(lo) + " – " + num(hi); }

    static String pct(double r) { return Double.isNaN(r) ? "n/a" : String.format(Locale.ROOT, "%+.1f %%", 100 * r); }

    /** Thousands separated above 100, three significant digits below. */
    static String num(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (Math.abs(v) >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        if (v == 0) return "0";
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
