package reesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVRecord;
import reesim.output.RunDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.html} of a calibration folder (written by {@code calibrate}): J of every evaluation with the
 * running best, and each free parameter's trace over the evaluations, from {@code evaluations.csv} (columns
 * {@code evaluation}, {@code J}, {@code best_J}, {@code param:NAME}, ...) and {@code calibration.json} (settings,
 * parameter bounds), if present.
 */
public final class CalibrationSearchReport {
    public static final String EVALUATIONS = "evaluations.csv";
    public static final String MANIFEST = "calibration.json";
    static final String PARAM = "param:";

    private CalibrationSearchReport() {}

    /** Whether {@code dir} looks like a calibration folder. */
    public static boolean isCalibrationFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(EVALUATIONS)) && Files.isRegularFile(dir.resolve(MANIFEST));
    }

    /** (Re)builds {@code dir/report.html}; the header shows calibration.json as it is on disk. */
    public static Path write(Path dir) throws IOException { return write(dir, null); }

    /**
     * For {@code calibrate}, which writes the report as the last file before it marks calibration.json complete:
     * the header shows status {@code complete}.
     */
    public static Path writeBeforeCompletion(Path dir) throws IOException { return write(dir, "complete"); }

    private static Path write(Path dir, String statusShown) throws IOException {
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        Map<String, Object> data = data(dir);
        if (statusShown != null) {
            @SuppressWarnings("unchecked") Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) data.get("manifest"));
            m.put("status", statusShown);
            data.put("manifest", m);
        }
        String html = HtmlTemplate.render("reesim calibration report: " + name, "calibration-body.html", "calibration-report.js", data);
        Path out = dir.resolve(RunReport.FILE_NAME);
        RunDirectory.writeAtomically(out, html);
        return out;
    }

    static Map<String, Object> data(Path dir) {
        Csv csv = Csv.read(dir.resolve(EVALUATIONS));
        String evalCol = csv.required("evaluation"), jCol = csv.required("J"), bestCol = csv.column("best_J");
        String kindCol = csv.column("kind"), statusCol = csv.column("status");
        JsonNode manifest = manifest(dir);
        List<String> paramCols = csv.header.stream().filter(h -> h.startsWith(PARAM)).toList();
        List<Integer> index = new ArrayList<>();
        List<Double> j = new ArrayList<>(), best = new ArrayList<>();
        List<String> kinds = new ArrayList<>(), status = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        paramCols.forEach(p -> values.add(new ArrayList<>()));
        double running = Double.NaN;
        for (CSVRecord r : csv.rows) {
            index.add(csv.integer(r, evalCol));
            double v = csv.number(r, jCol);
            String kind = kindCol == null ? "search" : r.get(kindCol);
            String st = statusCol == null ? "ok" : r.get(statusCol);
            double b = bestCol != null ? csv.number(r, bestCol) : Double.isNaN(v) ? running : Double.isNaN(running) ? v : Math.min(running, v);
            running = b;
            j.add(Json.number(v));
            best.add(Json.number(b));
            kinds.add(kind);
            status.add(st);
            for (int p = 0; p < paramCols.size(); p++) values.get(p).add(Json.number(csv.number(r, paramCols.get(p))));
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", "calibration");
        d.put("folder", dir.toAbsolutePath().normalize().getFileName().toString());
        d.put("generated", reesim.output.Timestamps.now());
        d.put("files", ReportFiles.list(dir));
        d.put("manifest", manifest == null ? Map.of() : new ObjectMapper().convertValue(manifest, Map.class));
        d.put("evaluations", index);
        d.put("J", j);
        d.put("best", best);
        d.put("kinds", kinds);
        d.put("status", status);
        List<Map<String, Object>> params = new ArrayList<>();
        for (int p = 0; p < paramCols.size(); p++) {
            String name = paramCols.get(p).substring(PARAM.length());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            JsonNode bounds = manifest == null ? null : manifest.path("parameter_bounds").get(name);
            m.put("lower", bounds != null && bounds.size() == 2 ? bounds.get(0).asDouble() : null);
            m.put("upper", bounds != null && bounds.size() == 2 ? bounds.get(1).asDouble() : null);
            m.put("values", values.get(p));
            params.add(m);
        }
        d.put("parameters", params);
        return d;
    }

    private static JsonNode manifest(Path dir) {
        Path f = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(f)) return null;
        try {
            return new ObjectMapper().readTree(f.toFile());
        } catch (IOException e) {
            throw new ReportInputException(f + ": cannot read (" + e.getMessage() + "); expected the calibration.json that calibrate writes");
        }
    }
}
