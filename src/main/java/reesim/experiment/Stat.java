package reesim.experiment;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How an outcome reduces a metric's yearly values over its window of years to one number. */
public enum Stat {
    MEAN("mean"), SUM("sum"), FINAL("final"), MAX("max"), MIN("min"),
    /** The year in which the metric peaks (first such year). */
    ARGMAX("argmax"),
    /** The year in which the metric is lowest (first such year). */
    ARGMIN("argmin");

    @JsonValue
    public final String label;

    Stat(String label) { this.label = label; }

    public static List<String> labels() { return Arrays.stream(values()).map(s -> s.label).toList(); }

    public static Optional<Stat> byLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }

    /**
     * Reduces {@code values[i]} (the value in year {@code firstYear + i}); NaN values (no quota in force, a price
     * with no trade) are skipped, except by {@link #FINAL}, which takes the last year as it is.
     */
    public double apply(double[] values, int firstYear) {
        if (this == FINAL) return values.length == 0 ? Double.NaN : values[values.length - 1];
        double sum = 0;
        int n = 0;
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) continue;
            sum += v;
            n++;
            if (best < 0 || (this == ARGMAX || this == MAX ? v > values[best] : v < values[best])) best = i;
        }
        if (n == 0) return Double.NaN;
        return switch (this) {
            case MEAN -> sum / n;
            case SUM -> sum;
            case MAX, MIN -> values[best];
            case ARGMAX, ARGMIN -> firstYear + best;
            case FINAL -> throw new IllegalStateException("handled above");
        };
    }
}
