package reesim.experiment;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code sample:} block of a sweep file: {@code n} points over {@code ranges} (config path to
 * {@code [lo, hi]}), drawn by Latin hypercube or as a Saltelli design on a Sobol sequence.
 */
public record SampleSpec(Method method, int n, long sampleSeed, LinkedHashMap<String, double[]> ranges) {

    public enum Method {
        LHS("lhs"), SOBOL("sobol");

        @JsonValue
        public final String label;

        Method(String label) { this.label = label; }
    }

    public int dimensions() { return ranges.size(); }

    /** Points in the design: {@code n} for a Latin hypercube, {@code n * (k + 2)} for the Saltelli design. */
    public int designSize() { return method == Method.LHS ? n : n * (dimensions() + 2); }

    /** Scales a point of the unit cube to the ranges, in range order. */
    public double[] scale(double[] unit) {
        double[] x = new double[unit.length];
        int i = 0;
        for (Map.Entry<String, double[]> r : ranges.entrySet()) {
            double lo = r.getValue()[0], hi = r.getValue()[1];
            x[i] = lo + unit[i] * (hi - lo);
            i++;
        }
        return x;
    }
}
