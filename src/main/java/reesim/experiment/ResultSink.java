package reesim.experiment;

import org.apache.commons.csv.CSVRecord;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Appends each finished run to outcomes.csv (first) and runs.csv (then), one flushed write per row, so memory stays
 * flat and a kill loses at most the runs in flight. Opening an existing folder recovers it for --resume: rows cut
 * short are dropped, failed runs are dropped (they run again), and a run counts as done only when both files hold
 * it; both files are rewritten to hold each done run exactly once.
 */
public final class ResultSink implements Closeable {
    private final SweepPlan plan;
    private final AppendLog runs;
    private final AppendLog outcomes;
    private final BitSet done;
    private int ok, failed;

    private ResultSink(SweepPlan plan, AppendLog runs, AppendLog outcomes, BitSet done) {
        this.plan = plan;
        this.runs = runs;
        this.outcomes = outcomes;
        this.done = done;
    }

    /** Opens (creating or recovering) the result files in {@code dir}. */
    public static ResultSink open(Path dir, SweepPlan plan) throws IOException {
        ResultColumns columns = ResultColumns.of(plan.spec());
        Path runsFile = dir.resolve(ResultColumns.RUNS), outcomesFile = dir.resolve(ResultColumns.OUTCOMES);
        prepare(runsFile, columns.runsHeader());
        prepare(outcomesFile, columns.outcomesHeader());
        BitSet done = recover(runsFile, outcomesFile, plan.runCount());
        return new ResultSink(plan, new AppendLog(runsFile), new AppendLog(outcomesFile), done);
    }

    /** Run ids whose results the folder already holds. */
    public BitSet done() { return (BitSet) done.clone(); }

    public synchronized void accept(RunRecord r) throws IOException {
        Scenario s = plan.scenario(r.spec().scenario());
        List<Object> key = new ArrayList<>(List.of(r.spec().runId(), r.spec().scenario(), r.spec().replicate(), r.spec().seed()));
        key.addAll(s.parameters().values());
        if (r.isOk()) {
            List<Object> row = new ArrayList<>(key);
            for (double v : r.outcomes()) row.add(CsvRows.num(v));
            outcomes.append(CsvRows.line(row));
            ok++;
        } else {
            failed++;
        }
        List<Object> row = new ArrayList<>(key);
        row.add(r.status());
        row.add(String.format(java.util.Locale.ROOT, "%.3f", r.wallSeconds()));
        row.add(r.error());
        runs.append(CsvRows.line(row));
        done.set(r.spec().runId());
    }

    public synchronized int okCount() { return ok; }

    public synchronized int failedCount() { return failed; }

    @Override
    public void close() throws IOException {
        try (runs; outcomes) {
            // both closed, the first failure reported
        }
    }

    private static void prepare(Path file, List<String> header) throws IOException {
        if (Files.exists(file)) CsvRows.dropPartialLastLine(file);
        if (!Files.exists(file) || Files.size(file) == 0) {
            Files.writeString(file, CsvRows.line(header));
            return;
        }
        List<String> found = CsvRows.header(file);
        if (!found.equals(header)) {
            throw new reesim.config.BadInputException(file + " has the columns " + found + "; this sweep writes " + header
                    + ". Expected the folder of the same sweep for --resume, or a new --out folder");
        }
    }

    private static BitSet recover(Path runsFile, Path outcomesFile, int runCount) throws IOException {
        BitSet ok = new BitSet(), have = new BitSet();
        CsvRows.forEach(runsFile, r -> { if (RunRecord.OK.equals(r.get("status"))) ok.set(id(r, runCount)); });
        CsvRows.forEach(outcomesFile, r -> have.set(id(r, runCount)));
        BitSet done = (BitSet) ok.clone();
        done.and(have);
        keepOnly(runsFile, done);
        keepOnly(outcomesFile, done);
        return done;
    }

    /** Rewrites {@code file} with the first row of each run in {@code keep}, if it holds anything else. */
    private static void keepOnly(Path file, BitSet keep) throws IOException {
        BitSet seen = new BitSet();
        boolean[] extra = {false};
        CsvRows.forEach(file, r -> {
            int id = Integer.parseInt(r.get(0));
            if (!keep.get(id) || seen.get(id)) extra[0] = true;
            seen.set(id);
        });
        if (!extra[0]) return;
        List<String> header = CsvRows.header(file);
        seen.clear();
        CsvRows.writeAtomically(file, w -> {
            w.write(CsvRows.line(header));
            IOException[] failure = {null};
            CsvRows.forEach(file, r -> {
                int id = Integer.parseInt(r.get(0));
                if (!keep.get(id) || seen.get(id) || failure[0] != null) return;
                seen.set(id);
                write(w, r, failure);
            });
            if (failure[0] != null) throw failure[0];
        });
    }

    private static void write(Writer w, CSVRecord r, IOException[] failure) {
        try {
            w.write(CsvRows.line(r.toList()));
        } catch (IOException e) {
            failure[0] = e;
        }
    }

    private static int id(CSVRecord r, int runCount) {
        int id;
        try {
            id = Integer.parseInt(r.get(0));
        } catch (NumberFormatException e) {
            throw new reesim.config.BadInputException("row " + r.getRecordNumber() + " has run_id '" + r.get(0) + "'; expected a whole number");
        }
        if (id < 1 || id > runCount) {
            throw new reesim.config.BadInputException("row " + r.getRecordNumber() + " has run_id " + id + ", outside this sweep's 1-" + runCount
                    + ". Expected the folder of the same sweep for --resume");
        }
        return id;
    }
}
