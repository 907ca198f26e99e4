package reesim.report;

import java.util.ArrayList;
import java.util.List;

/** Numbers for the report's inline JSON: rounded to keep the page small, NaN as null. */
final class Json {
    private Json() {}

    static Double number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        double a = Math.abs(v);
        double scale = a >= 100 ? 1e2 : a >= 1 ? 1e4 : 1e6;
        return Math.round(v * scale) / scale;
    }

    static List<Double> numbers(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) out.add(number(v));
        return out;
    }
}
