package reesim.report;

import reesim.output.RunDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.html} of a sweep folder: per outcome the scenarios side by side with 95 % CIs; a heatmap
 * of the mean over two grid knobs when the design has two or more; Sobol indices when {@code sobol.csv} exists; the
 * fan (median, 5-95 % band over seeds) of each series the sweep kept, per scenario, when it has a trajectories table.
 */
public final class SweepReport {
    public static final String STATS = "stats.csv";
    public static final String SOBOL = "sobol.csv";

    private SweepReport() {}

    /** Builds {@code dir/report.html} from {@code dir/stats.csv} (and {@code dir/sobol.csv} if present). */
    public static Path write(Path dir) throws IOException {
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        String html = HtmlTemplate.render("reesim sweep report: " + name, "sweep-body.html", "sweep-report.js", data(dir));
        Path out = dir.resolve(RunReport.FILE_NAME);
        RunDirectory.writeAtomically(out, html);
        return out;
    }

    static Map<String, Object> data(Path dir) {
        SweepStats stats = SweepStats.read(dir.resolve(STATS));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", "sweep");
        d.put("folder", dir.toAbsolutePath().normalize().getFileName().toString());
        d.put("generated", reesim.output.Timestamps.now());
        d.put("files", ReportFiles.list(dir));
        d.put("parameters", stats.parameters());
        d.put("varied", stats.varied());
        d.put("knobs", stats.knobs());
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (String s : stats.scenarios()) {
            Map<String, String> params = stats.rows().stream().filter(r -> r.scenario().equals(s)).findFirst().orElseThrow().parameters();
            scenarios.add(Map.of("id", s, "label", stats.label(s), "values", stats.varied().stream().map(params::get).toList()));
        }
        d.put("scenarios", scenarios);
        Map<String, String> units = recordedUnits(dir);
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (String o : stats.outcomes()) outcomes.add(outcome(stats, o, units.containsKey(o) ? units.get(o) : OutcomeUnits.guess(o)));
        d.put("outcomes", outcomes);
        d.put("fans", TrajectoryFans.of(dir, stats.scenarios(), stats));
        Path sobol = dir.resolve(SOBOL);
        d.put("sobol", Files.isRegularFile(sobol) ? sobol(SobolIndices.read(sobol)) : List.of());
        Path comparison = dir.resolve(COMPARISON);
        d.put("comparison", Files.isRegularFile(comparison) ? comparison(comparison, units) : List.of());
        return d;
    }

    /** The outcome units a sweep recorded in sweep.json ({@code outcome_units}); none for older or foreign folders. */
    static Map<String, String> recordedUnits(Path dir) {
        Map<String, String> units = new LinkedHashMap<>();
        Path file = dir.resolve("sweep.json");
        if (!Files.isRegularFile(file)) return units;
        try {
            com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).path("outcome_units");
            node.fields().forEachRemaining(e -> units.put(e.getKey(), e.getValue().asText()));
        } catch (IOException e) {
            // unreadable sweep.json: fall back to the names
        }
        return units;
    }

    private static Map<String, Object> outcome(SweepStats stats, String outcome, String unit) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", outcome);
        o.put("unit", unit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SweepStats.Row r : stats.rows(outcome)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", r.scenario());
            m.put("mean", Json.number(r.mean()));
            m.put("lo", Json.number(r.ciLow()));
            m.put("hi", Json.number(r.ciHigh()));
            m.put("sd", Json.number(r.sd()));
            m.put("n", r.n());
            m.put("parameters", r.parameters());
            rows.add(m);
        }
        o.put("rows", rows);
        SweepStats.Heatmap h = stats.heatmap(outcome);
        if (h != null) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("x", h.x());
            hm.put("y", h.y());
            hm.put("xValues", h.xValues());
            hm.put("yValues", h.yValues());
            List<List<Object>> cells = new ArrayList<>();
            for (double[] c : h.cells()) cells.add(List.of((int) c[0], (int) c[1], Json.number(c[2])));
            hm.put("cells", cells);
            hm.put("averagedOver", h.averagedOver());
            o.put("heatmap", hm);
        }
        return o;
    }

    /** The comparison table a {@code compare} folder holds (written by the experiment package's PairedComparison). */
    public static final String COMPARISON = "comparison.csv";

    /** Per outcome, the paired differences of each scenario from the base with their 95 % intervals (comparison.csv). */
    private static List<Map<String, Object>> comparison(Path file, Map<String, String> units) {
        Csv csv = Csv.read(file);
        Map<String, Map<String, Object>> byOutcome = new LinkedHashMap<>();
        for (org.apache.commons.csv.CSVRecord r : csv.rows) {
            Map<String, Object> o = byOutcome.computeIfAbsent(r.get("outcome"), k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", k);
                m.put("unit", units.containsKey(k) ? units.get(k) : OutcomeUnits.guess(k));
                m.put("rows", new ArrayList<>());
                return m;
            });
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", r.get("name"));
            m.put("base", Json.number(csv.number(r, "base_mean")));
            m.put("value", Json.number(csv.number(r, "scenario_mean")));
            m.put("diff", Json.number(csv.number(r, "diff_mean")));
            m.put("lo", Json.number(csv.number(r, "diff_ci95_lo")));
            m.put("hi", Json.number(csv.number(r, "diff_ci95_hi")));
            m.put("rel", Json.number(csv.number(r, "rel_diff")));
            m.put("n", (long) csv.number(r, "n"));
            m.put("excludesZero", Boolean.parseBoolean(r.get("excludes_zero")));
            add(o, "rows", m);
        }
        return new ArrayList<>(byOutcome.values());
    }

    private static List<Map<String, Object>> sobol(List<SobolIndices.Index> indices) {
        Map<String, Map<String, Object>> byOutcome = new LinkedHashMap<>();
        for (SobolIndices.Index i : indices) {
            Map<String, Object> o = byOutcome.computeIfAbsent(i.outcome(), k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("outcome", k);
                for (String key : List.of("parameters", "first", "total", "firstConf", "totalConf")) m.put(key, new ArrayList<>());
                return m;
            });
            add(o, "parameters", i.parameter());
            add(o, "first", Json.number(i.firstOrder()));
            add(o, "total", Json.number(i.total()));
            add(o, "firstConf", Json.number(i.firstConf()));
            add(o, "totalConf", Json.number(i.totalConf()));
        }
        return new ArrayList<>(byOutcome.values());
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> o, String key, Object value) { ((List<Object>) o.get(key)).add(value); }
}
