package reesim.experiment;

import java.util.List;

/**
 * One scenario of a comparison file: its name, the overlay config it was given (relative to the comparison file,
 * null for none), the {@code set:} overrides as written, and {@code overrides}, the --set list that turns the base
 * config into the scenario (the overlay's differences from the base, then the {@code set:} entries). The base
 * itself is the first, with no overrides.
 */
public record NamedScenario(String name, String config, List<String> sets, List<String> overrides, String about) {
    /** The parameter column of runs.csv, outcomes.csv and stats.csv in a comparison folder: the scenario's name. */
    public static final String COLUMN = "name";

    public NamedScenario {
        sets = List.copyOf(sets);
        overrides = List.copyOf(overrides);
    }
}
