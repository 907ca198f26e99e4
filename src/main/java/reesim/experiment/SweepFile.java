package reesim.experiment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import reesim.config.Problems;
import reesim.config.Validatable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sweep file as written (configs/sweeps/*.yaml), bound by {@link reesim.config.ConfigLoader} like a model
 * config: unknown keys (with "did you mean"), types and enum values are checked there, the rules that need no
 * other file in {@link #validate}; {@link SweepFileReader} adds the checks against the base config and builds
 * the {@link SweepSpec}.
 */
public final class SweepFile implements Validatable {
    static final String SEEDS = "a number of replicates (1 to 1000000, meaning seeds 1..N) or a non-empty list of distinct whole-number seeds";

    @JsonPropertyDescription("the sweep's name; default: the file name without .yaml")
    public String name;
    @JsonPropertyDescription("the path of the model config to vary, relative to the sweep file's folder (e.g. ../baseline.yaml)")
    public String base;
    @JsonPropertyDescription("a year, the last simulated year as in run --until; default: the base config's end year")
    public Integer until;
    @JsonPropertyDescription(SEEDS)
    public JsonNode seeds;
    @JsonPropertyDescription("true: every scenario runs replicate r with the same seed")
    public boolean commonRandomNumbers;
    @JsonPropertyDescription("config path to a list of values, e.g. scenario.enforcementScale: [0.5, 1, 2]")
    public LinkedHashMap<String, List<JsonNode>> grid;
    @JsonPropertyDescription("a map with method (lhs or sobol), n and ranges")
    public Sample sample;
    @JsonPropertyDescription("e.g. - {name: x, metric: mined_unregistered, element: REO, years: [2010, 2019], stat: mean}")
    public List<Outcome> outcomes;
    @JsonPropertyDescription("a map with series (e.g. - {metric: price_domestic, element: Nd}), years [first, last], format (parquet or csv)")
    public Keep keep;

    /** The {@code sample:} block. */
    public static final class Sample {
        public SampleSpec.Method method;
        @JsonPropertyDescription("sample points from 1 to 1000000 (for sobol: the base sample; the design has n*(k+2) points)")
        public Integer n;
        @JsonPropertyDescription("seeds the Latin hypercube")
        public Long sampleSeed;
        @JsonPropertyDescription("config path to [low, high], e.g. scenario.demandScale: [0.5, 2]")
        public LinkedHashMap<String, List<Double>> ranges;
    }

    /** One entry of {@code outcomes:}. */
    public static final class Outcome {
        @JsonPropertyDescription("a column name; default: made of metric, element, stat and years")
        public String name;
        @JsonPropertyDescription("a metric of annual.csv")
        public String metric;
        @JsonPropertyDescription("a metric of annual.csv the metric is divided by, year by year")
        public String denominator;
        @JsonPropertyDescription("REO or a simulated element; default REO")
        public String element;
        @JsonPropertyDescription("[first, last]: two years with first <= last")
        public List<Integer> years;
        @JsonPropertyDescription("one year (instead of years)")
        public Integer year;
        public Stat stat;
    }

    /** The {@code keep:} block: annual series of every run kept in the trajectories table. */
    public static final class Keep {
        @JsonPropertyDescription("e.g. - {metric: price_domestic, element: Nd}")
        public List<Series> series;
        @JsonPropertyDescription("[first, last]: two years with first <= last; default: all simulated years")
        public List<Integer> years;
        public TrajectorySpec.Format format;
        @JsonPropertyDescription("runs per Parquet part file, from 1 to 1000000 (default 1000)")
        public Integer runsPerPart;
    }

    /** One entry of {@code keep.series}. */
    public static final class Series {
        @JsonPropertyDescription("the series' name in the metric column; default: the metric (metric_over_denominator with a denominator)")
        public String name;
        @JsonPropertyDescription("a metric of annual.csv")
        public String metric;
        @JsonPropertyDescription("a metric of annual.csv the metric is divided by, year by year")
        public String denominator;
        @JsonPropertyDescription("REO or a simulated element; default REO")
        public String element;
    }

    @Override
    public void validate(String path, Problems p) {
        if (name != null && name.isBlank()) p.add("name", "\"" + name + "\"", "a text value");
        if (base == null || base.isBlank()) p.add("base", base, "the path of the model config to vary, relative to the sweep file's folder (e.g. ../baseline.yaml)");
        replicateSeeds(p);
        if (grid != null) validateGrid(p);
        if (sample != null) validateSample(p);
        if (outcomes != null) validateOutcomes(p);
        if (keep != null) validateKeep(p);
    }

    private void validateKeep(Problems p) {
        if (keep.series == null || keep.series.isEmpty()) {
            p.add("keep.series", keep.series == null ? null : "[]", "a non-empty list of series, e.g. - {metric: price_domestic, element: Nd}");
        } else {
            for (int i = 0; i < keep.series.size(); i++) {
                if (keep.series.get(i) == null) p.add("keep.series." + i, null, "a map with metric and optionally element, denominator, name");
            }
        }
        if (keep.years != null && (keep.years.size() != 2 || keep.years.get(0) > keep.years.get(1))) {
            p.add("keep.years", render(keep.years), "[first, last]: two years with first <= last");
        }
        if (keep.runsPerPart != null && (keep.runsPerPart < 1 || keep.runsPerPart > 1_000_000)) {
            p.add("keep.runsPerPart", keep.runsPerPart, "a whole number of runs per Parquet part file from 1 to 1000000");
        }
    }

    /** The replicate seeds ({@code seeds: N} means 1..N; default: seed 1); problems go to {@code p} when not null. */
    List<Long> replicateSeeds(Problems p) {
        if (seeds == null || seeds.isNull()) return List.of(1L);
        if (isWhole(seeds)) {
            long n = seeds.asLong();
            if (n < 1 || n > 1_000_000) {
                add(p, "seeds", n, SEEDS);
                return List.of(1L);
            }
            List<Long> list = new ArrayList<>();
            for (long s = 1; s <= n; s++) list.add(s);
            return list;
        }
        if (!seeds.isArray() || seeds.isEmpty()) {
            add(p, "seeds", render(seeds), SEEDS);
            return List.of(1L);
        }
        List<Long> list = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < seeds.size(); i++) {
            JsonNode s = seeds.get(i);
            if (!isWhole(s)) add(p, "seeds." + i, render(s), "a whole-number seed");
            else if (!seen.add(s.asLong())) add(p, "seeds." + i, s.asLong(), "each seed once (it appears earlier in the list)");
            else list.add(s.asLong());
        }
        return list.isEmpty() ? List.of(1L) : list;
    }

    /** The grid's values as --set texts, in file order; a value given twice is left out (and reported by validate). */
    LinkedHashMap<String, List<String>> gridTexts() {
        LinkedHashMap<String, List<String>> texts = new LinkedHashMap<>();
        if (grid == null) return texts;
        grid.forEach((path, values) -> {
            List<String> list = new ArrayList<>();
            for (JsonNode v : values) {
                String text = SweepFileReader.valueText(v);
                if (!list.contains(text)) list.add(text);
            }
            texts.put(path, List.copyOf(list));
        });
        return texts;
    }

    private void validateGrid(Problems p) {
        if (grid.isEmpty()) {
            p.add("grid", "{}", "a map of config path to a list of values, e.g. scenario.enforcementScale: [0.5, 1, 2]");
            return;
        }
        grid.forEach((key, values) -> {
            String where = "grid." + key;
            if (values.isEmpty()) {
                p.add(where, "[]", "a non-empty list of values for " + key + ", e.g. [0.5, 1, 2]");
                return;
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                String text = SweepFileReader.valueText(values.get(i));
                if (texts.contains(text)) p.add(where + "[" + i + "]", text, "each value once in a grid list");
                else texts.add(text);
            }
        });
    }

    private void validateSample(Problems p) {
        if (sample.method == null) p.add("sample.method", null, "one of [lhs, sobol]");
        if (sample.n == null || sample.n < 1 || sample.n > 1_000_000) {
            p.add("sample.n", sample.n, "a whole number of sample points from 1 to 1000000 (for sobol: the base sample; the design has n*(k+2) points)");
        }
        if (sample.ranges == null || sample.ranges.isEmpty()) {
            p.add("sample.ranges", sample.ranges == null ? null : "{}", "a map of config path to [low, high], e.g. scenario.demandScale: [0.5, 2]");
            return;
        }
        sample.ranges.forEach((key, r) -> {
            String where = "sample.ranges." + key;
            if (r.size() != 2 || !Double.isFinite(r.get(0)) || !Double.isFinite(r.get(1)) || r.get(0) >= r.get(1)) {
                p.add(where, render(r), "[low, high]: two finite numbers with low < high");
            } else if (grid != null && grid.containsKey(key)) {
                p.add(where, render(r), "a path not also in grid (" + key + " is varied by the grid already)");
            }
        });
    }

    /** The sample's ranges that passed {@link #validate}. */
    LinkedHashMap<String, double[]> sampleRanges() {
        LinkedHashMap<String, double[]> ranges = new LinkedHashMap<>();
        if (sample == null || sample.ranges == null) return ranges;
        for (Map.Entry<String, List<Double>> e : sample.ranges.entrySet()) {
            List<Double> r = e.getValue();
            boolean ok = r.size() == 2 && Double.isFinite(r.get(0)) && Double.isFinite(r.get(1)) && r.get(0) < r.get(1)
                    && (grid == null || !grid.containsKey(e.getKey()));
            if (ok) ranges.put(e.getKey(), new double[]{r.get(0), r.get(1)});
        }
        return ranges;
    }

    void validateOutcomes(Problems p) {
        if (outcomes.isEmpty()) {
            p.add("outcomes", "[]", "a non-empty list of outcomes, e.g. - {name: x, metric: mined_unregistered, element: REO, years: [2010, 2019], stat: mean}");
            return;
        }
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            String where = "outcomes." + i;
            if (o == null) {
                p.add(where, null, "a map with metric and optionally name, element, years or year, stat, denominator");
                continue;
            }
            if (o.years != null && o.year != null) {
                p.add(where + ".year", o.year, "either year or years, not both");
            } else if (o.years != null && (o.years.size() != 2 || o.years.get(0) > o.years.get(1))) {
                p.add(where + ".years", render(o.years), "[first, last]: two years with first <= last");
            }
        }
    }

    private static void add(Problems p, String path, Object value, String expected) {
        if (p != null) p.add(path, value, expected);
    }

    private static boolean isWhole(JsonNode node) {
        if (node == null) return false;
        if (node.isIntegralNumber()) return node.canConvertToLong();
        return node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0 && Math.abs(node.asDouble()) < 9e15;
    }

    private static String render(Object value) {
        if (value instanceof JsonNode node) {
            if (node.isTextual()) return "\"" + node.textValue() + "\"";
            if (node.isValueNode()) return node.asText();
            String json = node.toString();
            return json.length() <= 60 ? json : json.substring(0, 57) + "...";
        }
        if (value instanceof List<?> list) {   // as JSON, like the tree: [2,1], [2.5,1.0]
            StringBuilder sb = new StringBuilder("[");
            for (Object o : list) {
                if (sb.length() > 1) sb.append(',');
                sb.append(o instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : String.valueOf(o));
            }
            return sb.append(']').toString();
        }
        return String.valueOf(value);
    }
}
