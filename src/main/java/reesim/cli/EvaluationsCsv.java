package reesim.cli;

import org.apache.commons.csv.CSVRecord;
import reesim.calibration.Calibrator;
import reesim.calibration.Contrast;
import reesim.calibration.ParameterSet;
import reesim.calibration.Target;
import reesim.config.BadInputException;
import reesim.experiment.AppendLog;
import reesim.experiment.CsvRows;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code evaluations.csv} of a calibration folder: every evaluation as it finishes (OpenMOLE's keepAll), one row
 * per evaluation in evaluation order, written in one write straight to the operating system, so a kill loses at
 * most the evaluations in flight. Columns: evaluation, kind ({@code prior} or {@code search}), status ({@code ok} or
 * {@code failed}), J, best_J (the best J within the bounds so far, empty while there is none), {@code param:NAME}
 * per free parameter, {@code target:ID} per fit target (seed mean), {@code contrast:ID} per contrast (the judged
 * effect), seeds ({@code ;}-separated), wall_seconds (the evaluation's runs' wall times summed) and error.
 * Numbers are written in full precision: they read back to the same double. It lives with the command, not in
 * {@code calibration}, because it reuses the sweeps' {@code AppendLog} and {@code CsvRows} of {@code experiment}.
 */
public final class EvaluationsCsv implements Closeable {
    public static final String FILE = "evaluations.csv";
    private static final String PRIOR = Calibrator.PRIOR, SEARCH = Calibrator.SEARCH, OK = Calibrator.OK, FAILED = Calibrator.FAILED;

    private final AppendLog out;

    private EvaluationsCsv(AppendLog out) { this.out = out; }

    public static List<String> header(ParameterSet params, List<Target> fit, List<Contrast> contrasts) {
        List<String> h = new ArrayList<>(List.of("evaluation", "kind", "status", "J", "best_J"));
        params.all().forEach(p -> h.add("param:" + p.name()));
        fit.forEach(t -> h.add("target:" + t.id()));
        contrasts.forEach(c -> h.add("contrast:" + c.id()));
        h.addAll(List.of("seeds", "wall_seconds", "error"));
        return h;
    }

    /**
     * Reads the evaluations recorded in {@code file} (written with {@code header}) for a resume: a last line cut short
     * by a kill is dropped, and so are a failed evaluation and any after it (they run again); both are said on
     * {@code log}, and the file is left holding only the rows returned.
     */
    public static List<Calibrator.Recorded> recover(Path file, List<String> header, int params, int targets, int contrasts, PrintStream log) throws IOException {
        if (!Files.exists(file)) return List.of();
        if (CsvRows.dropPartialLastLine(file)) log.println("[calibrate] " + file + ": dropped a last row cut short (the process was stopped while writing it)");
        if (Files.size(file) == 0) return List.of();
        List<String> found = CsvRows.header(file);
        if (!found.equals(header)) {
            throw new BadInputException(file + " has the columns " + found + "; this calibration writes " + header
                    + ". Expected the folder of the same calibration for --resume, or a new --out folder");
        }
        List<Calibrator.Recorded> rows = new ArrayList<>();
        List<CSVRecord> kept = new ArrayList<>();
        int[] dropped = {0};
        CsvRows.forEach(file, r -> {
            if (dropped[0] > 0) { dropped[0]++; return; }
            Calibrator.Recorded rec = parse(file, r, params, targets, contrasts, rows.size() + 1);
            if (!rec.ok()) { dropped[0]++; return; }
            rows.add(rec);
            kept.add(r);
        });
        if (dropped[0] > 0) {
            log.println("[calibrate] " + file + ": dropped " + dropped[0] + " row(s) from the failed evaluation " + (rows.size() + 1) + " on; they run again");
            CsvRows.writeAtomically(file, w -> {
                w.write(CsvRows.line(header));
                for (CSVRecord r : kept) w.write(CsvRows.line(r.toList()));
            });
        }
        return rows;
    }

    /** Opens {@code file} for appending, writing the header if it has none. */
    public static EvaluationsCsv open(Path file, List<String> header) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) Files.writeString(file, CsvRows.line(header));
        return new EvaluationsCsv(new AppendLog(file));
    }

    /** Appends one evaluation. */
    public void append(Calibrator.Evaluation ev, String kind, String status, double bestObjective, long[] seeds, double wallSeconds,
                       String error) throws IOException {
        List<Object> row = new ArrayList<>(List.of(ev.index(), kind, status, CsvRows.num(ev.objective()), CsvRows.num(bestObjective)));
        for (double v : ev.params()) row.add(CsvRows.num(v));
        for (double v : ev.means()) row.add(CsvRows.num(v));
        for (double v : ev.effects()) row.add(CsvRows.num(v));
        row.add(String.join(";", Arrays.stream(seeds).mapToObj(Long::toString).toList()));
        row.add(String.format(Locale.ROOT, "%.3f", wallSeconds));
        row.add(error == null ? "" : error);
        out.append(CsvRows.line(row));
    }

    private static Calibrator.Recorded parse(Path file, CSVRecord r, int params, int targets, int contrasts, int expectedIndex) {
        int index = (int) number(file, r, 0, "a whole number");
        if (index != expectedIndex) throw bad(file, r, 0, "evaluation " + expectedIndex + " (rows in evaluation order, from 1)");
        String kind = r.get(1);
        if (!(expectedIndex == 1 ? PRIOR : SEARCH).equals(kind)) throw bad(file, r, 1, expectedIndex == 1 ? PRIOR : SEARCH);
        String status = r.get(2);
        if (!OK.equals(status) && !FAILED.equals(status)) throw bad(file, r, 2, OK + " or " + FAILED);
        int col = 5;
        double[] p = new double[params], m = new double[targets], e = new double[contrasts];
        for (int i = 0; i < params; i++) p[i] = number(file, r, col++, "a number");
        for (int i = 0; i < targets; i++) m[i] = number(file, r, col++, "a number");
        for (int i = 0; i < contrasts; i++) e[i] = number(file, r, col++, "a number");
        double wall = number(file, r, col + 1, "a number of seconds");
        return new Calibrator.Recorded(index, kind, status, number(file, r, 3, "a number"), number(file, r, 4, "a number"), p, m, e, wall);
    }

    private static double number(Path file, CSVRecord r, int col, String expected) {
        try {
            return CsvRows.parse(r.get(col));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw bad(file, r, col, expected);
        }
    }

    private static BadInputException bad(Path file, CSVRecord r, int col, String expected) {
        String value = col < r.size() ? r.get(col) : "(missing)";
        return new BadInputException(file + " row " + r.getRecordNumber() + " column " + (col + 1) + ": '" + value + "'; expected " + expected);
    }

    @Override
    public void close() throws IOException { out.close(); }
}
