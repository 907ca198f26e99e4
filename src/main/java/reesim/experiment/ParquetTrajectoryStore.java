package reesim.experiment;

import reesim.trajectory.ParquetPart;
import reesim.trajectory.TrajectoryCsv;
import reesim.trajectory.TrajectoryRow;
import reesim.trajectory.TrajectoryTable;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The trajectories as Parquet part files in {@code trajectories/}. A Parquet file cannot be appended to, so runs are
 * gathered into parts of {@code runsPerPart} runs; until its part is written, a run's rows are also appended to a
 * journal, {@code trajectories/.pending.csv} (one flushed write per run, before the run goes into runs.csv), so a
 * kill loses no finished run. A part is written to a hidden temporary name and renamed once closed; then the
 * journal is emptied. On opening, temporary files are removed, a run is held if a part or the journal has all its
 * rows, and {@link #keepOnly} writes the journal's done runs into a part of their own, so a resumed sweep starts
 * with an empty journal. Readers (pyarrow, polars, R arrow) skip the hidden files.
 */
final class ParquetTrajectoryStore extends TrajectoryStore {
    static final String JOURNAL = ".pending.csv";
    private final Path folder;
    private final Path journal;
    private final BitSet inParts;
    private final BitSet inJournal;
    private final List<TrajectoryRow> buffer = new ArrayList<>();
    private int bufferedRuns;
    private int nextPart;
    private AppendLog log;

    private ParquetTrajectoryStore(SweepPlan plan, Path folder, BitSet inParts, BitSet inJournal, int nextPart) throws IOException {
        super(plan);
        this.folder = folder;
        this.journal = folder.resolve(JOURNAL);
        this.inParts = inParts;
        this.inJournal = inJournal;
        this.nextPart = nextPart;
        this.log = new AppendLog(journal);
    }

    static ParquetTrajectoryStore open(Path dir, SweepPlan plan) throws IOException {
        Path folder = dir.resolve(TrajectoryTable.FOLDER);
        Files.createDirectories(folder);
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) Files.delete(p);
        }
        List<String> header = columnsOf(plan).header();
        BitSet inParts = new BitSet();
        int next = 1;
        for (Path part : TrajectoryTable.parts(folder)) {
            List<String> found = reesim.trajectory.TrajectoryColumns.header(ParquetPart.parameters(part));
            checkHeader(part, found, header);
            ParquetPart.forEachRunId(part, id -> inParts.set(checkedId(id, plan.runCount(), part)));
            next = Math.max(next, TrajectoryTable.partNumber(part) + 1);
        }
        Path journal = folder.resolve(JOURNAL);
        BitSet inJournal = new BitSet();
        if (Files.exists(journal)) {
            CsvRows.dropPartialLastLine(journal);
            if (Files.size(journal) > 0) {
                checkHeader(journal, TrajectoryCsv.header(journal), header);
                int[] count = new int[plan.runCount() + 1];
                TrajectoryCsv.forEach(journal, r -> count[checkedId(r.runId(), plan.runCount(), journal)]++);
                for (int id = 1; id < count.length; id++) if (count[id] >= plan.spec().keep().rowsPerRun()) inJournal.set(id);
            }
        }
        if (!Files.exists(journal) || Files.size(journal) == 0) Files.writeString(journal, TrajectoryCsv.headerLine(columnsOf(plan)));
        return new ParquetTrajectoryStore(plan, folder, inParts, inJournal, next);
    }

    @Override
    BitSet complete() {
        BitSet all = (BitSet) inParts.clone();
        all.or(inJournal);
        return all;
    }

    @Override
    void keepOnly(BitSet done) throws IOException {
        for (Path part : TrajectoryTable.parts(folder)) {
            boolean[] extra = {false};
            ParquetPart.forEachRunId(part, id -> extra[0] |= !done.get(id));
            if (extra[0]) rewrite(part, done);
        }
        inParts.and(done);
        BitSet fromJournal = (BitSet) inJournal.clone();
        fromJournal.and(done);
        fromJournal.andNot(inParts);
        List<TrajectoryRow> rows = new ArrayList<>();
        int[] count = new int[plan.runCount() + 1];
        TrajectoryCsv.forEach(journal, r -> {
            if (fromJournal.get(r.runId()) && ++count[r.runId()] <= keep.rowsPerRun()) rows.add(r);
        });
        if (!rows.isEmpty()) {
            ParquetPart.write(folder.resolve(TrajectoryTable.partName(nextPart++)), columns, rows);
            inParts.or(fromJournal);
        }
        emptyJournal();
        inJournal.clear();
    }

    /** Rewrites a part without the rows of runs not in {@code done} (deleting it if none is left). */
    private void rewrite(Path part, BitSet done) throws IOException {
        List<TrajectoryRow> rows = new ArrayList<>();
        ParquetPart.forEach(part, columns.parameters(), r -> { if (done.get(r.runId())) rows.add(r); });
        if (rows.isEmpty()) Files.delete(part);
        else ParquetPart.write(part, columns, rows);
    }

    @Override
    void append(RunRecord r) throws IOException {
        List<TrajectoryRow> rows = rows(r);
        log.append(TrajectoryCsv.lines(rows));
        buffer.addAll(rows);
        bufferedRuns++;
        inJournal.set(r.spec().runId());
    }

    @Override
    void recorded() throws IOException {
        if (bufferedRuns >= keep.runsPerPart()) writePart();
    }

    private void writePart() throws IOException {
        if (buffer.isEmpty()) return;
        ParquetPart.write(folder.resolve(TrajectoryTable.partName(nextPart++)), columns, buffer);
        for (TrajectoryRow r : buffer) inParts.set(r.runId());
        buffer.clear();
        bufferedRuns = 0;
        emptyJournal();
        inJournal.clear();
    }

    /** Keeps only the journal's header: every run in it is in a part now. */
    private void emptyJournal() throws IOException {
        String header = TrajectoryCsv.headerLine(columns);
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            ch.truncate(header.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }

    @Override
    public void close() throws IOException {
        try (AppendLog l = log) {
            writePart();
        }
        Files.deleteIfExists(journal);
    }
}
