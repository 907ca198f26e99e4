package reesim.trajectory;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the trajectories table: {@code run_id, scenario, replicate, seed}, the sweep's parameters, then
 * {@code year, element, metric, value}. A parameter is a number column when every scenario's value is a number,
 * else a text column (grid values may be any YAML value).
 */
public record TrajectoryColumns(List<String> parameters, List<Boolean> numericParameters) {
    public static final List<String> KEY = List.of("run_id", "scenario", "replicate", "seed");
    public static final List<String> TAIL = List.of("year", "element", "metric", "value");

    public TrajectoryColumns {
        parameters = List.copyOf(parameters);
        numericParameters = List.copyOf(numericParameters);
        if (parameters.size() != numericParameters.size()) throw new IllegalArgumentException("one type per parameter");
    }

    /** Columns for parameters whose values (per scenario, as --set texts) are {@code values.get(scenario)}. */
    public static TrajectoryColumns of(List<String> parameters, List<List<String>> values) {
        List<Boolean> numeric = new ArrayList<>();
        for (int p = 0; p < parameters.size(); p++) {
            boolean all = true;
            for (List<String> scenario : values) all &= isNumber(scenario.get(p));
            numeric.add(all);
        }
        return new TrajectoryColumns(parameters, numeric);
    }

    public List<String> header() { return header(parameters); }

    /** run_id, scenario, replicate, seed, the parameters, year, element, metric, value. */
    public static List<String> header(List<String> parameters) {
        List<String> h = new ArrayList<>(KEY);
        h.addAll(parameters);
        h.addAll(TAIL);
        return h;
    }

    static boolean isNumber(String text) {
        if (text == null || text.isBlank()) return false;
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
