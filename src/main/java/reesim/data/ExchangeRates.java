package reesim.data;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * RMB per USD, the rates implied by the sources of market_history.csv (data README, "Reading market_history.csv"):
 * 8.09 (2005), 6.13-6.15 (2013-2014, midpoint 6.14), 6.12 (2015), about 6.9-7.0 (2019-2020, midpoint 6.95). Between
 * two given years the rate is interpolated linearly; before the first or after the last it is held. Every rate
 * comes with a note saying which of these it is.
 */
public final class ExchangeRates {
    /** A rate and how it was obtained. */
    public record Rate(double rmbPerUsd, String note) {}

    static final TreeMap<Integer, Double> GIVEN = new TreeMap<>(Map.of(
            2005, 8.09, 2013, 6.14, 2014, 6.14, 2015, 6.12, 2019, 6.95, 2020, 6.95));

    private ExchangeRates() {}

    public static Rate rmbPerUsd(int year) {
        Double exact = GIVEN.get(year);
        if (exact != null) return new Rate(exact, String.format(Locale.ROOT, "%.2f RMB/USD (%d, as the data README gives)", exact, year));
        Map.Entry<Integer, Double> lo = GIVEN.floorEntry(year), hi = GIVEN.ceilingEntry(year);
        double r = value(year);
        if (lo == null) return new Rate(r, String.format(Locale.ROOT, "%.2f RMB/USD (held from %d, the nearest given year)", r, hi.getKey()));
        if (hi == null) return new Rate(r, String.format(Locale.ROOT, "%.2f RMB/USD (held from %d, the nearest given year)", r, lo.getKey()));
        return new Rate(r, String.format(Locale.ROOT, "%.2f RMB/USD (interpolated between %d: %.2f and %d: %.2f)", r, lo.getKey(), lo.getValue(), hi.getKey(), hi.getValue()));
    }

    /** The rate of {@link #rmbPerUsd} without its note, RMB per USD. */
    public static double value(int year) {
        Double exact = GIVEN.get(year);
        if (exact != null) return exact;
        Map.Entry<Integer, Double> lo = GIVEN.floorEntry(year), hi = GIVEN.ceilingEntry(year);
        if (lo == null) return hi.getValue();
        if (hi == null) return lo.getValue();
        double f = (double) (year - lo.getKey()) / (hi.getKey() - lo.getKey());
        return lo.getValue() + f * (hi.getValue() - lo.getValue());
    }
}
