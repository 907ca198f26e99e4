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
 * Appends each finished run to the trajectories (if the sweep keeps any, {@link TrajectoryStore}), outcomes.csv and
 * runs.csv, in that order, one flushed write per row, so memory stays flat and a kill loses at most the runs in
 * flight. Opening an existing folder recovers it for --resume: rows cut short are dropped, failed runs are dropped
 * (they run again), and a run counts as done only when every file holds it; the files are rewritten to hold each
 * done run exactly once.
 */
public final class ResultSink implements Closeable {
    private final SweepPlan plan;
    private final AppendLog runs;
    private final AppendLog outcomes;
    private final TrajectoryStore trajectories;
    private final BitSet done;
    private int ok, failed;

    private ResultSink(SweepPlan plan, AppendLog runs, AppendLog outcomes, TrajectoryStore trajectories, BitSet done) {
        this.plan = plan;
        this.runs = runs;
        this.outcomes = outcomes;
        this.trajectories = trajectories;
        this.done = done;
    }

    /** Opens (creating or recovering) the result files in {@code dir}. */
    public static ResultSink open(Path dir, SweepPlan plan) throws IOException {
        ResultColumns columns = ResultColumns.of(plan.spec());
        Path runsFile = dir.resolve(ResultColumns.RUNS), outcomesFile = dir.resolve(ResultColumns.OUTCOMES);
        prepare(runsFile, columns.runsHeader());
        prepare(outcomesFile, columns.outcomesHeader());
        TrajectoryStore trajectories = TrajectoryStore.open(dir, plan);
        try {
            BitSet done = recover(runsFile, outcomesFile, plan.runCount(), trajectories);
            return new ResultSink(plan, new AppendLog(runsFile), new AppendLog(outcomesFile), trajectories, done);
        } catch (IOException | RuntimeException e) {
            if (trajectories != null) trajectories.close();
            throw e;
        }
    }

    /** Run ids whose results the folder already holds. */
    public BitSet done() { return (BitSet) done.clone(); }

    public synchronized void accept(RunRecord r) throws IOException {
        Scenario s = plan.scenario(r.spec().scenario());
        List<Object> key = new ArrayList<>(List.of(r.spec().runId(), r.spec().scenario(), r.spec().replicate(), r.spec().seed()));
        key.addAll(s.parameters().values());
        if (r.isOk()) {
            if (trajectories != null) trajectories.append(r);
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
        if (trajectories != null && r.isOk()) trajectories.recorded();
    }

    public synchronized int okCount() { return ok; }

    public synchronized int failedCount() { return failed; }

    @Override
    public void close() throws IOException {
        try (runs; outcomes; TrajectoryStore t = trajectories) {
            // all closed (the trajectories' last part written), the first failure reported
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

    private static BitSet recover(Path runsFile, Path outcomesFile, int runCount, TrajectoryStore trajectories) throws IOException {
        BitSet ok = new BitSet(), have = new BitSet();
        CsvRows.forEach(runsFile, r -> { if (RunRecord.OK.equals(r.get("status"))) ok.set(id(r, runCount)); });
        CsvRows.forEach(outcomesFile, r -> have.set(id(r, runCount)));
        BitSet done = (BitSet) ok.clone();
        done.and(have);
        if (trajectories != null) done.and(trajectories.complete());
        keepOnly(runsFile, done);
        keepOnly(outcomesFile, done);
        if (trajectories != null) trajectories.keepOnly(done);
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
