package reesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on a real standalone cluster: a master and two workers (one core each) started as separate JVMs on
 * 127.0.0.1 from the Spark jars Maven resolves, and the sweep submitted by {@code SparkSubmit}, in a JVM of its own,
 * with target/reesim-spark.jar, the jar built for spark-submit. Its files must equal the local engine's. Then a worker
 * (with its executor) is killed while tasks run, and the sweep must still hold every run exactly once. Last, plain
 * {@code java -jar target/reesim.jar} (no Spark) must refuse the Spark engine with exit 2 and say how to run it.
 *
 * <p>Runs in the integration-test phase of {@code mvn verify} (surefire execution spark-cluster), after the jar is
 * built; it is skipped when 127.0.0.1 cannot be bound or when started outside that execution.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkClusterIT {
    private static final String SWEEP = """
            until: 2030
            seeds: 3
            grid:
              scenario.enforcementScale: [0.5, 1, 2, 4]
            outcomes:
              - {name: unregistered, metric: mined_unregistered, years: [2001, 2030], stat: mean}
              - {name: smuggled_total, metric: exports_smuggled, stat: sum}
              - {name: nd_price_final, metric: price_domestic, element: Nd, year: 2030, stat: final}
            """;
    private static final int RUNS = 12;
    private static final Duration SWEEP_TIME = Duration.ofSeconds(150);

    private Path dir;
    private SparkClusterFixture cluster;
    private SparkClusterFixture.Daemon master, worker1, worker2;
    private Path sparkJar, sweepFile, reference;

    @BeforeAll
    void startCluster(@TempDir Path shared) throws Exception {
        dir = shared;
        String jar = System.getProperty("reesim.sparkJar"), plainJar = System.getProperty("reesim.jar"), home = System.getProperty("reesim.sparkHomeClasspath"),
                addOpens = System.getProperty("reesim.addOpens");
        Assumptions.assumeTrue(jar != null && plainJar != null && home != null && addOpens != null,
                "SparkClusterIT runs in the integration-test phase of mvn verify (surefire execution spark-cluster), which"
                        + " passes it target/reesim-spark.jar and the Spark classpath; not started that way, so skipped");
        Assumptions.assumeTrue(SparkClusterFixture.loopbackUsable(),
                "cannot bind a socket to 127.0.0.1: a Spark master and workers cannot start here, so skipped");
        sparkJar = Path.of(jar);
        assertThat(sparkJar).as("the jar for spark-submit, built by mvn package").isRegularFile();
        Path classpath = Path.of(home);

        sweepFile = SweepFiles.write(dir, "cluster.yaml", SWEEP);
        SweepPlan plan = SweepPlan.of(SweepSpec.load(sweepFile, List.of()));
        assertThat(plan.runCount()).isEqualTo(RUNS);
        reference = dir.resolve("local");
        SweepRunner.Summary local = new SweepRunner(new PrintStream(OutputStream.nullOutputStream()))
                .run(plan, new LocalEngine(2), ModelRun.of(plan.spec()), new SweepRunner.Options(reference, false, Shard.ALL, true));
        assertThat(local.ok()).isEqualTo(RUNS);

        cluster = new SparkClusterFixture(dir.resolve("cluster"),
                List.of(classpath.resolve("provided.classpath"), classpath.resolve("shared.classpath")), addOpens);
        master = cluster.startMaster();
        worker1 = cluster.startWorker("worker-1");
        worker2 = cluster.startWorker("worker-2");
    }

    @AfterAll
    void stopCluster() throws IOException {
        if (cluster != null) cluster.close();
    }

    @Test
    @Order(1)
    void aSweepSubmittedToTheClusterWritesTheLocalEnginesFiles() throws Exception {
        Path out = dir.resolve("on-cluster");
        SparkClusterFixture.Daemon driver = cluster.submit("driver", sparkJar, List.of(), sweepArgs(out));
        int exit = SparkClusterFixture.awaitExit(driver, SWEEP_TIME);

        assertThat(exit).as(driver.logTail()).isZero();
        assertThat(driver.logText()).contains("sweep cluster: " + RUNS + " runs (0 failed)").contains("engine spark[spark-submit]");
        assertThat(master.logText()).as("the master gave the application executors").contains("Launching executor");
        assertThat(worker1.logText() + worker2.logText()).as("a worker started an executor").contains("Asked to launch executor");
        assertSameResults(out);
    }

    @Test
    @Order(2)
    void killingAWorkerMidSweepLosesNoRunAndWritesNoneTwice() throws Exception {
        Path out = dir.resolve("worker-killed");
        Set<Path> earlierApps = cluster.executorLogs("worker-2");
        // the driver logs at INFO here, to show the lost task and its second attempt
        List<String> args = new ArrayList<>(List.of("--conf", "spark.log.level=INFO"));
        SparkClusterFixture.Daemon driver = cluster.submit("driver-kill", sparkJar, args, sweepArgs(out));
        // kill worker 2 with its executor while that executor is in the middle of a task of this sweep
        long deadline = System.nanoTime() + SWEEP_TIME.toNanos();
        while (!runningATask(cluster.executorLogs("worker-2"), earlierApps)) {
            assertThat(driver.process().isAlive()).as("the driver ended before worker 2 ran a task\n" + driver.logTail()).isTrue();
            assertThat(System.nanoTime()).as("worker 2 ran no task in time\n" + driver.logTail() + "\n" + worker2.logTail()).isLessThan(deadline);
            Thread.sleep(20);
        }
        SparkClusterFixture.kill(worker2.process().toHandle());
        int recordedAtKill = rows(out.resolve(ResultColumns.RUNS));

        int exit = SparkClusterFixture.awaitExit(driver, SWEEP_TIME);

        assertThat(exit).as(driver.logTail()).isZero();
        assertThat(recordedAtKill).as("runs recorded when worker 2 was killed").isLessThan(RUNS);
        assertThat(driver.logText()).as("the driver lost the executor and ran the task it was running again")
                .contains("Lost executor")
                .containsPattern("task \\d+\\.0 in stage 0\\.0 \\(TID \\d+\\) failed because while it was being computed, its executor exited")
                .containsPattern("Finished task \\d+\\.1 in stage");
        List<Integer> ids = new ArrayList<>();
        for (CSVRecord r : records(out.resolve(ResultColumns.RUNS))) {
            ids.add(Integer.parseInt(r.get("run_id")));
            assertThat(r.get("status")).isEqualTo(RunRecord.OK);
        }
        assertThat(ids).as("every run exactly once").containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, RUNS).boxed().toList());
        assertSameResults(out);
    }

    @Test
    @Order(3)
    void thePlainJarRefusesTheSparkEngineAndSaysHowToRunIt() throws Exception {
        Path jar = Path.of(System.getProperty("reesim.jar"));
        Path out = dir.resolve("plain-jar");
        Path log = dir.resolve("plain-jar.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-jar", jar.toString(), "sweep", "--engine", "spark", "--config", sweepFile.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            SparkClusterFixture.kill(p.toHandle());
        }
        assertThat(p.exitValue()).as(Files.readString(log)).isEqualTo(2);
        assertThat(Files.readString(log)).contains("--engine spark: Spark is not on the classpath")
                .contains("scripts/reesim-spark sweep --engine spark --spark-master local[N]")
                .contains("spark-submit --class reesim.cli.Main --master spark://HOST:PORT target/reesim-spark.jar sweep --engine spark");
        assertThat(out).doesNotExist();
    }

    private List<String> sweepArgs(Path out) {
        return List.of("sweep", "--engine", "spark", "--quiet", "--config", sweepFile.toString(), "--out", out.toString());
    }

    /** stats.csv byte for byte; runs.csv and outcomes.csv the same rows in any order, runs.csv without its wall time. */
    private void assertSameResults(Path out) throws IOException {
        assertThat(Files.readString(out.resolve(ResultColumns.STATS))).isEqualTo(Files.readString(reference.resolve(ResultColumns.STATS)));
        assertThat(rowsWithoutWallTime(out)).containsExactlyInAnyOrderElementsOf(rowsWithoutWallTime(reference));
        assertThat(lines(out.resolve(ResultColumns.OUTCOMES))).containsExactlyInAnyOrderElementsOf(lines(reference.resolve(ResultColumns.OUTCOMES)));
    }

    private static List<List<String>> rowsWithoutWallTime(Path folder) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : records(folder.resolve(ResultColumns.RUNS))) {
            List<String> row = new ArrayList<>(r.toList());
            row.remove(r.getParser().getHeaderNames().indexOf("wall_seconds"));
            rows.add(row);
        }
        return rows;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        List<CSVRecord> list = new ArrayList<>();
        CsvRows.forEach(file, list::add);
        return list;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    /** True when an executor log of this sweep's application (not in {@code earlier}) shows a task started and not finished. */
    private static boolean runningATask(Set<Path> logs, Set<Path> earlier) throws IOException {
        for (Path log : logs) {
            if (earlier.contains(log) || !Files.exists(log)) continue;
            String text = Files.readString(log);
            if (count(text, "Running task") > count(text, "Finished task")) return true;
        }
        return false;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    /** Complete data rows of a CSV file that may be growing; 0 while it does not exist. */
    private static int rows(Path file) throws IOException {
        if (!Files.exists(file)) return 0;
        String text = Files.readString(file);
        int newlines = (int) text.chars().filter(c -> c == '\n').count();
        return Math.max(0, newlines - 1);
    }
}
