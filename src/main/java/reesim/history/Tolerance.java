package reesim.history;

import java.util.Locale;

/**
 * The tolerances of issue 21 ("The market's history, 2000-2020"): a price within a factor, a quantity or ratio within
 * a relative error, a share within a number of points. NONE for rows the issue sets no tolerance for.
 */
public enum Tolerance {
    ND_DOMESTIC_PRICE(Measure.FACTOR, 1.5, "Nd domestic price: factor 1.5"),
    USGS_AVERAGE(Measure.FACTOR, 2.0, "La, Ce, Dy, Tb, Eu USGS annual average: factor 2"),
    FOB_DOMESTIC_RATIO(Measure.RELATIVE, 0.25, "FOB/domestic price ratio: 25 %"),
    EXPORTS_CUSTOMS(Measure.RELATIVE, 0.25, "registered exports vs customs: 25 %"),
    WORLD_MINING(Measure.RELATIVE, 0.15, "world mine production: 15 %"),
    CHINA_SHARE(Measure.POINTS, 5.0, "China's share of world mining: 5 points"),
    NONE(Measure.RELATIVE, Double.NaN, "none set by the issue");

    /** How a simulated value is compared with the record. */
    public enum Measure { FACTOR, RELATIVE, POINTS }

    public final Measure measure;
    public final double bound;
    public final String why;

    Tolerance(Measure measure, double bound, String why) {
        this.measure = measure;
        this.bound = bound;
        this.why = why;
    }

    /** Whether {@code simulated} is within this tolerance of {@code record}; empty (null) when there is no tolerance or no value. */
    public Boolean within(double simulated, double record) {
        if (this == NONE || !Double.isFinite(simulated) || !Double.isFinite(record)) return null;
        return switch (measure) {
            case FACTOR -> simulated > 0 && record > 0 ? Math.abs(StrictMath.log(simulated / record)) <= StrictMath.log(bound) + 1e-12 : Boolean.FALSE;
            case RELATIVE -> record != 0 ? Math.abs(simulated / record - 1) <= bound + 1e-12 : null;
            case POINTS -> Math.abs(simulated - record) <= bound + 1e-12;
        };
    }

    /** "×1.5", "±25 %", "±5 pts", "–". */
    public String label() {
        if (this == NONE) return "–";
        return switch (measure) {
            case FACTOR -> String.format(Locale.ROOT, "×%s", trim(bound));
            case RELATIVE -> String.format(Locale.ROOT, "±%s %%", trim(100 * bound));
            case POINTS -> String.format(Locale.ROOT, "±%s pts", trim(bound));
        };
    }

    private static String trim(double v) { return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v); }
}
