package reesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import reesim.config.BadInputException;
import reesim.cli.Main;
import reesim.output.Simulation;
import reesim.output.Metric;

/** Sweeps that run the model: short (to 2003), few scenarios and seeds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SweepRunTest {
    private static final String SWEEP = """
            until: 2003
            seeds: 2
            grid:
              scenario.enforcementScale: [0.5, 2]
              scenario.exportTariffAdd: [0, 0.3]
            outcomes:
              - {name: unregistered, metric: mined_unregistered, years: [2001, 2003], stat: mean}
              - {name: smuggled_total, metric: exports_smuggled, stat: sum}
              - {name: nd_price_final, metric: price_domestic, element: Nd, year: 2003, stat: final}
              - {name: nd_price_peak_year, metric: price_domestic, element: Nd, stat: argmax}
              - {name: nd_ratio, metric: price_world, denominator: price_domestic, element: Nd, stat: mean}
              - {name: seized_max, metric: seized, stat: max}
              - {name: illegal_min, metric: illegal_mines_active, stat: min}
            """;

    @TempDir Path dir;
    private Path sweepFile;
    private SweepPlan plan;
    private Path reference;

    @BeforeAll
    void referenceSweep(@TempDir Path shared) throws Exception {
        sweepFile = SweepFiles.write(shared, "grid.yaml", SWEEP);
        plan = SweepPlan.of(SweepSpec.load(sweepFile, List.of()));
        reference = shared.resolve("reference");
        SweepRunner.Summary s = run(new LocalEngine(2), ModelRun.of(plan.spec()), reference, false, Shard.ALL);
        assertThat(s.ok()).isEqualTo(8);
        assertThat(s.failed()).isZero();
    }

    private SweepRunner.Summary run(Engine engine, RunTask task, Path out, boolean resume, Shard shard) throws Exception {
        return new SweepRunner(new PrintStream(OutputStream.nullOutputStream()))
                .run(plan, engine, task, new SweepRunner.Options(out, resume, shard, false));
    }

    /** outcomes.csv rows by run id, as text. */
    private static Map<Integer, List<String>> outcomes(Path folder) throws IOException {
        Map<Integer, List<String>> rows = new HashMap<>();
        CsvRows.forEach(folder.resolve(ResultColumns.OUTCOMES), r -> assertThat(rows.put(Integer.parseInt(r.get(0)), r.toList())).isNull());
        return rows;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        List<CSVRecord> list = new ArrayList<>();
        CsvRows.forEach(file, list::add);
        return list;
    }

    @Test
    void writesEveryRunOnceWithStatsPerScenarioAndOutcome() throws Exception {
        List<CSVRecord> runs = records(reference.resolve(ResultColumns.RUNS));
        assertThat(runs).extracting(r -> Integer.parseInt(r.get("run_id"))).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(runs).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("ok"));
        assertThat(CsvRows.header(reference.resolve(ResultColumns.STATS))).containsExactly("scenario", "scenario.enforcementScale",
                "scenario.exportTariffAdd", "metric", "mean", "sd", "ci95_lo", "ci95_hi", "n");
        List<CSVRecord> stats = records(reference.resolve(ResultColumns.STATS));
        assertThat(stats).hasSize(4 * 7);
        assertThat(stats).allSatisfy(r -> assertThat(r.get("n")).isEqualTo("2"));
        CSVRecord first = stats.get(0);
        double mean = Double.parseDouble(first.get("mean"));
        List<Double> values = outcomes(reference).entrySet().stream().filter(e -> e.getKey() <= 2)
                .map(e -> Double.parseDouble(e.getValue().get(6))).toList();
        assertThat(mean).isCloseTo((values.get(0) + values.get(1)) / 2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Double.parseDouble(first.get("ci95_lo"))).isLessThanOrEqualTo(mean);
        assertThat(SweepManifest.read(reference).status).isEqualTo(SweepManifest.COMPLETE);
    }

    @Test
    void outcomesEqualValuesRecomputedFromRunAnnualCsv() throws Exception {
        RunSpec spec = plan.run(6);
        Path runDir = dir.resolve("run");
        List<String> args = new ArrayList<>(List.of("run", "--config", SweepFiles.BASELINE.toString(), "--seed", Long.toString(spec.seed()),
                "--until", "2003", "--out", runDir.toString(), "--quiet"));
        for (String set : spec.overrides()) args.addAll(List.of("--set", set));
        assertThat(Main.execute(args.toArray(String[]::new))).isZero();

        Map<String, Double> annual = new HashMap<>();
        CsvRows.forEach(runDir.resolve("annual.csv"), r -> annual.put(r.get("year") + "/" + r.get("element") + "/" + r.get("metric"), CsvRows.parse(r.get("value"))));
        List<String> elements = plan.spec().elements();
        List<String> row = outcomes(reference).get(6);
        int first = ResultColumns.KEY.size() + plan.spec().parameterNames().size();
        assertThat(row.get(3)).isEqualTo(Long.toString(spec.seed()));
        for (int i = 0; i < plan.spec().outcomes().size(); i++) {
            OutcomeSpec o = plan.spec().outcomes().get(i);
            double expected = o.compute((Metric m, int year, int e) -> annual.getOrDefault(
                    year + "/" + (e == elements.size() ? "REO" : elements.get(e)) + "/" + m.label, Double.NaN), elements);
            double actual = CsvRows.parse(row.get(first + i));
            assertThat(actual).as(o.name()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5 * Math.max(1, Math.abs(expected))));
        }
    }

    @Test
    void resumeAfterAnInterruptionFinishesEveryRunExactlyOnce() throws Exception {
        Path out = dir.resolve("interrupted");
        Engine crashing = new Engine() {
            @Override public void execute(List<RunSpec> runs, RunTask task, RecordSink sink) throws Exception {
                sink.accept(task.execute(runs.get(0)));
                sink.accept(task.execute(runs.get(1)));
                throw new IllegalStateException("killed");
            }
            @Override public String describe() { return "crashing"; }
            @Override public int parallelism() { return 1; }
        };
        assertThatThrownBy(() -> run(crashing, ModelRun.of(plan.spec()), out, false, Shard.ALL)).hasMessage("killed");
        // a kill in the middle of a write leaves a row without its newline
        Files.writeString(out.resolve(ResultColumns.OUTCOMES), "5,3,1,99,2,0,12.5", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(out.resolve(ResultColumns.RUNS), "5,3,1,99,2", java.nio.file.StandardOpenOption.APPEND);
        assertThat(SweepManifest.read(out).status).isEqualTo(SweepManifest.RUNNING);

        SweepRunner.Summary s = run(new LocalEngine(2), ModelRun.of(plan.spec()), out, true, Shard.ALL);

        assertThat(s.doneBefore()).isEqualTo(2);
        assertThat(s.ran()).isEqualTo(6);
        assertThat(records(out.resolve(ResultColumns.RUNS))).extracting(r -> Integer.parseInt(r.get(0)))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(outcomes(out)).isEqualTo(outcomes(reference));
        assertThat(Files.readString(out.resolve(ResultColumns.STATS))).isEqualTo(Files.readString(reference.resolve(ResultColumns.STATS)));
        assertThat(SweepManifest.read(out).status).isEqualTo(SweepManifest.COMPLETE);
    }

    @Test
    void resumeRefusesAFolderOfAnotherSweepAndNewRunsRefuseAUsedFolder() throws Exception {
        Path other = SweepFiles.write(dir, "other.yaml", SWEEP.replace("seeds: 2", "seeds: 3"));
        SweepPlan otherPlan = SweepPlan.of(SweepSpec.load(other, List.of()));
        SweepRunner runner = new SweepRunner(new PrintStream(OutputStream.nullOutputStream()));
        assertThatThrownBy(() -> runner.run(otherPlan, new LocalEngine(1), ModelRun.of(otherPlan.spec()),
                new SweepRunner.Options(reference, true, Shard.ALL, true)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("another sweep");
        assertThatThrownBy(() -> run(new LocalEngine(1), ModelRun.of(plan.spec()), reference, false, Shard.ALL))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--resume");
    }

    @Test
    void mergedShardsEqualTheUnshardedSweep() throws Exception {
        Path s1 = dir.resolve("s1"), s2 = dir.resolve("s2"), merged = dir.resolve("merged");
        assertThat(run(new LocalEngine(2), ModelRun.of(plan.spec()), s1, false, Shard.parse("1/2")).ran()).isEqualTo(4);
        assertThat(run(new LocalEngine(2), ModelRun.of(plan.spec()), s2, false, Shard.parse("2/2")).ran()).isEqualTo(4);
        assertThat(outcomes(s1).keySet()).containsExactlyInAnyOrder(1, 3, 5, 7);

        ShardMerge.Result result = ShardMerge.merge(List.of(s1, s2), merged);

        assertThat(result.present()).isEqualTo(8);
        assertThat(Files.readString(merged.resolve(ResultColumns.STATS))).isEqualTo(Files.readString(reference.resolve(ResultColumns.STATS)));
        assertThat(outcomes(merged)).isEqualTo(outcomes(reference));
        assertThat(SweepManifest.read(merged).status).isEqualTo(SweepManifest.COMPLETE);

        // the same run twice with the same outcomes is a duplicate; with other outcomes it is a conflict
        Path again = dir.resolve("again");
        assertThat(ShardMerge.merge(List.of(s1, s2, s1), again).duplicates()).isEqualTo(4);
        Path tampered = dir.resolve("tampered");
        copyFolder(s1, tampered);
        String text = Files.readString(tampered.resolve(ResultColumns.OUTCOMES));
        String[] lines = text.split("\n");
        lines[1] = lines[1].substring(0, lines[1].lastIndexOf(',')) + ",1";
        Files.writeString(tampered.resolve(ResultColumns.OUTCOMES), String.join("\n", lines) + "\n");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(s1, tampered), dir.resolve("conflict")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("different outcomes");
    }

    @Test
    void sparkLocalEngineGivesTheLocalEnginesOutcomes() throws Exception {
        Path out = dir.resolve("spark");
        SweepRunner.Summary s = run(new SparkEngine("local[2]"), ModelRun.of(plan.spec()), out, false, Shard.ALL);
        assertThat(s.ok()).isEqualTo(8);
        assertThat(outcomes(out)).isEqualTo(outcomes(reference));
        assertThat(Files.readString(out.resolve(ResultColumns.STATS))).isEqualTo(Files.readString(reference.resolve(ResultColumns.STATS)));
    }

    @Test
    void aFailingRunIsRecordedAndTheSweepGoesOn() throws Exception {
        long badSeed = plan.run(3).seed();
        ModelRun.Simulator flaky = (cfg, seed, until) -> {
            if (seed == badSeed) throw new IllegalStateException("negative stock\nin smelter 4");
            return Simulation.run(cfg, seed, until);
        };
        Path out = dir.resolve("failing");
        RunTask task = new ModelRun(plan.spec().baseLabel(), plan.spec().baseTree(), 2003, plan.spec().outcomes(), flaky);

        SweepRunner.Summary s = run(new LocalEngine(2), task, out, false, Shard.ALL);

        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.ok()).isEqualTo(7);
        CSVRecord failed = records(out.resolve(ResultColumns.RUNS)).stream().filter(r -> r.get("run_id").equals("3")).findFirst().orElseThrow();
        assertThat(failed.get("status")).isEqualTo("failed");
        assertThat(failed.get("seed")).isEqualTo(Long.toString(badSeed));
        assertThat(failed.get("error")).contains("IllegalStateException: negative stock | in smelter 4");
        assertThat(outcomes(out)).doesNotContainKey(3).hasSize(7);
        assertThat(records(out.resolve(ResultColumns.STATS)).stream().filter(r -> r.get("scenario").equals("2")).map(r -> r.get("n"))
                .collect(Collectors.toSet())).containsExactly("1");

        // --resume runs the failed run again
        SweepRunner.Summary resumed = run(new LocalEngine(2), ModelRun.of(plan.spec()), out, true, Shard.ALL);
        assertThat(resumed.ran()).isEqualTo(1);
        assertThat(outcomes(out)).isEqualTo(outcomes(reference));
        assertThat(records(out.resolve(ResultColumns.RUNS))).hasSize(8).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("ok"));
    }

    @Test
    void sobolSweepWritesIndicesPerOutcomeAndParameter() throws Exception {
        Path file = SweepFiles.write(dir, "sobol.yaml", """
                until: 2001
                sample: {method: sobol, n: 2, ranges: {scenario.demandScale: [0.5, 2], scenario.enforcementScale: [0.5, 2]}}
                outcomes:
                  - {name: demand, metric: demand, stat: sum}
                  - {name: nd_price, metric: price_domestic, element: Nd}
                """);
        SweepPlan sobol = SweepPlan.of(SweepSpec.load(file, List.of()));
        Path out = dir.resolve("sobol");
        new SweepRunner(new PrintStream(OutputStream.nullOutputStream()))
                .run(sobol, new LocalEngine(2), ModelRun.of(sobol.spec()), new SweepRunner.Options(out, false, Shard.ALL, true));
        List<CSVRecord> rows = records(out.resolve(SobolAnalysis.FILE));
        assertThat(rows).hasSize(2 * 2);
        assertThat(rows).extracting(r -> r.get("parameter")).containsExactly("scenario.demandScale", "scenario.enforcementScale",
                "scenario.demandScale", "scenario.enforcementScale");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("points")).isEqualTo("2"));
        CSVRecord demandOnDemand = rows.get(0);
        assertThat(Double.parseDouble(demandOnDemand.get("total"))).isGreaterThan(Double.parseDouble(rows.get(1).get("total")));
    }

    @Test
    void commandLineRejectsBadInputWithoutLeavingAFolder() throws Exception {
        Path bad = SweepFiles.write(dir, "bad.yaml", "seeds: -1\n");
        Path out = dir.resolve("never");
        assertThat(Main.execute("sweep", "--config", bad.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(Main.execute("sweep", "--config", sweepFile.toString(), "--shard", "3/2", "--out", out.toString())).isEqualTo(2);
        assertThat(Main.execute("sweep", "--config", sweepFile.toString(), "--engine", "slurm")).isEqualTo(2);
        assertThat(out).doesNotExist();

        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.execute("sweep", "--config", sweepFile.toString(), "--dry-run", "--shard", "2/3")).isZero();
        } finally {
            System.setOut(stdout);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("scenarios: 4").contains("runs: 8 (4 scenarios x 2 seeds)")
                .contains("shard 2/3 runs 3").contains("scenario 4: scenario.enforcementScale=2 scenario.exportTariffAdd=0.3");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }
}
