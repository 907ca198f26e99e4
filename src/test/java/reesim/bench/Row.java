package reesim.bench;

/**
 * One line of the bench table and CSV. {@code scale} is the population scale (empty when it does
 * not apply), {@code threads} the worker threads of a measurement (empty when it does not apply).
 */
public record Row(String section, String metric, String scale, String threads, String value, String unit, String note) {
    public static final String[] HEADER = {"section", "metric", "scale", "threads", "value", "unit", "note"};

    public String[] cells() { return new String[]{section, metric, scale, threads, value, unit, note}; }

    /** A number with four significant digits, plain notation for ordinary magnitudes. */
    public static String num(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        double a = Math.abs(v);
        if (a == 0) return "0";
        if (a >= 1e9 || a < 1e-4) return String.format(java.util.Locale.ROOT, "%.4g", v);
        int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
        return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%." + decimals + "f", v))
                .stripTrailingZeros().toPlainString();
    }

    public static String scale(double s) { return Double.isNaN(s) ? "" : num(s); }
}
