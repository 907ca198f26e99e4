package reesim.experiment;

import reesim.output.Metric;

import java.io.Serializable;
import java.util.List;

/**
 * One annual series a sweep keeps for every run: a metric of annual.csv for one element (or REO), optionally divided
 * year by year by another metric, named in the trajectories table's {@code metric} column by {@code name} (default:
 * the metric's label, or {@code metric_over_denominator}).
 */
public record KeptSeries(String name, Metric metric, Metric denominator, String element) implements Serializable {

    /** The series' value in {@code year}, NaN if the run has none (or the element is not simulated). */
    public double value(OutcomeSpec.AnnualValues annual, List<String> elements, int year) {
        int e = "REO".equals(element) ? elements.size() : elements.indexOf(element);
        if (e < 0) return Double.NaN;
        double v = annual.value(metric, year, e);
        if (denominator == null) return v;
        double d = annual.value(denominator, year, e);
        return d == 0 || Double.isNaN(d) ? Double.NaN : v / d;
    }

    /** One line for listings: {@code name = metric[/denominator] element}. */
    public String describe() {
        return name + " = " + metric.label + (denominator == null ? "" : "/" + denominator.label) + " " + element;
    }
}
