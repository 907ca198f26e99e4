package reesim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the run report page draws, read from a results folder's CSVs and manifest and shaped for the page
 * script: manifest, file links, chart specs, series per chart and element, calibration targets and the market's record
 * ({@link MarketRecordPoints}, kind {@code record}), Sankey.
 */
public final class ReportData {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    final Path dir;
    final Map<String, Object> manifest;
    final AnnualSeries annual;
    final SankeyBuilder.Sankey sankey;
    final List<CalibrationTargets.Target> targets;

    private ReportData(Path dir, Map<String, Object> manifest, AnnualSeries annual, SankeyBuilder.Sankey sankey,
                       List<CalibrationTargets.Target> targets) {
        this.dir = dir;
        this.manifest = manifest;
        this.annual = annual;
        this.sankey = sankey;
        this.targets = targets;
    }

    /** Reads annual.csv, flows.csv and manifest.json (optional) of a results folder. */
    public static ReportData read(Path dir) {
        AnnualSeries annual = AnnualSeries.read(dir.resolve("annual.csv"));
        SankeyBuilder.Sankey sankey = SankeyBuilder.build(FlowRecord.read(dir.resolve("flows.csv")));
        List<CalibrationTargets.Target> targets = new ArrayList<>(CalibrationTargets.load());
        targets.addAll(MarketRecordPoints.load(annual.elements(), annual.firstYear(), annual.lastYear()));
        targets = targets.stream()
                .filter(t -> annual.elements().contains(t.element()))
                .filter(t -> t.year() >= annual.firstYear() && t.year() <= annual.lastYear())
                .toList();
        return new ReportData(dir, readManifest(dir.resolve("manifest.json")), annual, sankey, targets);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readManifest(Path file) {
        if (!Files.isRegularFile(file)) return new LinkedHashMap<>();
        try {
            return new LinkedHashMap<>(JSON.readValue(file.toFile(), Map.class));
        } catch (IOException e) {
            throw new ReportInputException(file + ": not a readable manifest (" + e.getMessage() + ")");
        }
    }

    /** The page's data. {@code statusShown} replaces the manifest's status when not null. */
    Map<String, Object> toPage(String statusShown) {
        Map<String, Object> d = new LinkedHashMap<>();
        Map<String, Object> m = new LinkedHashMap<>(manifest);
        if (statusShown != null) m.put("status", statusShown);
        d.put("kind", "run");
        d.put("manifest", m);
        d.put("files", ReportFiles.list(dir));
        d.put("generated", reesim.output.Timestamps.now());
        d.put("years", List.of(annual.firstYear(), annual.lastYear()));
        d.put("elements", annual.elements());
        d.put("charts", charts());
        d.put("targets", targets);
        d.put("sankey", sankey());
        return d;
    }

    private List<Map<String, Object>> charts() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ChartSpec spec : ChartSpec.RUN) {
            Map<String, Object> byElement = new LinkedHashMap<>();
            for (String element : annual.elements()) {
                Map<String, double[]> lines = spec.shape(annual, element);
                if (lines.isEmpty()) continue;
                Map<String, Object> json = new LinkedHashMap<>();
                lines.forEach((k, v) -> json.put(k, Json.numbers(v)));
                byElement.put(element, json);
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", spec.id());
            c.put("title", spec.title());
            c.put("axes", spec.axes());
            c.put("note", spec.note());
            c.put("series", spec.series());
            c.put("data", byElement);
            out.add(c);
        }
        return out;
    }

    private Map<String, Object> sankey() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("nodes", sankey.nodes());
        s.put("elements", sankey.elements());
        s.put("years", sankey.years());
        Map<String, Map<Integer, List<List<Object>>>> links = new LinkedHashMap<>();
        sankey.links().forEach((element, byYear) -> byYear.forEach((year, list) -> {
            List<List<Object>> rows = new ArrayList<>(list.size());
            for (SankeyBuilder.Link l : list) rows.add(List.of(l.source(), l.target(), l.registered() ? 1 : 0, Json.number(l.tonnes())));
            links.computeIfAbsent(element, k -> new LinkedHashMap<>()).put(year, rows);
        }));
        s.put("links", links);
        return s;
    }
}
