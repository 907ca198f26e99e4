package reesim.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.config.Overrides;
import reesim.config.Problem;
import reesim.config.Problems;
import reesim.config.Suggestions;
import reesim.output.Metric;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a sweep file and checks all of it before anything runs: unknown keys (with "did you mean"), types, ranges,
 * and every grid and sample path, by loading the base config with that path overridden. All problems are reported
 * together, each naming the file, the key path, the value and what is expected.
 */
final class SweepFileReader {
    static final List<String> KEYS = List.of("name", "base", "until", "seeds", "commonRandomNumbers", "grid", "sample", "outcomes");
    static final List<String> SAMPLE_KEYS = List.of("method", "n", "sampleSeed", "ranges");
    static final List<String> OUTCOME_KEYS = List.of("name", "metric", "denominator", "element", "years", "year", "stat");
    /** Column names of runs.csv and outcomes.csv that an outcome may not take. */
    static final Set<String> RESERVED = Set.of("run_id", "scenario", "replicate", "seed", "status", "wall_seconds", "error");
    static final int MAX_RUNS = 50_000_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    private final Path file;
    private final Problems problems;
    private ModelConfig base;
    private ObjectNode baseTree;
    private String baseLabel;
    private int startYear, untilYear;

    private SweepFileReader(Path file) {
        this.file = file;
        this.problems = new Problems(file.toString());
    }

    static SweepSpec read(Path file, List<String> baseSets) throws ConfigException {
        String label = file.toString();
        if (Files.isDirectory(file)) throw new ConfigException(label, "", null, "a sweep file (YAML), not a directory");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(label, "", null, "an existing, readable sweep file (" + (Files.exists(file) ? e.getMessage() : "not found") + ")");
        }
        JsonNode root;
        try {
            root = YAML.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigException(label, at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr(), null,
                    "valid YAML syntax; found: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(label, "", null, "a readable sweep file (" + e.getMessage() + ")");
        }
        if (!(root instanceof ObjectNode tree)) {
            throw new ConfigException(label, "", null, "a YAML map with at least 'base:' (the file is empty or not a map)");
        }
        return new SweepFileReader(file).parse(tree, baseSets == null ? List.of() : List.copyOf(baseSets), sha256(bytes));
    }

    private SweepSpec parse(ObjectNode root, List<String> baseSets, String sha) throws ConfigException {
        unknownKeys(root, "", KEYS, "the keys of a sweep file");
        String name = root.hasNonNull("name") ? text(root.get("name"), "name") : stem(file);
        Path baseFile = base(root.get("base"), baseSets);
        until(root.get("until"));
        SeedPolicy seeds = new SeedPolicy(seeds(root.get("seeds")), bool(root.get("commonRandomNumbers"), "commonRandomNumbers"));
        LinkedHashMap<String, List<String>> grid = grid(root.get("grid"));
        SampleSpec sample = sample(root.get("sample"), grid);
        List<String> parameters = new ArrayList<>(grid.keySet());
        if (sample != null) parameters.addAll(sample.ranges().keySet());
        List<OutcomeSpec> outcomes = outcomes(root.get("outcomes"), parameters);
        if (problems.isEmpty()) runCount(grid, sample, seeds);
        problems.throwIfAny();
        return new SweepSpec(file, sha, name, baseFile, baseLabel, baseTree, sha256(ConfigLoader.toYaml(baseTree).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                baseSets, startYear, untilYear, List.copyOf(base.elements), seeds, grid, sample, outcomes);
    }

    // ---- base, until, seeds ----

    private Path base(JsonNode node, List<String> baseSets) {
        if (node == null || node.isNull()) {
            problems.add("base", null, "the path of the model config to vary, relative to the sweep file's folder (e.g. ../baseline.yaml)");
            return null;
        }
        String text = text(node, "base");
        if (text == null) return null;
        Path folder = file.toAbsolutePath().getParent();
        Path resolved = folder.resolve(text).normalize();
        Path relativeToHere = file.getParent() == null ? Path.of(text).normalize() : file.getParent().resolve(text).normalize();
        if (!Files.isRegularFile(resolved)) {
            problems.add("base", text, "a model config file relative to the sweep file's folder (" + resolved + " is not a file)");
            return null;
        }
        try {
            ConfigLoader.Loaded<ModelConfig> loaded = ConfigLoader.load(relativeToHere, baseSets, ModelConfig.class);
            base = loaded.value();
            baseTree = loaded.resolvedTree();
            baseLabel = relativeToHere.toString();
            startYear = base.time.startYear;
            untilYear = base.time.endYear;
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        return relativeToHere;
    }

    private void until(JsonNode node) {
        if (node == null || node.isNull()) return;
        if (!isWhole(node)) {
            problems.add("until", render(node), "a year (whole number), the last simulated year as in run --until");
        } else if (base != null) {
            int year = node.asInt();
            if (year < base.time.startYear || year > base.time.endYear) {
                problems.add("until", year, "a year within the base config's horizon " + base.time.startYear + "-" + base.time.endYear);
            } else {
                untilYear = year;
            }
        }
    }

    private List<Long> seeds(JsonNode node) {
        if (node == null || node.isNull()) return List.of(1L);
        String expected = "a number of replicates (1 to 1000000, meaning seeds 1..N) or a non-empty list of distinct whole-number seeds";
        if (isWhole(node)) {
            long n = node.asLong();
            if (n < 1 || n > 1_000_000) {
                problems.add("seeds", n, expected);
                return List.of(1L);
            }
            List<Long> list = new ArrayList<>();
            for (long s = 1; s <= n; s++) list.add(s);
            return list;
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.add("seeds", render(node), expected);
            return List.of(1L);
        }
        List<Long> list = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            if (!isWhole(s) || !s.canConvertToLong()) {
                problems.add("seeds." + i, render(s), "a whole-number seed");
            } else if (!seen.add(s.asLong())) {
                problems.add("seeds." + i, s.asLong(), "each seed once (it appears earlier in the list)");
            } else {
                list.add(s.asLong());
            }
        }
        return list.isEmpty() ? List.of(1L) : list;
    }

    // ---- grid ----

    private LinkedHashMap<String, List<String>> grid(JsonNode node) {
        LinkedHashMap<String, List<String>> grid = new LinkedHashMap<>();
        if (node == null || node.isNull()) return grid;
        if (!node.isObject() || node.isEmpty()) {
            problems.add("grid", render(node), "a map of config path to a list of values, e.g. scenario.enforcementScale: [0.5, 1, 2]");
            return grid;
        }
        node.fields().forEachRemaining(entry -> {
            String path = entry.getKey();
            String where = "grid." + path;
            JsonNode values = entry.getValue();
            if (!values.isArray() || values.isEmpty()) {
                problems.add(where, render(values), "a non-empty list of values for " + path + ", e.g. [0.5, 1, 2]");
                return;
            }
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                JsonNode v = values.get(i);
                String text = valueText(v);
                if (v.isNull()) problems.add(where + "[" + i + "]", "null", "a value (number, true/false, text, [list] or {map})");
                else if (texts.contains(text)) problems.add(where + "[" + i + "]", text, "each value once in a grid list");
                else texts.add(text);
            }
            if (knownPath(where, path)) {
                for (int i = 0; i < texts.size(); i++) checkOverride(where + "[" + i + "]", texts.get(i), path, List.of(path + "=" + texts.get(i)));
            }
            grid.put(path, List.copyOf(texts));
        });
        return grid;
    }

    // ---- sample ----

    private SampleSpec sample(JsonNode node, Map<String, List<String>> grid) {
        if (node == null || node.isNull()) return null;
        if (!node.isObject()) {
            problems.add("sample", render(node), "a map with method (lhs or sobol), n and ranges");
            return null;
        }
        unknownKeys(node, "sample", SAMPLE_KEYS, "the keys of sample");
        SampleSpec.Method method = null;
        JsonNode m = node.get("method");
        List<String> methods = Arrays.stream(SampleSpec.Method.values()).map(x -> x.label).toList();
        if (m == null || m.isNull()) {
            problems.add("sample.method", null, "one of " + methods);
        } else {
            for (SampleSpec.Method candidate : SampleSpec.Method.values()) if (candidate.label.equals(m.asText())) method = candidate;
            if (method == null || !m.isTextual()) {
                method = null;
                problems.add("sample.method", render(m), "one of " + methods + suggest(m.asText(), methods));
            }
        }
        int n = 0;
        JsonNode nNode = node.get("n");
        if (nNode == null || !isWhole(nNode) || nNode.asLong() < 1 || nNode.asLong() > 1_000_000) {
            problems.add("sample.n", nNode == null ? null : render(nNode),
                    "a whole number of sample points from 1 to 1000000 (for sobol: the base sample; the design has n*(k+2) points)");
        } else {
            n = nNode.asInt();
        }
        long sampleSeed = 1;
        JsonNode seedNode = node.get("sampleSeed");
        if (seedNode != null && !seedNode.isNull()) {
            if (isWhole(seedNode) && seedNode.canConvertToLong()) sampleSeed = seedNode.asLong();
            else problems.add("sample.sampleSeed", render(seedNode), "a whole number seeding the Latin hypercube");
        }
        LinkedHashMap<String, double[]> ranges = ranges(node.get("ranges"), grid);
        if (method == null || n == 0 || ranges.isEmpty()) return null;
        SampleSpec spec = new SampleSpec(method, n, sampleSeed, ranges);
        checkSampledValues(spec);
        return spec;
    }

    private LinkedHashMap<String, double[]> ranges(JsonNode node, Map<String, List<String>> grid) {
        LinkedHashMap<String, double[]> ranges = new LinkedHashMap<>();
        if (node == null || !node.isObject() || node.isEmpty()) {
            problems.add("sample.ranges", node == null ? null : render(node), "a map of config path to [low, high], e.g. scenario.demandScale: [0.5, 2]");
            return ranges;
        }
        node.fields().forEachRemaining(entry -> {
            String path = entry.getKey();
            String where = "sample.ranges." + path;
            JsonNode r = entry.getValue();
            if (!r.isArray() || r.size() != 2 || !r.get(0).isNumber() || !r.get(1).isNumber()
                    || !Double.isFinite(r.get(0).asDouble()) || !Double.isFinite(r.get(1).asDouble())
                    || r.get(0).asDouble() >= r.get(1).asDouble()) {
                problems.add(where, render(r), "[low, high]: two finite numbers with low < high");
                return;
            }
            if (grid.containsKey(path)) {
                problems.add(where, render(r), "a path not also in grid (" + path + " is varied by the grid already)");
                return;
            }
            double lo = r.get(0).asDouble(), hi = r.get(1).asDouble();
            if (knownPath(where, path)) {
                checkOverride(where, number(lo), path, List.of(path + "=" + number(lo)));
                checkOverride(where, number(hi), path, List.of(path + "=" + number(hi)));
            }
            ranges.put(path, new double[]{lo, hi});
        });
        return ranges;
    }

    /** Loads the base with the first design point (interior values: catches whole-number-only paths). */
    private void checkSampledValues(SampleSpec spec) {
        if (base == null || !problems.isEmpty()) return;
        double[] first = spec.scale(SweepPlan.unitDesign(spec)[0]);
        int i = 0;
        for (String path : spec.ranges().keySet()) {
            String v = number(first[i++]);
            int before = problems.list().size();
            checkOverride("sample.ranges." + path, "sampled value " + v, path, List.of(path + "=" + v));
            if (problems.list().size() > before) {
                problems.add("sample.ranges." + path, null, "a setting that takes real numbers: a sample draws values anywhere in"
                        + " the range, so vary whole-number or text settings with grid instead");
            }
        }
    }

    // ---- outcomes ----

    private List<OutcomeSpec> outcomes(JsonNode node, List<String> parameters) {
        if (node == null || node.isNull()) {
            return base == null ? List.of() : DefaultOutcomes.of(startYear, untilYear, base.elements);
        }
        if (!node.isArray() || node.isEmpty()) {
            problems.add("outcomes", render(node), "a non-empty list of outcomes, e.g. - {name: x, metric: mined_unregistered, element: REO, years: [2010, 2019], stat: mean}");
            return List.of();
        }
        List<OutcomeSpec> list = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            OutcomeSpec o = outcome(node.get(i), "outcomes." + i);
            if (o == null) continue;
            String where = "outcomes." + i + ".name";
            if (!NAME.matcher(o.name()).matches()) problems.add(where, o.name(), "a name of letters, digits, '_', '.' or '-' (it becomes a CSV column)");
            else if (RESERVED.contains(o.name()) || parameters.contains(o.name())) problems.add(where, o.name(), "a name that is not a column already (" + RESERVED + " and the parameters)");
            else if (!names.add(o.name())) problems.add(where, o.name(), "a name used by one outcome only");
            list.add(o);
        }
        return List.copyOf(list);
    }

    private OutcomeSpec outcome(JsonNode node, String where) {
        if (!node.isObject()) {
            problems.add(where, render(node), "a map with metric and optionally name, element, years or year, stat, denominator");
            return null;
        }
        unknownKeys(node, where, OUTCOME_KEYS, "the keys of an outcome");
        int before = problems.list().size();
        Metric metric = metric(node.get("metric"), where + ".metric", true);
        Metric denominator = metric(node.get("denominator"), where + ".denominator", false);
        String element = node.hasNonNull("element") ? text(node.get("element"), where + ".element") : "REO";
        Stat stat = Stat.MEAN;
        if (node.hasNonNull("stat")) {
            String s = node.get("stat").asText();
            stat = Stat.byLabel(s).orElse(null);
            if (stat == null || !node.get("stat").isTextual()) {
                problems.add(where + ".stat", render(node.get("stat")), "one of " + Stat.labels() + suggest(s, Stat.labels()));
                stat = Stat.MEAN;
            }
        }
        int[] years = years(node, where);
        if (base != null && element != null) {
            checkElement(element, metric, where);
            if (denominator != null) checkElement(element, denominator, where);
        }
        if (problems.list().size() > before || metric == null || element == null || years == null) return null;
        String name = node.hasNonNull("name") ? node.get("name").asText()
                : metric.label + (denominator == null ? "" : "_over_" + denominator.label) + "_" + element + "_" + stat.label
                  + "_" + years[0] + (years[0] == years[1] ? "" : "_" + years[1]);
        return new OutcomeSpec(name, metric, denominator, element, years[0], years[1], stat);
    }

    private Metric metric(JsonNode node, String where, boolean required) {
        List<String> labels = Arrays.stream(Metric.VALUES).map(m -> m.label).toList();
        if (node == null || node.isNull()) {
            if (required) problems.add(where, null, "a metric of annual.csv: one of " + labels);
            return null;
        }
        for (Metric m : Metric.VALUES) if (node.isTextual() && m.label.equals(node.textValue())) return m;
        problems.add(where, render(node), "a metric of annual.csv" + Suggestions.closest(node.asText(), labels)
                .map(s -> "; did you mean '" + s + "'?").orElse(": one of " + labels));
        return null;
    }

    private void checkElement(String element, Metric metric, String where) {
        if (metric == null) return;
        List<String> rows = new ArrayList<>(base.elements);
        rows.add("REO");
        if (!rows.contains(element)) {
            problems.add(where + ".element", element, "REO or a simulated element " + base.elements + suggest(element, rows));
        } else if (metric.rows == Metric.Rows.REO && !"REO".equals(element)) {
            problems.add(where + ".element", element, "REO (" + metric.label + " has only the REO row)");
        } else if (metric.rows == Metric.Rows.ELEMENTS && "REO".equals(element)) {
            problems.add(where + ".element", element, "an element symbol among " + base.elements + " (" + metric.label + " has no REO row)");
        }
    }

    private int[] years(JsonNode node, String where) {
        JsonNode years = node.get("years"), year = node.get("year");
        if (years != null && year != null) {
            problems.add(where + ".year", render(year), "either year or years, not both");
            return null;
        }
        int lo, hi;
        if (year != null) {
            if (!isWhole(year)) { problems.add(where + ".year", render(year), "a year (whole number)"); return null; }
            lo = hi = year.asInt();
        } else if (years != null) {
            if (!years.isArray() || years.size() != 2 || !isWhole(years.get(0)) || !isWhole(years.get(1)) || years.get(0).asInt() > years.get(1).asInt()) {
                problems.add(where + ".years", render(years), "[first, last]: two years with first <= last");
                return null;
            }
            lo = years.get(0).asInt();
            hi = years.get(1).asInt();
        } else {
            return base == null ? null : new int[]{startYear, untilYear};
        }
        if (base != null && (lo < startYear || hi > untilYear)) {
            problems.add(where + (year != null ? ".year" : ".years"), year != null ? render(year) : render(years),
                    "years within the simulated years " + startYear + "-" + untilYear);
            return null;
        }
        return new int[]{lo, hi};
    }

    // ---- checks against the base config ----

    private boolean knownPath(String where, String path) {
        if (baseTree == null) return false;
        try {
            Overrides.set(baseTree.deepCopy(), path, NullNode.getInstance());
            return true;
        } catch (IllegalArgumentException e) {
            problems.add(where, path, "a --set path that exists in " + baseLabel + "; " + e.getMessage());
            return false;
        }
    }

    private void checkOverride(String where, String shown, String path, List<String> sets) {
        try {
            ConfigLoader.loadTree(baseLabel, baseTree, sets, ModelConfig.class);
        } catch (ConfigException e) {
            for (Problem p : e.problems()) {
                problems.add(where, shown, path.equals(p.path()) ? p.expected()
                        : "a value that keeps " + p.file() + " valid, but then " + p.message());
            }
        }
    }

    private void runCount(Map<String, List<String>> grid, SampleSpec sample, SeedPolicy seeds) {
        long runs = seeds.replicates();
        for (List<String> values : grid.values()) runs *= values.size();
        if (sample != null) runs *= sample.designSize();
        if (runs > MAX_RUNS) problems.add("", runs + " runs", "at most " + MAX_RUNS + " runs in one sweep (grid x sample x seeds)");
    }

    // ---- helpers ----

    private void unknownKeys(JsonNode node, String where, List<String> keys, String what) {
        node.fieldNames().forEachRemaining(key -> {
            if (keys.contains(key)) return;
            problems.add(where.isEmpty() ? key : where + "." + key, null, "a known key" + Suggestions.closest(key, keys)
                    .map(s -> "; did you mean '" + s + "'?").orElse("; " + what + " are " + keys));
        });
    }

    private String text(JsonNode node, String where) {
        if (node.isTextual() && !node.textValue().isBlank()) return node.textValue();
        problems.add(where, render(node), "a text value");
        return null;
    }

    private boolean bool(JsonNode node, String where) {
        if (node == null || node.isNull()) return false;
        if (node.isBoolean()) return node.booleanValue();
        problems.add(where, render(node), "true or false");
        return false;
    }

    private static boolean isWhole(JsonNode node) {
        if (node == null) return false;
        if (node.isIntegralNumber()) return node.canConvertToLong();
        return node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0 && Math.abs(node.asDouble()) < 9e15;
    }

    private static String suggest(String word, List<String> candidates) {
        return Suggestions.closest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /** A grid value as the text of its --set: numbers plain, text as is unless YAML would read it differently. */
    static String valueText(JsonNode v) {
        if (v.isIntegralNumber()) return v.bigIntegerValue().toString();
        if (v.isNumber()) return number(v.doubleValue());
        if (v.isTextual()) {
            try {
                JsonNode back = YAML.readTree(v.textValue());
                if (back != null && back.equals(v)) return v.textValue();
            } catch (IOException e) {
                // not plain YAML: quote it below
            }
            return v.toString();
        }
        return v.toString();
    }

    /** A number as a --set text: at most 8 significant digits, plain notation (never 1E10, which YAML reads as text). */
    static String number(double v) {
        if (v == 0) return "0";
        BigDecimal d = new BigDecimal(v).round(new MathContext(8)).stripTrailingZeros();
        String s = d.toPlainString();
        return s.contains(".") || Math.abs(v) >= 1e15 ? s : s + ".0";
    }

    private static String render(JsonNode node) {
        if (node == null) return null;
        if (node.isTextual()) return "\"" + node.textValue() + "\"";
        if (node.isValueNode()) return node.asText();
        String json = node.toString();
        return json.length() <= 60 ? json : json.substring(0, 57) + "...";
    }

    private static String stem(Path file) {
        String f = file.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
