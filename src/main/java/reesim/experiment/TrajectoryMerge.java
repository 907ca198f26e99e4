package reesim.experiment;

import reesim.trajectory.ParquetPart;
import reesim.trajectory.TrajectoryColumns;
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
 * The trajectories part of {@link ShardMerge}: each run's rows are taken from the folder its outcomes were taken
 * from ({@code from[id]}, 1-based input index), once. A Parquet part whose runs all come from its folder is copied
 * as it is; any other part, and the journal of a shard that was killed and not resumed, are filtered into new parts.
 */
final class TrajectoryMerge {
    private final List<Path> inputs;
    private final int[] from;
    private final int rowsPerRun;
    private final TrajectoryColumns columns;
    private final BitSet written = new BitSet();

    private TrajectoryMerge(List<Path> inputs, int[] from, int rowsPerRun, TrajectoryColumns columns) {
        this.inputs = inputs;
        this.from = from;
        this.rowsPerRun = rowsPerRun;
        this.columns = columns;
    }

    /** Writes the merged trajectories into {@code out}; returns the runs taken whose rows none of their folders had. */
    static int merge(List<Path> inputs, int[] from, SweepManifest manifest, List<Scenario> scenarios, Path out) throws IOException {
        List<List<String>> values = new ArrayList<>();
        for (Scenario s : scenarios) values.add(new ArrayList<>(s.parameters().values()));
        List<String> parameters = scenarios.isEmpty() ? List.of() : new ArrayList<>(scenarios.get(0).parameters().keySet());
        TrajectoryMerge m = new TrajectoryMerge(inputs, from, manifest.keepRowsPerRun, TrajectoryColumns.of(parameters, values));
        if (TrajectorySpec.Format.CSV.label.equals(manifest.keepFormat)) m.csv(out.resolve(TrajectoryTable.CSV));
        else m.parquet(out.resolve(TrajectoryTable.FOLDER));
        int missing = 0;
        for (int id = 1; id < from.length; id++) if (from[id] > 0 && !m.written.get(id)) missing++;
        return missing;
    }

    private boolean mine(int id, int source) { return id > 0 && id < from.length && from[id] == source && !written.get(id); }

    private void csv(Path file) throws IOException {
        List<String> header = null;
        for (Path in : inputs) if (header == null && Files.isRegularFile(in.resolve(TrajectoryTable.CSV))) header = TrajectoryCsv.header(in.resolve(TrajectoryTable.CSV));
        if (header == null) return;
        List<String> h = header;
        try (AppendLog w = new AppendLog(file)) {
            w.append(CsvRows.line(h));
            for (int i = 0; i < inputs.size(); i++) {
                Path f = inputs.get(i).resolve(TrajectoryTable.CSV);
                if (!Files.isRegularFile(f)) continue;
                CsvRows.dropPartialLastLine(f);
                copyComplete(f, i + 1, rows -> w.append(TrajectoryCsv.lines(rows)));
            }
        }
    }

    private void parquet(Path folder) throws IOException {
        Files.createDirectories(folder);
        int next = 1;
        for (int i = 0; i < inputs.size(); i++) {
            int source = i + 1;
            Path in = inputs.get(i).resolve(TrajectoryTable.FOLDER);
            for (Path part : TrajectoryTable.parts(in)) {
                BitSet ids = new BitSet();
                boolean[] whole = {true};
                ParquetPart.forEachRunId(part, id -> {
                    ids.set(id);
                    whole[0] &= mine(id, source);
                });
                Path target = folder.resolve(TrajectoryTable.partName(next));
                if (whole[0]) {
                    Files.copy(part, target);
                    next++;
                } else {
                    List<TrajectoryRow> rows = new ArrayList<>();
                    ParquetPart.forEach(part, columns.parameters(), r -> { if (mine(r.runId(), source)) rows.add(r); });
                    if (!rows.isEmpty()) {
                        ParquetPart.write(target, columns, rows);
                        next++;
                    }
                    ids.clear();
                    for (TrajectoryRow r : rows) ids.set(r.runId());
                }
                written.or(ids);
            }
            Path journal = in.resolve(ParquetTrajectoryStore.JOURNAL);
            if (Files.isRegularFile(journal)) {
                CsvRows.dropPartialLastLine(journal);
                List<TrajectoryRow> rows = new ArrayList<>();
                copyComplete(journal, source, rows::addAll);
                if (!rows.isEmpty()) {
                    ParquetPart.write(folder.resolve(TrajectoryTable.partName(next++)), columns, rows);
                }
            }
        }
    }

    /** Hands on the rows of each run of {@code source} that {@code file} holds in full, a run at a time. */
    private void copyComplete(Path file, int source, RowsAction action) throws IOException {
        int[] count = new int[from.length];
        TrajectoryCsv.forEach(file, r -> { if (mine(r.runId(), source)) count[r.runId()]++; });
        List<TrajectoryRow> run = new ArrayList<>();
        IOException[] failure = {null};
        int[] taken = new int[from.length];
        TrajectoryCsv.forEach(file, r -> {
            int id = r.runId();
            if (failure[0] != null || !mine(id, source) || count[id] < rowsPerRun || ++taken[id] > rowsPerRun) return;
            run.add(r);
            if (taken[id] == rowsPerRun) {
                try {
                    action.accept(new ArrayList<>(run));
                } catch (IOException e) {
                    failure[0] = e;
                }
                run.clear();
                written.set(id);
            }
        });
        if (failure[0] != null) throw failure[0];
    }

    @FunctionalInterface
    private interface RowsAction {
        void accept(List<TrajectoryRow> rows) throws IOException;
    }
}
