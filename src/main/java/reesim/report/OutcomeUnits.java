package reesim.report;

import reesim.output.Metric;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The unit of a sweep outcome: a statistic of a metric's yearly values. The year of a peak or trough is a year;
 * a sum over years of a flow (t/yr) is a mass (t); a metric over another is their ratio; a mean, minimum, maximum
 * or final value keeps the metric's unit. Sweeps record it in {@code sweep.json} ({@code outcome_units}); for a
 * folder without it the report guesses from the outcome's name.
 */
public final class OutcomeUnits {
    private static final Pattern YEAR = Pattern.compile("(^|_)(year|argmax|argmin)(_|$)");
    private static final Pattern SUM = Pattern.compile("(^|_)(cumulative|sum)(_|$)");

    private OutcomeUnits() {}

    /** The unit of {@code stat} (a {@code Stat} label: mean, sum, final, max, min, argmax, argmin) of a metric, or of metric/denominator. */
    public static String of(String metric, String denominator, String stat) {
        if ("argmax".equals(stat) || "argmin".equals(stat)) return "year";
        String unit = unit(metric).orElse(null);
        if (denominator != null) {
            String d = unit(denominator).orElse(null);
            unit = unit != null && unit.equals(d) ? "ratio" : unit == null || d == null ? null : unit + " per " + d;
        }
        return "sum".equals(stat) ? summed(unit) : unit;
    }

    /** A guess from the outcome's name alone (e.g. {@code nd_price_domestic_peak_year}, {@code mined_registered_cumulative}). */
    public static String guess(String name) {
        if (YEAR.matcher(name).find()) return "year";
        if (name.contains("ratio")) return "ratio";
        String unit = MetricUnits.guess(name).orElse(null);
        return SUM.matcher(name).find() ? summed(unit) : unit;
    }

    /** The unit of a sum over years: a flow per year summed is the flow's quantity; a level summed is level-years. */
    static String summed(String unit) {
        if (unit == null) return null;
        if (unit.endsWith("/yr")) return unit.substring(0, unit.length() - 3);
        return unit + "-years";
    }

    private static Optional<String> unit(String metricLabel) {
        return Arrays.stream(Metric.values()).filter(m -> m.label.equals(metricLabel)).findFirst().map(MetricUnits::of);
    }
}
