package reesim.experiment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import reesim.config.Problems;
import reesim.config.Validatable;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A comparison file as written (configs/comparisons/*.yaml): a base config, named scenarios (a config overlay of the
 * base and/or {@code set:} overrides), seeds, the last year and outcomes. Bound by {@link reesim.config.ConfigLoader}
 * like a sweep file (unknown keys with "did you mean", types); the rules that need no other file are checked in
 * {@link #validate}, the rest by {@link SweepFileReader#readComparison}. Every scenario runs replicate r with the
 * same seed as the base (common random numbers), so the differences are paired.
 */
public final class ComparisonFile implements Validatable {
    /** Seeds when the file gives none: enough for a t interval over paired differences. */
    public static final int DEFAULT_SEEDS = 20;
    /** The name of the base scenario, which a listed scenario may not take. */
    public static final String BASE = "base";
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    @JsonPropertyDescription("the comparison's name; default: the file name without .yaml")
    public String name;
    @JsonPropertyDescription("the path of the base model config, relative to the comparison file's folder (e.g. ../baseline.yaml)")
    public String base;
    @JsonPropertyDescription("a year, the last simulated year as in run --until; default: the base config's end year")
    public Integer until;
    @JsonPropertyDescription(SweepFile.SEEDS + "; default 20")
    public JsonNode seeds;
    @JsonPropertyDescription("e.g. - {name: collection-40, config: ../scenarios/collection-40.yaml} or - {name: strict, set: {scenario.enforcementScale: 2}}")
    public List<Entry> scenarios;
    @JsonPropertyDescription("e.g. - {name: x, metric: mined_unregistered, element: REO, years: [2010, 2019], stat: mean}")
    public List<SweepFile.Outcome> outcomes;

    /** One entry of {@code scenarios:}. */
    public static final class Entry {
        @JsonPropertyDescription("the scenario's name: letters, digits, '_', '.' or '-'; not 'base'")
        public String name;
        @JsonPropertyDescription("a config overlay of the base (extends: it), relative to the comparison file's folder, e.g. ../scenarios/collection-40.yaml")
        public String config;
        @JsonPropertyDescription("config path to a value, applied after config, e.g. scenario.enforcementScale: 2")
        public LinkedHashMap<String, JsonNode> set;
        @JsonPropertyDescription("one line saying what the scenario is, for the tables")
        public String about;
    }

    /** The same seeds, outcomes (and their checks) as a sweep file's. */
    SweepFile asSweep() {
        SweepFile s = new SweepFile();
        s.seeds = seeds == null || seeds.isNull() ? IntNode.valueOf(DEFAULT_SEEDS) : seeds;
        s.outcomes = outcomes;
        return s;
    }

    List<Long> replicateSeeds(Problems p) { return asSweep().replicateSeeds(p); }

    @Override
    public void validate(String path, Problems p) {
        if (name != null && name.isBlank()) p.add("name", "\"" + name + "\"", "a text value");
        if (base == null || base.isBlank()) p.add("base", base, "the path of the base model config, relative to the comparison file's folder (e.g. ../baseline.yaml)");
        SweepFile s = asSweep();
        s.replicateSeeds(p);
        if (outcomes != null) s.validateOutcomes(p);
        if (scenarios == null || scenarios.isEmpty()) {
            p.add("scenarios", scenarios == null ? null : "[]", "a non-empty list of scenarios, each a map with name and config and/or set,"
                    + " e.g. - {name: collection-40, config: ../scenarios/collection-40.yaml}");
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Entry e = scenarios.get(i);
            String where = "scenarios." + i;
            if (e == null) {
                p.add(where, null, "a map with name and config and/or set");
                continue;
            }
            if (e.name == null || e.name.isBlank()) p.add(where + ".name", e.name, "the scenario's name: letters, digits, '_', '.' or '-'");
            else if (!NAME.matcher(e.name).matches()) p.add(where + ".name", e.name, "a name of letters, digits, '_', '.' or '-' (it becomes a CSV value)");
            else if (BASE.equals(e.name)) p.add(where + ".name", e.name, "a name other than '" + BASE + "' (the base config's scenario is called so)");
            else if (!names.add(e.name)) p.add(where + ".name", e.name, "a name used by one scenario only");
            if (e.config != null && e.config.isBlank()) p.add(where + ".config", "\"\"", "the path of a config overlay of the base, relative to the comparison file's folder");
            if (e.set != null && e.set.isEmpty()) p.add(where + ".set", "{}", "a map of config path to value, e.g. scenario.enforcementScale: 2");
        }
    }
}
