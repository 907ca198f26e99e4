package reesim.experiment;

import reesim.config.BadInputException;
import reesim.trajectory.TrajectoryColumns;
import reesim.trajectory.TrajectoryRow;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Where a sweep keeps the trajectories of its runs (the {@code keep:} block): as Parquet part files or as one CSV
 * file. {@link ResultSink} hands it each successful run before writing the run to outcomes.csv and runs.csv, so a
 * run in runs.csv always has its rows on disk; on opening an existing folder the store says which runs it holds in
 * full ({@link #complete}), and drops every other run's rows when told which runs are done ({@link #keepOnly}).
 */
abstract class TrajectoryStore implements Closeable {
    protected final SweepPlan plan;
    protected final TrajectorySpec keep;
    protected final TrajectoryColumns columns;

    protected TrajectoryStore(SweepPlan plan) {
        this.plan = plan;
        this.keep = plan.spec().keep();
        this.columns = columnsOf(plan);
    }

    /** Opens (creating or recovering) the store of {@code dir}; null if the sweep keeps no trajectories. */
    static TrajectoryStore open(Path dir, SweepPlan plan) throws IOException {
        TrajectorySpec keep = plan.spec().keep();
        if (keep == null) return null;
        return keep.format() == TrajectorySpec.Format.CSV ? CsvTrajectoryStore.open(dir, plan) : ParquetTrajectoryStore.open(dir, plan);
    }

    static TrajectoryColumns columnsOf(SweepPlan plan) {
        List<List<String>> values = new ArrayList<>();
        for (Scenario s : plan.scenarios()) values.add(new ArrayList<>(s.parameters().values()));
        return TrajectoryColumns.of(plan.spec().parameterNames(), values);
    }

    /** Runs whose rows the store holds in full. */
    abstract BitSet complete();

    /** Drops the rows of every run not in {@code done}, and of a run's second copy. */
    abstract void keepOnly(BitSet done) throws IOException;

    /** Records a successful run's rows; returns once they are on disk. */
    abstract void append(RunRecord r) throws IOException;

    /** Called after the run is in runs.csv too; the Parquet store may then write a part file. */
    void recorded() throws IOException {}

    /** The table rows of a successful run: one per kept series and year, in series then year order. */
    List<TrajectoryRow> rows(RunRecord r) {
        double[] v = r.kept();
        if (v == null || v.length != keep.rowsPerRun()) {
            throw new IllegalStateException("run " + r.spec().runId() + " kept " + (v == null ? "no" : v.length) + " values; the sweep keeps "
                    + keep.rowsPerRun() + " per run");
        }
        RunSpec s = r.spec();
        List<String> parameters = new ArrayList<>(plan.scenario(s.scenario()).parameters().values());
        List<TrajectoryRow> rows = new ArrayList<>(v.length);
        int i = 0;
        for (KeptSeries k : keep.series()) {
            for (int y = keep.fromYear(); y <= keep.toYear(); y++) {
                rows.add(new TrajectoryRow(s.runId(), s.scenario(), s.replicate(), s.seed(), parameters, y, k.element(), k.name(), v[i++]));
            }
        }
        return rows;
    }

    static void checkHeader(Path file, List<String> found, List<String> expected) {
        if (!found.equals(expected)) {
            throw new BadInputException(file + " has the columns " + found + "; this sweep writes " + expected
                    + ". Expected the folder of the same sweep for --resume, or a new --out folder");
        }
    }

    static int checkedId(int id, int runCount, Path file) {
        if (id < 1 || id > runCount) {
            throw new BadInputException(file + " has run_id " + id + ", outside this sweep's 1-" + runCount + ". Expected the folder of the same sweep for --resume");
        }
        return id;
    }
}
