package reesim.calibration;

import reesim.cli.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * calibrate keeps every evaluation in evaluations.csv and resumes from it: a tiny calibration (2 parameters, so a
 * CMA-ES generation of 6; one fit target and one contrast to 2001; 2 seeds) run uninterrupted on 1 and 2 threads,
 * cut short by truncating its CSV in the middle of a row, and resumed.
 */
class CalibrationKeepAllTest {
    @TempDir static Path shared;
    @TempDir Path tmp;
    static Path targets, params, config, reference;
    static final int EVALS = 9;
    static final String EVALUATIONS_CSV = "evaluations.csv";

    private static final String TARGETS = """
            targets:
              - id: mining_total_2001
                quantity: mining_total
                element: Nd
                years: [2001]
                value: 9000
                unit: t
                tolerance: 0.15
                toleranceWhy: test
                numerator: ["metric:mined_registered", "metric:mined_unregistered"]
                sources: [mining_total Nd 2000]
                mapping: test
            contrasts:
              - id: quota_raises_price
                fact: test
                set: [scenario.miningQuotaScale=0.5]
                element: Nd
                years: [2001]
                numerator: ["metric:price_domestic"]
                direction: higher
                minEffect: 0.01
            """;

    private static final String PARAMS = """
            parameters:
              - name: world_nd
                paths: [world.demand.Nd]
                lower: 2000
                upper: 20000
                why: test
              - name: baotou_capacity
                paths: [mines.0.capacity]
                lower: 5000
                upper: 32500
                why: test
            """;


    static CliRun exec(String... args) { return CliRun.of(args); }

    static List<String> calibrate(String... more) {
        List<String> a = new ArrayList<>(List.of("calibrate", "--config", config.toString(), "--targets", targets.toString(),
                "--params", params.toString(), "--seeds", "2", "--max-evals", Integer.toString(EVALS)));
        a.addAll(List.of(more));
        return a;
    }

    static CliRun run(List<String> args) {
        CliRun o = exec(args.toArray(String[]::new));
        assertThat(o.code()).as(o.out() + o.err()).isZero();
        return o;
    }

    @BeforeAll
    static void uninterruptedCalibration() throws IOException {
        targets = shared.resolve("targets.yaml");
        params = shared.resolve("params.yaml");
        config = shared.resolve("base.yaml");
        Files.writeString(targets, TARGETS);
        Files.writeString(params, PARAMS);
        Files.copy(Path.of("configs/baseline.yaml"), config);
        reference = shared.resolve("reference");
        run(calibrate("--threads", "1", "--out", reference.toString()));
    }

    /** The rows of evaluations.csv without the wall_seconds column (the one thing that may differ between runs). */
    static List<String> rowsWithoutWallTime(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(EVALUATIONS_CSV));
        int wall = List.of(lines.get(0).split(",")).indexOf("wall_seconds");
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
            cells.remove(wall);
            out.add(String.join(",", cells));
        }
        return out;
    }

    static JsonNode manifest(Path dir) throws IOException { return new ObjectMapper().readTree(dir.resolve(CalibrationManifest.FILE).toFile()); }

    @Test
    void everyEvaluationIsARowInFullPrecisionAndTheFolderHoldsWhatWasUsed() throws Exception {
        List<String> lines = Files.readAllLines(reference.resolve(EVALUATIONS_CSV));
        assertThat(lines.get(0)).isEqualTo("evaluation,kind,status,J,best_J,param:world_nd,param:baotou_capacity,"
                + "target:mining_total_2001,contrast:quota_raises_price,seeds,wall_seconds,error");
        assertThat(lines).hasSize(1 + EVALS);
        assertThat(lines.get(1)).startsWith("1,prior,ok,");
        assertThat(lines.subList(2, lines.size())).allMatch(l -> l.matches("\\d+,search,ok,.*,1;2,\\d+\\.\\d{3},"));
        // every search evaluation is a point of its own (the start point repeats the prior's values, as an evaluation of its own)
        assertThat(lines.subList(2, lines.size()).stream().map(l -> String.join(",", List.of(l.split(",")).subList(5, 7))).distinct()).hasSize(EVALS - 1);
        JsonNode m = manifest(reference);
        assertThat(m.get("status").asText()).isEqualTo("complete");
        assertThat(m.get("evaluations").asInt()).isEqualTo(EVALS);
        assertThat(m.get("engine").asText()).isEqualTo("local[1]");
        try (Stream<Path> s = Files.list(reference)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("calibration.json", "config.yaml", "targets.yaml",
                    "free-parameters.yaml", "evaluations.csv", "report.html");
        }
        assertThat(Files.readString(reference.resolve("targets.yaml"))).isEqualTo(TARGETS);
        // J, the best so far and the target means read back to the doubles the search used
        double best = Double.POSITIVE_INFINITY;
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            double j = Double.parseDouble(c[3]);
            best = Math.min(best, j);
            assertThat(Double.parseDouble(c[4])).isEqualTo(best);
            assertThat(Double.parseDouble(c[c.length - 2])).as("wall time of the evaluation's runs").isPositive();
            assertThat(Double.toString(j)).isEqualTo(c[3].contains(".") || c[3].contains("E") ? c[3] : Double.toString(j));
        }
        assertThat(m.get("best_J").asDouble()).isEqualTo(best);
    }

    @Test
    void twoThreadsGiveTheSameEvaluationsAsOne() throws Exception {
        Path two = tmp.resolve("two");
        run(calibrate("--threads", "2", "--out", two.toString()));
        assertThat(rowsWithoutWallTime(two)).containsExactlyElementsOf(rowsWithoutWallTime(reference));
    }

    @Test
    void aResumeAfterAKillMidRowGivesTheRowsAndBestOfTheUninterruptedRun() throws Exception {
        Path dir = tmp.resolve("killed");
        copyFolder(reference, dir);
        Path csv = dir.resolve(EVALUATIONS_CSV);
        List<String> lines = Files.readAllLines(csv);
        // evaluations 1-4 written whole, the 5th cut in the middle of its row, nothing after it; the manifest still running
        String kept = String.join("\n", lines.subList(0, 5)) + "\n" + lines.get(5).substring(0, lines.get(5).length() / 2);
        Files.writeString(csv, kept);
        Files.writeString(dir.resolve(CalibrationManifest.FILE), Files.readString(dir.resolve(CalibrationManifest.FILE))
                .replace("\"complete\"", "\"running\""));
        Files.delete(dir.resolve("report.html"));

        CliRun o = run(calibrate("--threads", "2", "--resume", dir.toString()));
        assertThat(o.out()).contains("dropped a last row cut short", "resuming " + dir + ": 4 evaluations recorded",
                "eval 4/" + EVALS + "  J = ", "(recorded in evaluations.csv)").doesNotContain("restarts from the best point");
        assertThat(rowsWithoutWallTime(dir)).containsExactlyElementsOf(rowsWithoutWallTime(reference));
        JsonNode m = manifest(dir), r = manifest(reference);
        assertThat(m.get("status").asText()).isEqualTo("complete");
        assertThat(m.get("resumed").asInt()).isEqualTo(1);
        assertThat(m.get("restarts")).isEmpty();
        assertThat(m.get("best_evaluation")).isEqualTo(r.get("best_evaluation"));
        assertThat(m.get("best_J").asDouble()).isEqualTo(r.get("best_J").asDouble());
        assertThat(dir.resolve("report.html")).exists();
    }

    @Test
    void aLargerBudgetOnResumeContinuesTheSameSearch() throws Exception {
        Path dir = tmp.resolve("short");
        List<String> args = calibrate("--threads", "2", "--out", dir.toString());
        args.set(args.indexOf("--max-evals") + 1, "4");
        run(args);
        assertThat(Files.readAllLines(dir.resolve(EVALUATIONS_CSV))).hasSize(1 + 4);
        CliRun o = run(calibrate("--threads", "2", "--resume", dir.toString()));
        assertThat(o.out()).contains("4 evaluations recorded");
        assertThat(rowsWithoutWallTime(dir)).containsExactlyElementsOf(rowsWithoutWallTime(reference));
    }

    @Test
    void theSparkEngineGivesTheSameEvaluationsAsThreads() throws Exception {
        Path dir = tmp.resolve("spark");
        List<String> args = calibrate("--engine", "spark", "--spark-master", "local[2]", "--out", dir.toString());
        args.set(args.indexOf("--max-evals") + 1, "3");   // prior, start point and the first member of a generation: 3 Spark jobs
        run(args);
        assertThat(rowsWithoutWallTime(dir)).containsExactlyElementsOf(rowsWithoutWallTime(reference).subList(0, 1 + 3));
        assertThat(manifest(dir).get("engine").asText()).isEqualTo("spark[local[2]]");
    }

    @Test
    void aFolderOfAnotherCalibrationIsRefusedWithExitCodeTwo() throws Exception {
        Path dir = tmp.resolve("other");
        copyFolder(reference, dir);
        String before = Files.readString(dir.resolve(EVALUATIONS_CSV));
        CliRun seed = exec(calibrate("--resume", dir.toString(), "--optimiser-seed", "2").toArray(String[]::new));
        assertThat(seed.code()).isEqualTo(2);
        assertThat(seed.err()).contains("--resume " + dir, "--optimiser-seed: recorded 1, now 2", "or a new --out folder");
        Path otherTargets = tmp.resolve("t2.yaml");
        Files.writeString(otherTargets, TARGETS.replace("value: 9000", "value: 9500"));
        List<String> args = calibrate("--resume", dir.toString());
        args.set(args.indexOf("--targets") + 1, otherTargets.toString());
        CliRun t = exec(args.toArray(String[]::new));
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).contains("targets (--targets): recorded ").doesNotContain("--optimiser-seed: recorded");
        CliRun set = exec(calibrate("--resume", dir.toString(), "--set", "scenario.demandScale=1.1").toArray(String[]::new));
        assertThat(set.code()).isEqualTo(2);
        assertThat(set.err()).contains("config (--config, --set");
        assertThat(Files.readString(dir.resolve(EVALUATIONS_CSV))).isEqualTo(before);
        CliRun reused = exec(calibrate("--out", dir.toString()).toArray(String[]::new));
        assertThat(reused.code()).isEqualTo(2);
        assertThat(reused.err()).contains("exists and is not empty", "--resume");
        CliRun none = exec(calibrate("--resume", tmp.resolve("nothing").toString()).toArray(String[]::new));
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no such folder");
    }

    @Test
    void theReportHasTheObjectiveAndOneTracePerParameter() throws Exception {
        Path dir = tmp.resolve("report");
        copyFolder(reference, dir);
        Files.delete(dir.resolve("report.html"));
        CliRun o = run(List.of("report", dir.toString()));
        assertThat(o.out()).contains("report written: " + dir.resolve("report.html"));
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("id=\"chart-objective\"", "Free parameters over the evaluations", "echarts");
        Matcher mt = Pattern.compile("<script id=\"report-data\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(mt.find()).isTrue();
        JsonNode d = new ObjectMapper().readTree(mt.group(1));
        assertThat(d.get("kind").asText()).isEqualTo("calibration");
        assertThat(d.get("evaluations")).hasSize(EVALS);
        assertThat(d.get("J")).hasSize(EVALS);
        assertThat(d.get("best")).hasSize(EVALS);
        assertThat(d.at("/parameters/0/name").asText()).isEqualTo("world_nd");
        assertThat(d.at("/parameters/0/lower").asDouble()).isEqualTo(2000);
        assertThat(d.at("/parameters/1/upper").asDouble()).isEqualTo(32500);
        assertThat(d.at("/parameters/1/values")).hasSize(EVALS);
        double last = d.get("best").get(EVALS - 1).asDouble();
        assertThat(last).isCloseTo(manifest(reference).get("best_J").asDouble(), org.assertj.core.api.Assertions.within(1e-4));
        CliRun png = exec("report", "--png", dir.toString());
        assertThat(png.code()).isEqualTo(2);
    }

    static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) Files.copy(p, to.resolve(p.getFileName()));
        }
    }
}
