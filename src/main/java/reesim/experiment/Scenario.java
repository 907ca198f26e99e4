package reesim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One combination of parameter values. {@code cell} numbers the grid combinations (1 without a grid);
 * {@code point} numbers the sample's design points (0 without a sample); {@code role} is the Saltelli matrix the
 * point belongs to ({@code A}, {@code B}, {@code AB1}..{@code ABk}) in a Sobol design, empty otherwise.
 * {@code parameters} maps each config path to the value as written in the CSV files and in its --set. A scenario of
 * a comparison ({@link NamedScenario}) has one parameter, {@code name}, and carries its --set overrides in
 * {@code sets}; {@code sets} is null for grid and sample scenarios, whose overrides are their parameters.
 */
public record Scenario(int id, int cell, int point, String role, LinkedHashMap<String, String> parameters, List<String> sets) {

    public Scenario(int id, int cell, int point, String role, LinkedHashMap<String, String> parameters) {
        this(id, cell, point, role, parameters, null);
    }

    /** The --set overrides expressing the scenario. */
    public List<String> overrides() {
        if (sets != null) return List.copyOf(sets);
        List<String> sets = new ArrayList<>();
        for (Map.Entry<String, String> p : parameters.entrySet()) sets.add(p.getKey() + "=" + p.getValue());
        return sets;
    }

    /** As a record prints itself, with {@code sets} only when there are any (grid and sample scenarios print as before). */
    @Override
    public String toString() {
        return "Scenario[id=" + id + ", cell=" + cell + ", point=" + point + ", role=" + role + ", parameters=" + parameters
                + (sets == null ? "" : ", sets=" + sets) + "]";
    }

    public String describe() {
        if (parameters.isEmpty()) return "scenario " + id + ": the base config";
        StringBuilder sb = new StringBuilder("scenario ").append(id).append(':');
        parameters.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        if (!role.isEmpty()) sb.append("  [point ").append(point).append(' ').append(role).append(']');
        return sb.toString();
    }
}
