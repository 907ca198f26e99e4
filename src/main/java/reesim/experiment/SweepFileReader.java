package reesim.experiment;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sweep file into a {@link SweepSpec}. {@link ConfigLoader} binds the file to {@link SweepFile} (unknown
 * keys with "did you mean", types, enum values, the file's own rules); this class adds what needs the base config:
 * it loads the base, checks the years against its horizon, every grid and sample path and value by loading the base
 * with that path overridden, and the outcomes' metrics and elements. All problems of both steps are reported
 * together, in the order of the file's keys, each naming the file, the key path, the value and what is expected.
 */
final class SweepFileReader {
    /** Column names of runs.csv and outcomes.csv that an outcome may not take. */
    static final List<String> RESERVED = List.of("run_id", "scenario", "replicate", "seed", "status", "wall_seconds", "error");
    static final int MAX_RUNS = 50_000_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final YAMLMapper YAML = new YAMLMapper();

    private final Path file;
    private final Problems problems;
    /** "sweep file" or "comparison file", for the messages. */
    private String kind = "sweep file";
    private ModelConfig base;
    private ObjectNode baseTree;
    private String baseLabel;
    private int startYear, untilYear;

    private SweepFileReader(Path file) {
        this.file = file;
        this.problems = new Problems(file.toString());
    }

    static SweepSpec read(Path file, List<String> baseSets) throws ConfigException {
        return new SweepFileReader(file).build(baseSets == null ? List.of() : List.copyOf(baseSets));
    }

    private SweepSpec build(List<String> baseSets) throws ConfigException {
        ConfigLoader.Loaded<SweepFile> loaded = ConfigLoader.load(file, List.of(), SweepFile.class, problems);
        SweepFile f = loaded.value();
        SweepSpec spec = f == null ? null : build(f, baseSets, loaded.fileSha256());
        if (!problems.isEmpty()) throw new ConfigException(inFileOrder(problems.list(), loaded.resolvedTree()));
        return spec;
    }

    private SweepSpec build(SweepFile f, List<String> baseSets, String sha) {
        String name = f.name != null ? f.name : stem(file);
        Path baseFile = base(f.base, baseSets);
        until(f.until);
        SeedPolicy seeds = new SeedPolicy(f.replicateSeeds(null), f.commonRandomNumbers);
        LinkedHashMap<String, List<String>> grid = grid(f.gridTexts());
        SampleSpec sample = sample(f);
        List<String> parameters = new ArrayList<>(grid.keySet());
        if (sample != null) parameters.addAll(sample.ranges().keySet());
        List<OutcomeSpec> outcomes = outcomes(f.outcomes, parameters);
        TrajectorySpec keep = keep(f.keep);
        if (problems.isEmpty()) runCount(grid, sample, seeds);
        if (!problems.isEmpty()) return null;
        return new SweepSpec(file, sha, name, baseFile, baseLabel, baseTree,
                ConfigLoader.sha256(ConfigLoader.toYaml(baseTree).getBytes(StandardCharsets.UTF_8)),
                baseSets, startYear, untilYear, List.copyOf(base.elements), seeds, grid, sample, outcomes, keep, List.of());
    }

    // ---- comparison files ----

    static SweepSpec readComparison(Path file, List<String> baseSets) throws ConfigException {
        SweepFileReader reader = new SweepFileReader(file);
        reader.kind = "comparison file";
        return reader.buildComparison(baseSets == null ? List.of() : List.copyOf(baseSets));
    }

    private SweepSpec buildComparison(List<String> baseSets) throws ConfigException {
        ConfigLoader.Loaded<ComparisonFile> loaded = ConfigLoader.load(file, List.of(), ComparisonFile.class, problems);
        ComparisonFile f = loaded.value();
        SweepSpec spec = f == null ? null : buildComparison(f, baseSets, loaded.fileSha256());
        if (!problems.isEmpty()) throw new ConfigException(inFileOrder(problems.list(), loaded.resolvedTree()));
        return spec;
    }

    private SweepSpec buildComparison(ComparisonFile f, List<String> baseSets, String sha) {
        String name = f.name != null ? f.name : stem(file);
        Path baseFile = base(f.base, baseSets);
        until(f.until);
        SeedPolicy seeds = new SeedPolicy(f.replicateSeeds(null), true);
        List<NamedScenario> named = new ArrayList<>();
        named.add(new NamedScenario(ComparisonFile.BASE, null, List.of(), List.of(), "the base config"));
        if (f.scenarios != null) {
            for (int i = 0; i < f.scenarios.size(); i++) {
                ComparisonFile.Entry e = f.scenarios.get(i);
                if (e == null) continue;
                NamedScenario n = namedScenario(e, "scenarios." + i, baseFile, baseSets);
                if (n != null) named.add(n);
            }
        }
        List<OutcomeSpec> outcomes = outcomes(f.outcomes, List.of(NamedScenario.COLUMN));
        if (problems.isEmpty() && (long) named.size() * seeds.replicates() > MAX_RUNS) {
            problems.add("", (long) named.size() * seeds.replicates() + " runs", "at most " + MAX_RUNS + " runs in one comparison (scenarios x seeds)");
        }
        if (!problems.isEmpty()) return null;
        return new SweepSpec(file, sha, name, baseFile, baseLabel, baseTree,
                ConfigLoader.sha256(ConfigLoader.toYaml(baseTree).getBytes(StandardCharsets.UTF_8)),
                baseSets, startYear, untilYear, List.copyOf(base.elements), seeds, new LinkedHashMap<>(), null, outcomes, null, named);
    }

    /**
     * A scenario as --set overrides of the base: the differences of its overlay (loaded with its extends: chain, which
     * must reach the base) from the base, at the deepest path where they can be set, then its {@code set:} entries.
     * The overrides are checked to give the overlay's config exactly.
     */
    private NamedScenario namedScenario(ComparisonFile.Entry e, String where, Path baseFile, List<String> baseSets) {
        if (baseTree == null || e.name == null) return null;
        List<String> overrides = new ArrayList<>();
        ObjectNode target = null;
        String targetLabel = null;
        int before = problems.list().size();
        if (e.config != null && !e.config.isBlank()) {
            Path resolved = file.toAbsolutePath().getParent().resolve(e.config).normalize();
            Path here = file.getParent() == null ? Path.of(e.config).normalize() : file.getParent().resolve(e.config).normalize();
            if (!Files.isRegularFile(resolved)) {
                problems.add(where + ".config", e.config, "a config overlay of the base, relative to the comparison file's folder (" + resolved + " is not a file)");
                return null;
            }
            try {
                List<Path> chain = ConfigLoader.extendsChain(here);
                if (chain.stream().skip(1).noneMatch(p -> sameFile(p, baseFile))) {
                    problems.add(where + ".config", e.config, "an overlay of the base: a config whose extends: chain reaches " + baseLabel
                            + " (its chain: " + chain.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(" -> ")) + ")");
                    return null;
                }
                target = ConfigLoader.load(here, baseSets, ModelConfig.class).resolvedTree();
                targetLabel = here.toString();
            } catch (ConfigException ce) {
                problems.addAll(ce.problems());
                return null;
            }
            if (!differences(baseTree, target, "", overrides)) {
                problems.add(where + ".config", e.config, "an overlay that keeps the base's top-level keys (it adds or removes one, which --set cannot express)");
                return null;
            }
        }
        List<String> sets = new ArrayList<>();
        if (e.set != null) {
            e.set.forEach((path, value) -> {
                String text = valueText(value);
                if (knownPath(where + ".set." + path, path)) sets.add(path + "=" + text);
            });
        }
        if (problems.list().size() > before) return null;
        overrides.addAll(sets);
        try {
            ObjectNode got = ConfigLoader.loadTree(baseLabel, baseTree, overrides, ModelConfig.class).resolvedTree();
            if (target != null) {
                ObjectNode want = ConfigLoader.loadTree(targetLabel, target, sets, ModelConfig.class).resolvedTree();
                if (!ConfigLoader.toYaml(got).equals(ConfigLoader.toYaml(want))) {
                    throw new IllegalStateException(where + ": the overrides " + overrides + " do not reproduce " + targetLabel);
                }
            }
        } catch (ConfigException ce) {
            for (Problem p : ce.problems()) {
                String key = e.set != null && e.set.containsKey(p.path()) ? where + ".set." + p.path() : where + (target != null ? ".config" : ".set");
                String shown = e.set != null && e.set.containsKey(p.path()) ? valueText(e.set.get(p.path())) : e.config;
                problems.add(key, shown, e.set != null && e.set.containsKey(p.path()) ? p.expected()
                        : "a scenario that keeps the config valid, but then " + p.message());
            }
            return null;
        }
        return new NamedScenario(e.name, e.config, sets, overrides, e.about);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException x) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * Adds to {@code out} the --set overrides that turn {@code from} into {@code to}: maps with the same keys and lists of
     * the same length are compared entry by entry, anything else that differs is replaced whole. False when the
     * top level itself would have to be replaced.
     */
    static boolean differences(JsonNode from, JsonNode to, String path, List<String> out) {
        if (from.equals(to)) return true;
        if (from.isObject() && to.isObject()) {
            Set<String> a = new HashSet<>(), b = new HashSet<>();
            from.fieldNames().forEachRemaining(a::add);
            to.fieldNames().forEachRemaining(b::add);
            if (a.equals(b)) {
                for (java.util.Iterator<String> it = to.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    differences(from.get(k), to.get(k), path.isEmpty() ? k : path + "." + k, out);
                }
                return true;
            }
        } else if (from.isArray() && to.isArray() && from.size() == to.size()) {
            for (int i = 0; i < to.size(); i++) differences(from.get(i), to.get(i), path.isEmpty() ? Integer.toString(i) : path + "." + i, out);
            return true;
        }
        if (path.isEmpty()) return false;
        out.add(path + "=" + flow(to));
        return true;
    }

    /** A value as YAML flow text that reads back to an equal node: JSON with numbers in plain notation. */
    static String flow(JsonNode v) {
        if (v.isObject()) {
            StringBuilder sb = new StringBuilder("{");
            v.fields().forEachRemaining(f -> {
                if (sb.length() > 1) sb.append(", ");
                sb.append(com.fasterxml.jackson.databind.node.TextNode.valueOf(f.getKey())).append(": ").append(flow(f.getValue()));
            });
            return sb.append('}').toString();
        }
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (JsonNode x : v) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(flow(x));
            }
            return sb.append(']').toString();
        }
        if (v.isIntegralNumber()) return v.bigIntegerValue().toString();
        if (v.isNumber()) {
            String s = (v.isBigDecimal() ? v.decimalValue() : BigDecimal.valueOf(v.doubleValue())).toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        if (v.isTextual()) return v.toString();   // JSON-quoted: YAML reads it as the same text
        return v.isMissingNode() ? "null" : v.asText();
    }

    /**
     * Problems in the order of the file: by where each step of their key path is in the file's tree (a field's place
     * among its siblings, a list's index), so keep.series.1 comes after keep.series.0 and before keep.years; problems
     * with no place in the file (such as the run count) last.
     */
    private static List<Problem> inFileOrder(List<Problem> list, ObjectNode tree) {
        return list.stream().sorted((a, b) -> compare(position(a.path(), tree), position(b.path(), tree))).toList();
    }

    /** The place of a key path in the tree, step by step; a path that leaves the tree stops there. */
    static List<Integer> position(String path, JsonNode tree) {
        List<Integer> place = new ArrayList<>();
        if (path == null || path.isEmpty() || tree == null) return List.of(Integer.MAX_VALUE);
        String rest = path;
        JsonNode node = tree;
        while (!rest.isEmpty() && node != null) {
            if (node.isObject()) {
                String matched = null;
                int index = 0, i = 0;
                for (java.util.Iterator<String> it = node.fieldNames(); it.hasNext(); i++) {
                    String f = it.next();   // the longest field that starts the path: grid keys hold dots
                    if ((rest.equals(f) || rest.startsWith(f + ".") || rest.startsWith(f + "[")) && (matched == null || f.length() > matched.length())) {
                        matched = f;
                        index = i;
                    }
                }
                if (matched == null) {
                    if (place.isEmpty()) place.add(Integer.MAX_VALUE);
                    break;
                }
                place.add(index);
                node = node.get(matched);
                rest = rest.substring(matched.length());
            } else if (node.isArray()) {
                Matcher m = Pattern.compile("^(\\d+)").matcher(rest);
                if (!m.find()) break;
                int index = Integer.parseInt(m.group(1));
                place.add(index);
                node = node.get(index);
                rest = rest.substring(m.end());
            } else {
                break;
            }
            if (rest.startsWith(".")) rest = rest.substring(1);
            else if (rest.startsWith("[")) rest = rest.substring(1).replaceFirst("]", "");
        }
        return place;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    // ---- base, until ----

    private Path base(String text, List<String> baseSets) {
        if (text == null || text.isBlank()) return null;   // reported by SweepFile.validate
        Path folder = file.toAbsolutePath().getParent();
        Path resolved = folder.resolve(text).normalize();
        Path relativeToHere = file.getParent() == null ? Path.of(text).normalize() : file.getParent().resolve(text).normalize();
        if (!Files.isRegularFile(resolved)) {
            problems.add("base", text, "a model config file relative to the " + kind + "'s folder (" + resolved + " is not a file)");
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

    private void until(Integer year) {
        if (year == null || base == null) return;
        if (year < base.time.startYear || year > base.time.endYear) {
            problems.add("until", year, "a year within the base config's horizon " + base.time.startYear + "-" + base.time.endYear);
        } else {
            untilYear = year;
        }
    }

    // ---- grid and sample: every path and value against the base ----

    private LinkedHashMap<String, List<String>> grid(LinkedHashMap<String, List<String>> grid) {
        grid.forEach((path, texts) -> {
            String where = "grid." + path;
            if (texts.isEmpty() || !knownPath(where, path)) return;
            for (int i = 0; i < texts.size(); i++) checkOverride(where + "[" + i + "]", texts.get(i), path, List.of(path + "=" + texts.get(i)));
        });
        return grid;
    }

    private SampleSpec sample(SweepFile f) {
        if (f.sample == null) return null;
        LinkedHashMap<String, double[]> ranges = f.sampleRanges();
        ranges.forEach((path, r) -> {
            String where = "sample.ranges." + path;
            if (knownPath(where, path)) {
                checkOverride(where, number(r[0]), path, List.of(path + "=" + number(r[0])));
                checkOverride(where, number(r[1]), path, List.of(path + "=" + number(r[1])));
            }
        });
        SweepFile.Sample s = f.sample;
        if (s.method == null || s.n == null || s.n < 1 || s.n > 1_000_000 || ranges.isEmpty()) return null;
        SampleSpec spec = new SampleSpec(s.method, s.n, s.sampleSeed == null ? 1 : s.sampleSeed, ranges);
        checkSampledValues(spec);
        return spec;
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

    private List<OutcomeSpec> outcomes(List<SweepFile.Outcome> given, List<String> parameters) {
        if (given == null) return base == null ? List.of() : DefaultOutcomes.of(startYear, untilYear, base.elements);
        List<OutcomeSpec> list = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) continue;   // reported by the loader or SweepFile.validate
            OutcomeSpec o = outcome(given.get(i), "outcomes." + i);
            if (o == null) continue;
            String where = "outcomes." + i + ".name";
            if (!NAME.matcher(o.name()).matches()) problems.add(where, o.name(), "a name of letters, digits, '_', '.' or '-' (it becomes a CSV column)");
            else if (RESERVED.contains(o.name()) || parameters.contains(o.name())) problems.add(where, o.name(), "a name that is not a column already (" + RESERVED + " and the parameters)");
            else if (!names.add(o.name())) problems.add(where, o.name(), "a name used by one outcome only");
            list.add(o);
        }
        return List.copyOf(list);
    }

    private OutcomeSpec outcome(SweepFile.Outcome o, String where) {
        int before = problems.list().size();
        Metric metric = metric(o.metric, where + ".metric", true);
        Metric denominator = metric(o.denominator, where + ".denominator", false);
        String element = o.element != null ? o.element : "REO";
        Stat stat = o.stat != null ? o.stat : Stat.MEAN;
        int[] years = years(o, where);
        if (base != null) {
            checkElement(element, metric, where);
            if (denominator != null) checkElement(element, denominator, where);
        }
        if (problems.list().size() > before || metric == null || years == null) return null;
        String name = o.name != null ? o.name
                : metric.label + (denominator == null ? "" : "_over_" + denominator.label) + "_" + element + "_" + stat.label
                  + "_" + years[0] + (years[0] == years[1] ? "" : "_" + years[1]);
        return new OutcomeSpec(name, metric, denominator, element, years[0], years[1], stat);
    }

    // ---- keep: the trajectories table ----

    private TrajectorySpec keep(SweepFile.Keep k) {
        if (k == null || k.series == null || k.series.isEmpty()) return null;   // shape reported by SweepFile.validate
        int before = problems.list().size();
        List<KeptSeries> series = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < k.series.size(); i++) {
            SweepFile.Series s = k.series.get(i);
            if (s == null) continue;
            String where = "keep.series." + i;
            Metric metric = metric(s.metric, where + ".metric", true);
            Metric denominator = metric(s.denominator, where + ".denominator", false);
            String element = s.element != null ? s.element : "REO";
            if (base != null) {
                checkElement(element, metric, where);
                if (denominator != null) checkElement(element, denominator, where);
            }
            if (metric == null) continue;
            String name = s.name != null ? s.name : metric.label + (denominator == null ? "" : "_over_" + denominator.label);
            if (!NAME.matcher(name).matches()) problems.add(where + ".name", name, "a name of letters, digits, '_', '.' or '-'");
            else if (!names.add(name + "|" + element)) problems.add(where, name + " " + element, "each series (name and element) once");
            series.add(new KeptSeries(name, metric, denominator, element));
        }
        int lo = startYear, hi = untilYear;
        if (k.years != null && k.years.size() == 2 && k.years.get(0) <= k.years.get(1)) {
            lo = k.years.get(0);
            hi = k.years.get(1);
            if (base != null && (lo < startYear || hi > untilYear)) {
                problems.add("keep.years", "[" + lo + "," + hi + "]", "years within the simulated years " + startYear + "-" + untilYear);
            }
        }
        if (problems.list().size() > before || base == null || series.isEmpty()) return null;
        TrajectorySpec.Format format = k.format != null ? k.format : TrajectorySpec.Format.PARQUET;
        int runsPerPart = k.runsPerPart != null ? k.runsPerPart : TrajectorySpec.DEFAULT_RUNS_PER_PART;
        return new TrajectorySpec(series, lo, hi, format, runsPerPart);
    }

    private Metric metric(String label, String where, boolean required) {
        List<String> labels = Arrays.stream(Metric.VALUES).map(m -> m.label).toList();
        if (label == null) {
            if (required) problems.add(where, null, "a metric of annual.csv: one of " + labels);
            return null;
        }
        for (Metric m : Metric.VALUES) if (m.label.equals(label)) return m;
        problems.add(where, "\"" + label + "\"", "a metric of annual.csv" + Suggestions.closest(label, labels)
                .map(s -> "; did you mean '" + s + "'?").orElse(": one of " + labels));
        return null;
    }

    private void checkElement(String element, Metric metric, String where) {
        if (metric == null) return;
        List<String> rows = new ArrayList<>(base.elements);
        rows.add("REO");
        if (!rows.contains(element)) {
            problems.add(where + ".element", element, "REO or a simulated element " + base.elements
                    + Suggestions.closest(element, rows).map(s -> "; did you mean '" + s + "'?").orElse(""));
        } else if (metric.rows == Metric.Rows.REO && !"REO".equals(element)) {
            problems.add(where + ".element", element, "REO (" + metric.label + " has only the REO row)");
        } else if (metric.rows == Metric.Rows.ELEMENTS && "REO".equals(element)) {
            problems.add(where + ".element", element, "an element symbol among " + base.elements + " (" + metric.label + " has no REO row)");
        }
    }

    /** The outcome's window; its shape is checked by SweepFile.validate, here only against the simulated years. */
    private int[] years(SweepFile.Outcome o, String where) {
        if (o.year != null && o.years != null) return null;
        int lo, hi;
        if (o.year != null) {
            lo = hi = o.year;
        } else if (o.years != null) {
            if (o.years.size() != 2 || o.years.get(0) > o.years.get(1)) return null;
            lo = o.years.get(0);
            hi = o.years.get(1);
        } else {
            return base == null ? null : new int[]{startYear, untilYear};
        }
        if (base != null && (lo < startYear || hi > untilYear)) {
            problems.add(where + (o.year != null ? ".year" : ".years"), o.year != null ? Integer.toString(o.year) : "[" + lo + "," + hi + "]",
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

    private static String stem(Path file) {
        String f = file.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

}
