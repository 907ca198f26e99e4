package reesim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import reesim.cli.Main;

/** What bench writes, never how fast anything was. */
class BenchCommandTest {
    @TempDir Path dir;

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    private static Set<String> keys(List<CSVRecord> rows) {
        return rows.stream().map(r -> r.get("section") + "/" + r.get("metric") + "/" + r.get("scale") + "/" + r.get("threads"))
                .collect(Collectors.toSet());
    }

    @Test
    void quickBenchWritesEverySectionToTheCsv() throws Exception {
        Path csv = dir.resolve("sub").resolve("bench.csv");
        int exit = BenchMain.execute("--quick", "--runs", "2", "--threads", "2", "--out", csv.toString());

        assertThat(exit).isZero();
        List<CSVRecord> rows = read(csv);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("section", "metric", "scale", "threads", "value", "unit", "note");
        Set<String> keys = keys(rows);
        assertThat(keys).contains(
                "machine/cores//", "machine/max_heap//", "machine/java//", "machine/load_average_start//", "machine/load_average_end//",
                "baseline/wall_time/1/1", "baseline/cpu_time/1/1", "baseline/write_results/1/1",
                "memory/peak_heap_used_baseline_run/1/1", "memory/peak_heap_after_gc_baseline_run/1/1",
                "memory/peak_heap_used_sweep_2_runs/1/2", "memory/peak_heap_after_gc_sweep_2_runs/1/2",
                "memory/baseline_run_Xmx256m/1/1",
                "sweep/runs_per_s/1/1", "sweep/runs_per_s/1/2", "sweep/speedup/1/2", "sweep/parallel_efficiency/1/2",
                "scaling/per_step_cost_vs_1x/100/1",
                "goal/baseline_wall_time//", "goal/floor_share_at_10x//", "goal/linear_scaling//",
                "goal/sweep_speedup_2_threads//", "goal/sweep_1000_runs//", "goal/baseline_run_Xmx256m//");
        for (String scale : List.of("1", "10", "100")) {
            assertThat(keys).contains("scaling/scheduled_steppables/" + scale + "/1", "scaling/time_per_tick/" + scale + "/1",
                    "scaling/agent_steps_per_s/" + scale + "/1", "floor/time_per_tick/" + scale + "/1",
                    "floor/agent_steps_per_s/" + scale + "/1", "floor/model_over_floor/" + scale + "/1");
        }
        for (CSVRecord r : rows) {
            if (r.get("unit").equals("s") || r.get("unit").equals("1/s") || r.get("unit").equals("MiB") || r.get("unit").equals("ms")) {
                assertThat(Double.parseDouble(r.get("value"))).as(r.get("section") + "/" + r.get("metric")).isPositive();
            }
        }
        assertThat(value(rows, "memory", "baseline_run_Xmx256m")).isEqualTo("ok");
        // more agents at larger scales: the population knob reaches every population
        double a1 = Double.parseDouble(value(rows, "scaling", "scheduled_steppables", "1"));
        double a10 = Double.parseDouble(value(rows, "scaling", "scheduled_steppables", "10"));
        double a100 = Double.parseDouble(value(rows, "scaling", "scheduled_steppables", "100"));
        assertThat(a10).isGreaterThan(5 * a1);
        assertThat(a100).isGreaterThan(5 * a10);
        assertThat(rows.stream().filter(r -> r.get("section").equals("goal")).map(r -> r.get("note")))
                .allMatch(n -> n.startsWith("met: ") || n.startsWith("NOT met: "));
    }

    @Test
    void onlyRunsTheChosenSections() throws Exception {
        Path csv = dir.resolve("sweep.csv");
        int exit = BenchMain.execute("--quick", "--only", "sweep", "--runs", "2", "--threads", "1", "--out", csv.toString());

        assertThat(exit).isZero();
        Set<String> sections = read(csv).stream().map(r -> r.get("section")).collect(Collectors.toSet());
        assertThat(sections).containsExactlyInAnyOrder("machine", "sweep", "goal");
    }

    @Test
    void unknownSectionIsBadInput() {
        assertThat(BenchMain.execute("--only", "everything", "--out", dir.resolve("x.csv").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(BenchMain.execute("--runs", "0", "--out", dir.resolve("x.csv").toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void benchIsNotACommandOfTheProduct() {
        assertThat(new CommandLine(new Main()).getSubcommands()).doesNotContainKey("bench");
        assertThat(Main.execute("bench", "--quick")).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void helpNamesEveryOptionAndFormats() {
        var spec = new CommandLine(new BenchMain()).getCommandSpec();
        assertThat(spec.options().stream().map(o -> o.longestName()))
                .contains("--quick", "--out", "--runs", "--threads", "--only", "--config", "--set");
        for (String line : spec.usageMessage().description()) String.format(line);
        spec.options().forEach(o -> List.of(o.description()).forEach(String::format));
    }

    private static String value(List<CSVRecord> rows, String section, String metric) {
        return rows.stream().filter(r -> r.get("section").equals(section) && r.get("metric").equals(metric))
                .findFirst().orElseThrow().get("value");
    }

    private static String value(List<CSVRecord> rows, String section, String metric, String scale) {
        return rows.stream().filter(r -> r.get("section").equals(section) && r.get("metric").equals(metric) && r.get("scale").equals(scale))
                .findFirst().orElseThrow().get("value");
    }
}
