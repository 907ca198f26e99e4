package reesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import reesim.cli.Main;
import reesim.config.BadInputException;
import reesim.config.Problem;
import reesim.trajectory.ParquetPart;
import reesim.trajectory.TrajectoryCsv;
import reesim.trajectory.TrajectoryRow;
import reesim.trajectory.TrajectoryTable;

/** Sweeps that keep annual series of every run (the keep: block): the trajectories table, its resume and merge. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrajectorySweepTest {
    private static final String SWEEP = """
            until: 2003
            seeds: 3
            grid:
              scenario.enforcementScale: [0.5, 2]
            outcomes:
              - {name: nd_price_2003, metric: price_domestic, element: Nd, year: 2003, stat: final}
              - {name: unregistered_2002, metric: mined_unregistered, year: 2002, stat: final}
            keep:
              series:
                - {metric: price_domestic, element: Nd}
                - {metric: mined_unregistered, element: REO}
                - {name: nd_price_ratio, metric: price_world, denominator: price_domestic, element: Nd}
              years: [2001, 2003]
              runsPerPart: 2
            """;
    private static final int RUNS = 6, ROWS_PER_RUN = 3 * 3;

    @TempDir Path dir;
    private SweepPlan plan;
    private Path reference;

    @BeforeAll
    void referenceSweep(@TempDir Path shared) throws Exception {
        plan = SweepPlan.of(SweepSpec.load(SweepFiles.write(shared, "keep.yaml", SWEEP), List.of()));
        reference = shared.resolve("reference");
        assertThat(run(plan, new LocalEngine(2), reference, false, Shard.ALL).ok()).isEqualTo(RUNS);
    }

    private static SweepRunner.Summary run(SweepPlan plan, Engine engine, Path out, boolean resume, Shard shard) throws Exception {
        return new SweepRunner(new PrintStream(OutputStream.nullOutputStream()))
                .run(plan, engine, ModelRun.of(plan.spec()), new SweepRunner.Options(out, resume, shard, true));
    }

    /** Every row of a folder's trajectories as one line of text each, sorted (numbers as doubles). */
    private static List<String> rows(Path folder) throws Exception {
        List<String> rows = new ArrayList<>();
        TrajectoryTable.forEach(folder, r -> rows.add(text(r)));
        rows.sort(null);
        return rows;
    }

    private static String text(TrajectoryRow r) {
        return r.runId() + "," + r.scenario() + "," + r.replicate() + "," + r.seed() + ","
                + r.parameters().stream().map(p -> Double.toString(Double.parseDouble(p))).toList() + ","
                + r.year() + "," + r.element() + "," + r.metric() + "," + r.value();
    }

    private static SweepPlan withKeep(Path folder, String name, String replacement) throws Exception {
        return SweepPlan.of(SweepSpec.load(SweepFiles.write(folder, name, SWEEP.replace("runsPerPart: 2", replacement)), List.of()));
    }

    @Test
    void keepsEverySeriesOfEveryRunInParquetPartsThatEqualTheCsvFormat() throws Exception {
        List<Path> parts = TrajectoryTable.parts(reference.resolve(TrajectoryTable.FOLDER));
        assertThat(parts).extracting(p -> p.getFileName().toString())
                .containsExactly("part-00001.parquet", "part-00002.parquet", "part-00003.parquet");
        try (Stream<Path> files = Files.list(reference.resolve(TrajectoryTable.FOLDER))) {
            assertThat(files).as("no journal or temporary file left").hasSize(3);
        }
        List<String> parquet = rows(reference);
        assertThat(parquet).hasSize(RUNS * ROWS_PER_RUN);

        Path csv = dir.resolve("csv");
        assertThat(run(withKeep(dir, "csv.yaml", "format: csv"), new LocalEngine(1), csv, false, Shard.ALL).ok()).isEqualTo(RUNS);
        assertThat(TrajectoryCsv.header(csv.resolve(TrajectoryTable.CSV))).containsExactly("run_id", "scenario", "replicate", "seed",
                "scenario.enforcementScale", "year", "element", "metric", "value");
        assertThat(rows(csv)).as("Parquet (2 threads) and CSV (1 thread) hold the same rows").isEqualTo(parquet);

        // the kept values are the run's yearly values: the 2003 Nd price and 2002 unregistered mining equal the outcomes
        Map<String, Double> kept = new HashMap<>();
        TrajectoryTable.forEach(reference, r -> kept.put(r.runId() + "/" + r.metric() + "/" + r.year(), r.value()));
        CsvRows.forEach(reference.resolve(ResultColumns.OUTCOMES), o -> {
            assertThat(kept.get(o.get("run_id") + "/price_domestic/2003")).isEqualTo(CsvRows.parse(o.get("nd_price_2003")));
            assertThat(kept.get(o.get("run_id") + "/mined_unregistered/2002")).isEqualTo(CsvRows.parse(o.get("unregistered_2002")));
        });
        assertThat(kept.keySet()).anyMatch(k -> k.contains("nd_price_ratio"));
        assertThat(SweepManifest.read(reference).keep).contains("parquet 2001-2003").contains("price_world/price_domestic");
    }

    @Test
    void oneAndTwoThreadsKeepTheSameRows() throws Exception {
        Path one = dir.resolve("one");
        run(plan, new LocalEngine(1), one, false, Shard.ALL);
        assertThat(rows(one)).isEqualTo(rows(reference));
    }

    @Test
    void sparkCarriesTheKeptSeriesBackToTheDriver() throws Exception {
        Path spark = dir.resolve("spark");
        run(plan, new SparkEngine("local[2]"), spark, false, Shard.ALL);
        assertThat(rows(spark)).isEqualTo(rows(reference));
    }

    @Test
    void resumeAfterAKillKeepsEveryRunOnce() throws Exception {
        Path out = dir.resolve("interrupted");
        Engine crashing = new Engine() {
            @Override public void execute(List<RunSpec> runs, RunTask task, RecordSink sink) throws Exception {
                for (int i = 0; i < 3; i++) sink.accept(task.execute(runs.get(i)));
                throw new IllegalStateException("killed");
            }
            @Override public String describe() { return "crashing"; }
            @Override public int parallelism() { return 1; }
        };
        assertThatThrownBy(() -> run(plan, crashing, out, false, Shard.ALL)).hasMessage("killed");
        Path folder = out.resolve(TrajectoryTable.FOLDER);
        List<Path> parts = TrajectoryTable.parts(folder);
        assertThat(parts).hasSize(2);   // runs 1-2, then the third run written when the sink closed
        // leave what a SIGKILL can leave: a journal holding a run already in a part (killed between the part's rename
        // and the journal's truncation), a run cut short in the journal, a half-written part
        List<TrajectoryRow> first = new ArrayList<>();
        ParquetPart.forEach(parts.get(0), plan.spec().parameterNames(), first::add);
        List<TrajectoryRow> ofRun1 = first.stream().filter(r -> r.runId() == 1).toList();
        Path journal = folder.resolve(ParquetTrajectoryStore.JOURNAL);
        Files.writeString(journal, TrajectoryCsv.headerLine(TrajectoryStore.columnsOf(plan)) + TrajectoryCsv.lines(ofRun1));
        String run5 = TrajectoryCsv.lines(ofRun1).replace("1,1,1,", "5,2,2,");
        Files.writeString(journal, run5.substring(0, run5.length() / 2), StandardOpenOption.APPEND);
        Files.writeString(folder.resolve(".part-00003.parquet.tmp"), "PAR1 cut short");

        SweepRunner.Summary s = run(plan, new LocalEngine(2), out, true, Shard.ALL);

        assertThat(s.doneBefore()).isEqualTo(3);
        assertThat(s.ran()).isEqualTo(3);
        assertThat(rows(out)).isEqualTo(rows(reference));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.matches("part-\\d{5}\\.parquet"));
        }
    }

    @Test
    void aRunWhoseRowsAreMissingRunsAgainOnResume() throws Exception {
        Path out = dir.resolve("lost");
        run(plan, new LocalEngine(2), out, false, Shard.ALL);
        // a part lost (say, deleted by hand): its runs are not done any more, although runs.csv holds them
        List<Path> parts = TrajectoryTable.parts(out.resolve(TrajectoryTable.FOLDER));
        Files.delete(parts.get(1));
        SweepRunner.Summary s = run(plan, new LocalEngine(2), out, true, Shard.ALL);
        assertThat(s.ran()).isEqualTo(2);
        assertThat(rows(out)).isEqualTo(rows(reference));
        List<String> ids = new ArrayList<>();
        CsvRows.forEach(out.resolve(ResultColumns.RUNS), r -> ids.add(r.get("run_id")));
        assertThat(ids).hasSize(RUNS).doesNotHaveDuplicates();
    }

    @Test
    void csvFormatResumesWithoutDuplicates() throws Exception {
        SweepPlan csvPlan = withKeep(dir, "csv-resume.yaml", "format: csv");
        Path whole = dir.resolve("csv-whole"), out = dir.resolve("csv-cut");
        run(csvPlan, new LocalEngine(2), whole, false, Shard.ALL);
        Engine crashing = new Engine() {
            @Override public void execute(List<RunSpec> runs, RunTask task, RecordSink sink) throws Exception {
                sink.accept(task.execute(runs.get(0)));
                throw new IllegalStateException("killed");
            }
            @Override public String describe() { return "crashing"; }
            @Override public int parallelism() { return 1; }
        };
        assertThatThrownBy(() -> run(csvPlan, crashing, out, false, Shard.ALL)).hasMessage("killed");
        Path csv = out.resolve(TrajectoryTable.CSV);
        // the next run's block cut short by a kill: whole lines of it, then half a line
        List<String> lines = Files.readAllLines(csv);
        String block = String.join("\n", lines.subList(1, 4)).replace("1,1,1,", "2,1,2,") + "\n" + lines.get(4).substring(0, 10);
        Files.writeString(csv, block, StandardOpenOption.APPEND);

        run(csvPlan, new LocalEngine(2), out, true, Shard.ALL);

        assertThat(rows(out)).isEqualTo(rows(whole)).hasSize(RUNS * ROWS_PER_RUN);
    }

    @Test
    void mergedShardsHoldEveryRunsTrajectoryOnce() throws Exception {
        Path s1 = dir.resolve("s1"), s2 = dir.resolve("s2");
        run(plan, new LocalEngine(2), s1, false, Shard.parse("1/2"));
        run(plan, new LocalEngine(2), s2, false, Shard.parse("2/2"));
        ShardMerge.Result merged = ShardMerge.merge(List.of(s1, s2), dir.resolve("merged"));
        assertThat(merged.trajectoriesMissing()).isZero();
        assertThat(rows(dir.resolve("merged"))).isEqualTo(rows(reference));
        // a shard given twice: its runs are taken once
        ShardMerge.Result again = ShardMerge.merge(List.of(s1, s2, s1, reference), dir.resolve("again"));
        assertThat(again.duplicates()).isEqualTo(3 + RUNS);
        assertThat(rows(dir.resolve("again"))).isEqualTo(rows(reference));

        SweepPlan csvPlan = withKeep(dir, "csv-shards.yaml", "format: csv");
        Path c1 = dir.resolve("c1"), c2 = dir.resolve("c2");
        run(csvPlan, new LocalEngine(1), c1, false, Shard.parse("1/2"));
        run(csvPlan, new LocalEngine(1), c2, false, Shard.parse("2/2"));
        ShardMerge.merge(List.of(c1, c2, c1), dir.resolve("csv-merged"));
        assertThat(rows(dir.resolve("csv-merged"))).isEqualTo(rows(reference));
        assertThatThrownBy(() -> ShardMerge.merge(List.of(s1, c2), dir.resolve("mixed")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("keeps other trajectories");
    }

    @Test
    void resumeRefusesAFolderThatKeepsOtherSeries() throws Exception {
        SweepPlan other = withKeep(dir, "other.yaml", "runsPerPart: 2\n  format: csv");
        assertThatThrownBy(() -> run(other, new LocalEngine(1), reference, true, Shard.ALL))
                .isInstanceOf(BadInputException.class).hasMessageContaining("keep");
    }

    @Test
    void badKeepBlocksAreReportedAtOnceWithSuggestions() throws Exception {
        Path file = SweepFiles.write(dir, "bad-keep.yaml", """
                until: 2003
                keep:
                  series:
                    - {metric: price_domestc, element: Nd}
                    - {metric: mined_unregistered, element: Ndd}
                    - {metric: price_domestic, element: REO}
                    - {metric: seized, elemnt: REO}
                  years: [1990, 2003]
                  format: parqet
                  runsPerPart: 0
                """);
        List<Problem> problems;
        try {
            SweepSpec.load(file, List.of());
            throw new AssertionError("expected bad input");
        } catch (reesim.config.ConfigException e) {
            problems = e.problems();
        }
        assertThat(problems).extracting(Problem::path).containsExactly("keep.series.0.metric", "keep.series.1.element",
                "keep.series.2.element", "keep.series.3.elemnt", "keep.years", "keep.format", "keep.runsPerPart");
        assertThat(at(problems, "keep.series.0.metric").expected()).contains("did you mean 'price_domestic'?");
        assertThat(at(problems, "keep.series.0.metric").value()).contains("price_domestc");
        assertThat(at(problems, "keep.series.1.element").expected()).contains("did you mean 'Nd'?");
        assertThat(at(problems, "keep.series.2.element").expected()).contains("no REO row");
        assertThat(at(problems, "keep.series.3.elemnt").expected()).contains("did you mean 'element'?");
        assertThat(at(problems, "keep.years").expected()).contains("2000-2003");
        assertThat(at(problems, "keep.format").expected()).contains("parquet");
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute("sweep", "--config", file.toString(), "--out", dir.resolve("never").toString())).isEqualTo(2);
        } finally {
            System.setErr(old);
        }
        assertThat(dir.resolve("never")).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("keep.series.0.metric").contains("did you mean 'price_domestic'?");
    }

    @Test
    void theShippedTrajectorySweepKeepsTheNdPriceAndUnregisteredMining() throws Exception {
        SweepSpec s = SweepSpec.load(Path.of("configs/sweeps/enforcement-trajectories.yaml"), List.of());
        assertThat(s.keep().series()).extracting(KeptSeries::describe)
                .containsExactly("price_domestic = price_domestic Nd", "mined_unregistered = mined_unregistered REO");
        assertThat(s.keep().format()).isEqualTo(TrajectorySpec.Format.PARQUET);
        assertThat(s.keep().fromYear()).isEqualTo(2000);
        assertThat(s.keep().toYear()).isEqualTo(2050);
    }

    private static Problem at(List<Problem> problems, String path) {
        return problems.stream().filter(p -> path.equals(p.path())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
    }
}
