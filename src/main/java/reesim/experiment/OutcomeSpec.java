package reesim.experiment;

import reesim.output.Metric;

import java.io.Serializable;
import java.util.List;

/**
 * One outcome indicator of a run: a metric of one element (or REO), over a window of years, reduced by a
 * {@link Stat}. With a {@code denominator} the yearly value is {@code metric / denominator} (e.g. the world over
 * the domestic price).
 */
public record OutcomeSpec(String name, Metric metric, Metric denominator, String element, int fromYear, int toYear,
                          Stat stat) implements Serializable {

    /** The yearly values of a finished run: by metric, year and element index (the REO row is {@code elements.size()}). */
    @FunctionalInterface
    public interface AnnualValues {
        double value(Metric metric, int year, int elementIndex);
    }

    /** The outcome of a run whose simulated elements are {@code elements}; NaN if the element is not simulated. */
    public double compute(AnnualValues annual, List<String> elements) {
        int e = "REO".equals(element) ? elements.size() : elements.indexOf(element);
        if (e < 0) return Double.NaN;
        double[] values = new double[toYear - fromYear + 1];
        for (int y = fromYear; y <= toYear; y++) {
            double v = annual.value(metric, y, e);
            if (denominator != null) {
                double d = annual.value(denominator, y, e);
                v = d == 0 || Double.isNaN(d) ? Double.NaN : v / d;
            }
            values[y - fromYear] = v;
        }
        return stat.apply(values, fromYear);
    }

    /** One line for listings: {@code name = stat of metric[/denominator] element years}. */
    public String describe() {
        return name + " = " + stat.label + " of " + metric.label + (denominator == null ? "" : "/" + denominator.label)
                + " " + element + " " + (fromYear == toYear ? Integer.toString(fromYear) : fromYear + "-" + toYear);
    }
}
