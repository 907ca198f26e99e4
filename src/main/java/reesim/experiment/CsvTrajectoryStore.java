package reesim.experiment;

import reesim.trajectory.TrajectoryCsv;
import reesim.trajectory.TrajectoryRow;
import reesim.trajectory.TrajectoryTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The trajectories as {@code trajectories.csv}: each run's rows appended in one flushed write, like outcomes.csv.
 * A run counts as held when all its rows are there (a kill can cut a run's block short).
 */
final class CsvTrajectoryStore extends TrajectoryStore {
    private final Path file;
    private AppendLog log;
    private final BitSet complete;

    private CsvTrajectoryStore(SweepPlan plan, Path file, BitSet complete) throws IOException {
        super(plan);
        this.file = file;
        this.complete = complete;
        this.log = new AppendLog(file);
    }

    static CsvTrajectoryStore open(Path dir, SweepPlan plan) throws IOException {
        Path file = dir.resolve(TrajectoryTable.CSV);
        String header = TrajectoryCsv.headerLine(columnsOf(plan));
        if (Files.exists(file)) CsvRows.dropPartialLastLine(file);
        if (!Files.exists(file) || Files.size(file) == 0) Files.writeString(file, header);
        else checkHeader(file, TrajectoryCsv.header(file), columnsOf(plan).header());
        int perRun = plan.spec().keep().rowsPerRun();
        int[] count = new int[plan.runCount() + 1];
        TrajectoryCsv.forEach(file, r -> count[checkedId(r.runId(), plan.runCount(), file)]++);
        BitSet complete = new BitSet();
        for (int id = 1; id < count.length; id++) if (count[id] >= perRun) complete.set(id);
        return new CsvTrajectoryStore(plan, file, complete);
    }

    @Override
    BitSet complete() { return (BitSet) complete.clone(); }

    @Override
    void keepOnly(BitSet done) throws IOException {
        int perRun = keep.rowsPerRun();
        int[] count = new int[plan.runCount() + 1];
        boolean[] extra = {false};
        TrajectoryCsv.forEach(file, r -> {
            if (!done.get(r.runId()) || ++count[r.runId()] > perRun) extra[0] = true;
        });
        if (!extra[0]) return;
        java.util.Arrays.fill(count, 0);
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        List<TrajectoryRow> batch = new ArrayList<>();
        try (AppendLog out = new AppendLog(truncate(temp))) {
            out.append(TrajectoryCsv.headerLine(columns));
            IOException[] failure = {null};
            TrajectoryCsv.forEach(file, r -> {
                if (!done.get(r.runId()) || ++count[r.runId()] > perRun || failure[0] != null) return;
                batch.add(r);
                if (batch.size() >= 10_000) failure[0] = flush(out, batch);
            });
            if (failure[0] == null) failure[0] = flush(out, batch);
            if (failure[0] != null) throw failure[0];
        }
        log.close();   // it appends to the file being replaced
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        log = new AppendLog(file);
        complete.and(done);
    }

    private static Path truncate(Path file) throws IOException {
        Files.deleteIfExists(file);
        return file;
    }

    private static IOException flush(AppendLog out, List<TrajectoryRow> batch) {
        try {
            out.append(TrajectoryCsv.lines(batch));
            batch.clear();
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    @Override
    void append(RunRecord r) throws IOException {
        log.append(TrajectoryCsv.lines(rows(r)));
        complete.set(r.spec().runId());
    }

    @Override
    public void close() throws IOException { log.close(); }
}
