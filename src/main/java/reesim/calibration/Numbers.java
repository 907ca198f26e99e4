package reesim.calibration;

import java.math.BigDecimal;
import java.math.MathContext;

/** How fitted values are rounded and written: 4 significant digits, whole numbers for integer fields. */
public final class Numbers {
    private static final MathContext DIGITS = new MathContext(4);

    private Numbers() {}

    public static String format(double v, boolean integer) {
        if (integer) return Long.toString(Math.round(v));
        String s = new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** The value as it will be written (so what is evaluated is what is written). */
    public static double round(double v, boolean integer) { return Double.parseDouble(format(v, integer)); }
}
