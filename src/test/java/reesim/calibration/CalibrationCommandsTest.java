package reesim.calibration;

import reesim.cli.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** calibrate and calibration-table end to end on small target and parameter files (runs to 2002). */
class CalibrationCommandsTest {
    @TempDir Path tmp;

    private static final String TARGETS = """
            targets:
              - id: mining_total_2002
                quantity: mining_total
                element: Nd
                years: [2002]
                value: 12000
                unit: t
                tolerance: 0.15
                toleranceWhy: test
                numerator: ["metric:mined_registered", "metric:mined_unregistered"]
                sources: [mining_total Nd 2000]
                mapping: test
              - id: magnet_in_use_2001
                quantity: in_use_stock
                element: Nd
                years: [2001]
                value: 555
                unit: t
                tolerance: 0.3
                toleranceWhy: test
                weight: 0.5
                numerator: ["in_use:@ndfeb"]
                sources: [in_use_stock Nd 2000]
                mapping: test
              - id: demand_check_2002
                quantity: forecast_demand_total
                element: Nd
                years: [2002]
                value: 1
                unit: t
                role: forecast
                comparison: at_least
                numerator: ["demand:@ndfeb"]
                sources: [forecast_demand_total Nd 2025]
                mapping: test
            contrasts:
              - id: quota_raises_price
                fact: test
                set: [scenario.miningQuotaScale=0.5]
                element: Nd
                years: [2002]
                numerator: ["metric:price_domestic"]
                direction: higher
                minEffect: 0.01
            """;

    private static final String PARAMS = """
            parameters:
              - name: world_nd
                paths: [world.demand.Nd]
                lower: 2000
                upper: 16000
                why: test
              - name: initial_in_use
                paths: [products.electric_vehicle.initialInUseStock, products.wind_turbine.initialInUseStock]
                mode: scale
                lower: 0.2
                upper: 2.0
                why: test
            """;


    static CliRun exec(String... args) { return CliRun.of(args); }

    /** The test's targets written to {@code name} in the temporary folder. */
    private Path targetsFile(String name) throws java.io.IOException {
        return Files.writeString(tmp.resolve(name), TARGETS);
    }

    @Test
    void calibrateWritesTheFitCsvAndOnlyTheFreeLeavesIntoTheConfig() throws Exception {
        Path config = tmp.resolve("base.yaml"), targets = tmp.resolve("t.yaml"), params = tmp.resolve("p.yaml"), csv = tmp.resolve("fit.csv");
        Files.copy(Path.of("configs/baseline.yaml"), config);
        Files.writeString(targets, TARGETS);
        Files.writeString(params, PARAMS);
        String before = Files.readString(config);
        CliRun o = exec("calibrate", "--config", config.toString(), "--targets", targets.toString(), "--params", params.toString(),
                "--seeds", "2", "--max-evals", "4", "--threads", "2", "--write", "--fit-csv", csv.toString(), "--out", tmp.resolve("out").toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("[calibrate] eval 1/4", "objective J: prior", "largest terms at the fitted point");

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo(String.join(",", FitCsv.HEADER));
        assertThat(rows).anyMatch(r -> r.startsWith("objective,J,")).anyMatch(r -> r.startsWith("parameter,world_nd,world.demand.Nd,"))
                .anyMatch(r -> r.startsWith("leaf,initial_in_use,products.wind_turbine.initialInUseStock,"))
                .anyMatch(r -> r.startsWith("target,mining_total_2002,"))
                .anyMatch(r -> r.startsWith("contrast,quota_raises_price,scenario.miningQuotaScale=0.5 -> higher,"));
        assertThat(o.out()).contains("1 stylised-fact contrasts", "stylised fact (contrast)", "quota_raises_price (higher)");
        String objective = rows.stream().filter(r -> r.startsWith("objective")).findFirst().orElseThrow();
        String[] f = objective.split(",");
        boolean improved = Double.parseDouble(f[9]) < Double.parseDouble(f[8]);

        String after = Files.readString(config);
        List<String> changed = changedLines(before, after);
        if (improved) {
            assertThat(changed).hasSize(3).allMatch(l -> l.contains("# ") && l.contains("calibrated (reesim calibrate "));
            JsonNode a = new YAMLMapper().readTree(after);
            assertThat(o.out()).contains("wrote 3 fitted values into " + config);
            assertThat(TreePaths.get(a, "world.demand.Nd").asDouble()).isBetween(2000.0, 16000.0);
        } else {
            assertThat(changed).isEmpty();
            assertThat(o.out()).contains("config left unchanged");
        }
    }

    @Test
    void calibrationTableSplicesAMarkdownTableIntoADocument() throws Exception {
        Path targets = tmp.resolve("t.yaml"), doc = tmp.resolve("doc.md");
        Files.writeString(targets, TARGETS);
        Files.writeString(doc, "# Title\n\n<!-- calibration-table:begin -->\nold\n<!-- calibration-table:end -->\n\nafter\n");
        CliRun o = exec("calibration-table", "--targets", targets.toString(), "--seeds", "3", "--into", doc.toString());
        assertThat(o.code()).as(o.err()).isZero();
        String text = Files.readString(doc);
        assertThat(text).startsWith("# Title\n\n<!-- calibration-table:begin -->\nGenerated by `reesim calibration-table")
                .endsWith("<!-- calibration-table:end -->\n\nafter\n").doesNotContain("\nold\n")
                .contains("| mining_total_2002 | Nd | 2002 | mining_total Nd 2000 | 12,000 |", "| demand_check_2002 | Nd | 2002 |", "Objective J = ")
                .contains("| illegal_clay_sites | `illegalMining.sites.ion_clay.count` | value | 100 | 900 |");
    }

    @Test
    void badInputsExitWithCodeTwoAndSayWhatIsWrong() throws Exception {
        Path targets = tmp.resolve("t.yaml");
        Files.writeString(targets, TARGETS.replace("in_use:@ndfeb", "in_use:@magnets"));
        CliRun o = exec("calibration-table", "--targets", targets.toString(), "--seeds", "2");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("magnet_in_use_2001", "@magnets", "ndfeb");
        CliRun m = exec("calibrate", "--method", "simplex", "--max-evals", "1");
        assertThat(m.code()).isEqualTo(2);
        assertThat(m.err()).contains("--method simplex");
        Path params = tmp.resolve("p.yaml");
        Files.writeString(params, PARAMS.replace("world.demand.Nd", "world.demand.Nx"));
        CliRun p = exec("calibrate", "--params", params.toString(), "--max-evals", "1");
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).contains("world.demand.Nx", "no such path");
    }

    @Test
    void anOverlayConfigIsNotWrittenButItsBaseIsAndItsPriorsComeFromItsFiles() throws Exception {
        Path base = tmp.resolve("base.yaml"), overlay = tmp.resolve("overlay.yaml"), targets = tmp.resolve("t.yaml"), params = tmp.resolve("p.yaml");
        Files.writeString(base, Files.readString(Path.of("configs/baseline.yaml")));
        Files.writeString(overlay, "extends: base.yaml\nname: overlay  # label | test\n"
                + "illegalMining:\n  sites:\n    ion_clay:\n      count: 400  # sites | test: set by hand here\n");
        Files.writeString(targets, TARGETS);
        Files.writeString(params, PARAMS);
        CliRun o = exec("calibrate", "--config", overlay.toString(), "--targets", targets.toString(), "--params", params.toString(),
                "--max-evals", "1", "--write");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(overlay + " is an overlay (extends: " + base + ")", "calibrate its base " + base + " instead");
        assertThat(Files.readString(overlay)).startsWith("extends: base.yaml\n");
        CliRun also = exec("calibrate", "--config", base.toString(), "--also", overlay.toString(), "--max-evals", "1");
        assertThat(also.code()).isEqualTo(2);
        assertThat(also.err()).contains("--also");
        CliRun fit = exec("fit-demand", "--config", overlay.toString(), "--write");
        assertThat(fit.code()).isEqualTo(2);
        assertThat(fit.err()).contains(overlay + " is an overlay");

        var loaded = reesim.config.ConfigLoader.load(overlay, List.of(), reesim.config.ModelConfig.class);
        PriorValues priors = PriorValues.of(loaded.resolvedTree(), reesim.config.ConfigLoader.extendsChain(overlay));
        PriorValues basePriors = PriorValues.of(loaded.resolvedTree(), Files.readString(base));
        assertThat(basePriors.handSet()).containsKeys("illegalMining.sites.ion_clay.count", "world.investmentHurdle");
        assertThat(priors.handSet()).doesNotContainKey("illegalMining.sites.ion_clay.count")
                .containsEntry("world.investmentHurdle", basePriors.handSet().get("world.investmentHurdle"));
        assertThat(priors.reference("illegalMining.sites.ion_clay.count")).isEqualTo(400.0);
    }

    @Test
    void aCheckOnFurtherSeedsIsPrintedAndDecidesWhetherTheFitIsWritten() throws Exception {
        Path config = tmp.resolve("checked.yaml"), targets = tmp.resolve("tc.yaml"), params = tmp.resolve("pc.yaml");
        Files.copy(Path.of("configs/baseline.yaml"), config);
        Files.writeString(targets, TARGETS);
        Files.writeString(params, PARAMS);
        String before = Files.readString(config);
        // the prior at the low end of world_nd, far from the mining target, so that the search finds a better point to check
        // whatever the baseline's values (on the baseline's own the prior may be the best of 4 evaluations)
        CliRun o = exec("calibrate", "--config", config.toString(), "--targets", targets.toString(), "--params", params.toString(),
                "--seeds", "2", "--max-evals", "4", "--threads", "2", "--check-seeds", "2", "--write", "--fit-csv", tmp.resolve("fc.csv").toString(),
                "--set", "world.demand.Nd=2000", "--out", tmp.resolve("outc").toString());
        assertThat(o.code()).as(o.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("check on seeds 3-4 \\(not searched on\\): J prior ([0-9.]+) -> best ([0-9.]+) \\((confirmed|not confirmed)")
                .matcher(o.out());
        assertThat(m.find()).as(o.out()).isTrue();
        boolean confirmed = m.group(3).equals("confirmed");
        assertThat(o.out()).as("both points' targets within tolerance on the check's seeds")
                .containsPattern("within tolerance on those seeds: record rows 0 -> 0 of 0 \\(90 % interval of the difference \\+0 to \\+0\\), "
                        + "other targets [0-2] -> [0-2] of 2 \\(90 % interval of the difference [-+][0-2] to [-+][0-2]\\)");
        assertThat(Double.parseDouble(m.group(2)) < Double.parseDouble(m.group(1))).isEqualTo(confirmed);
        if (confirmed) assertThat(o.out()).contains("fitted values into " + config);
        else {
            assertThat(o.out()).contains("the check does not confirm the fit: config left unchanged");
            assertThat(Files.readString(config)).isEqualTo(before);
        }
        assertThat(exec("calibrate", "--check-seeds", "-1").err()).contains("--check-seeds -1: expected 0 (no check) or more seeds");
        assertThat(exec("calibrate", "--check-seed-base", "7").err()).contains("--check-seed-base 7: expected together with --check-seeds N");
    }

    @Test
    void versusJudgesTheConfigWithAnOverrideAgainstItAsItStandsAndSearchesNothing() throws Exception {
        Path targets = targetsFile("tv.yaml");
        CliRun o = exec("calibrate", "--targets", targets.toString(), "--seeds", "3", "--threads", "2", "--versus", "world.demand.Nd=2000");
        assertThat(o.code()).as(o.err()).isZero();
        java.util.regex.Matcher j = java.util.regex.Pattern.compile("J as it stands ([0-9.]+) -> with world.demand.Nd=2000 ([0-9.]+)").matcher(o.out());
        assertThat(j.find()).as(o.out()).isTrue();
        double a = Double.parseDouble(j.group(1)), b = Double.parseDouble(j.group(2));
        assertThat(b).as("a different config on the same seeds").isNotEqualTo(a);
        java.util.regex.Matcher d = java.util.regex.Pattern.compile(
                "with - as it stands on those seeds: ([-+][0-9.]+) \\(90 % paired-bootstrap interval ([-+][0-9.]+) to ([-+][0-9.]+); "
                        + "the config with the overrides lower in ([0-9]+) % of 1000 resamples").matcher(o.out());
        assertThat(d.find()).as(o.out()).isTrue();
        assertThat(Double.parseDouble(d.group(1))).isCloseTo(b - a, org.assertj.core.api.Assertions.within(2e-4));
        assertThat(Double.parseDouble(d.group(2))).isLessThanOrEqualTo(Double.parseDouble(d.group(3)));
        assertThat(o.out()).contains("within tolerance on those seeds").doesNotContain("eval 3");
        assertThat(o.out()).contains("the terms of J that moved most").containsPattern("mining_total_2002 +[0-9.]+ -> +[0-9.]+");
        assertThat(exec("calibrate", "--versus", "world.demand.Nd=2000", "--write").err())
                .contains("--versus with --write: expected --versus alone");
        CliRun bad = exec("calibrate", "--versus", "world.demand.Nd=-5");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("world.demand.Nd");
    }

    @Test
    void termsEvaluatesTheConfigAsItStandsAndListsItsLargestTermsWithoutSearching() throws Exception {
        Path targets = targetsFile("tt.yaml");
        CliRun o = exec("calibrate", "--targets", targets.toString(), "--seeds", "2", "--threads", "2", "--terms", "2");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("eval 1/1").doesNotContain("eval 2");
        java.util.regex.Matcher j = java.util.regex.Pattern.compile("\\] J ([0-9.]+); within tolerance: record rows \\d+ of \\d+, other targets \\d+ of \\d+").matcher(o.out());
        assertThat(j.find()).as(o.out()).isTrue();
        java.util.regex.Matcher t = java.util.regex.Pattern.compile("\\[calibrate\\]   (\\S+) +([0-9.]+)  \\(").matcher(o.out());
        List<Double> values = new ArrayList<>();
        while (t.find()) values.add(Double.parseDouble(t.group(2)));
        assertThat(values).as("two terms, largest first").hasSize(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(values.get(0)).isLessThanOrEqualTo(Double.parseDouble(j.group(1)) + 1e-4);
        // the same J as the config's side of a --versus on the same seeds
        CliRun v = exec("calibrate", "--targets", targets.toString(), "--seeds", "2", "--threads", "2", "--versus", "world.demand.Nd=2000");
        assertThat(v.out()).contains("J as it stands " + j.group(1) + " ->");
        assertThat(exec("calibrate", "--terms", "0").err()).contains("--terms 0: expected at least 1 term");
        assertThat(exec("calibrate", "--terms", "3", "--write").err()).contains("--terms with --write: expected --terms alone or with --versus");
    }

    @Test
    void finalistsRaceOnTheSeedsAfterTheSearchsAndTheCheckFollowsThem() throws Exception {
        Path targets = tmp.resolve("tf.yaml"), params = tmp.resolve("pf.yaml");
        Files.writeString(targets, TARGETS);
        Files.writeString(params, PARAMS);
        CliRun o = exec("calibrate", "--targets", targets.toString(), "--params", params.toString(),
                "--seeds", "2", "--max-evals", "6", "--threads", "2", "--finalists", "3", "--finalist-seeds", "2", "--check-seeds", "2",
                "--set", "world.demand.Nd=2000", "--out", tmp.resolve("outf").toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("finalists on seeds 3-4 (not searched on):");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("evaluation (\\d+): J ([0-9.]+) on the search's seeds, ([0-9.]+) on these(  <- the fit)?").matcher(o.out());
        List<Double> race = new ArrayList<>();
        List<Double> search = new ArrayList<>();
        double fit = Double.NaN;
        while (m.find()) {
            search.add(Double.parseDouble(m.group(2)));
            race.add(Double.parseDouble(m.group(3)));
            if (m.group(4) != null) fit = Double.parseDouble(m.group(3));
        }
        assertThat(race).hasSizeBetween(2, 3);
        assertThat(search).as("best first on the search's seeds").isSorted();
        assertThat(fit).isEqualTo(java.util.Collections.min(race));
        assertThat(o.out()).contains("check on seeds 5-6 (not searched on)");
        assertThat(exec("calibrate", "--finalists", "0").err()).contains("--finalists 0: expected 1 (the search's best) or more points");
        assertThat(exec("calibrate", "--finalist-seeds", "0").err()).contains("--finalist-seeds 0: expected at least 1 seed");
    }

    private static List<String> changedLines(String a, String b) {
        String[] x = a.split("\n", -1), y = b.split("\n", -1);
        assertThat(y).hasSameSizeAs(x);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) if (!x[i].equals(y[i])) out.add(y[i]);
        return out;
    }
}
