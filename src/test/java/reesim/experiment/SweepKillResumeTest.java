package reesim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.cli.Main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sweep started as a child process and killed with SIGKILL part-way, then resumed, ends with
 * every run present exactly once, the same stats.csv and the same trajectories (Parquet parts) as an uninterrupted sweep.
 */
class SweepKillResumeTest {
    @TempDir Path tmp;

    @Test
    void aSweepKilledMidwayAndResumedEqualsAnUninterruptedOne() throws Exception {
        Path sweep = tmp.resolve("kill.yaml");
        Files.writeString(sweep, """
                name: kill-test
                base: %s
                until: 2004
                seeds: 6
                grid:
                  scenario.enforcementScale: [0.5, 2]
                  scenario.exportTariffAdd: [0, 0.3]
                outcomes:
                  - {name: unregistered, metric: mined_unregistered, element: REO, years: [2001, 2004], stat: mean}
                  - {name: smuggled, metric: exports_smuggled, element: REO, years: [2000, 2004], stat: sum}
                keep:
                  series:
                    - {metric: price_domestic, element: Nd}
                    - {metric: mined_unregistered}
                  runsPerPart: 2
                """.formatted(Path.of("configs/baseline.yaml").toAbsolutePath()));
        Path killed = tmp.resolve("killed");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "reesim.cli.Main",
                "sweep", "--config", sweep.toString(), "--out", killed.toString(), "--threads", "2")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path runs = killed.resolve("runs.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (dataRows(runs) < 5 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(child.isAlive()).as("the sweep must still be running when it is killed").isTrue();
        child.destroyForcibly();   // SIGKILL
        child.waitFor(30, TimeUnit.SECONDS);
        int before = dataRows(runs);
        assertThat(before).isBetween(5, 23);

        assertThat(Main.execute("sweep", "--config", sweep.toString(), "--out", killed.toString(), "--resume")).isZero();
        Path whole = tmp.resolve("whole");
        assertThat(Main.execute("sweep", "--config", sweep.toString(), "--out", whole.toString())).isZero();

        List<String> lines = Files.readAllLines(runs);
        Set<String> ids = new HashSet<>();
        for (String l : lines.subList(1, lines.size())) assertThat(ids.add(l.split(",")[0])).as("run %s once", l).isTrue();
        assertThat(ids).hasSize(24);
        assertThat(Files.mismatch(killed.resolve("stats.csv"), whole.resolve("stats.csv"))).isEqualTo(-1L);
        List<String> resumedRows = trajectories(killed), wholeRows = trajectories(whole);
        assertThat(resumedRows).hasSize(24 * 2 * 5).doesNotHaveDuplicates().isEqualTo(wholeRows);
    }

    /** The trajectories of a folder, one text line per row, sorted. */
    private static List<String> trajectories(Path folder) throws Exception {
        List<String> rows = new java.util.ArrayList<>();
        reesim.trajectory.TrajectoryTable.forEach(folder, r -> rows.add(r.toString()));
        rows.sort(null);
        return rows;
    }

    private static int dataRows(Path csv) throws Exception {
        if (!Files.exists(csv)) return 0;
        return (int) Math.max(0, Files.readAllLines(csv).stream().filter(l -> !l.isBlank()).count() - 1);
    }
}
