package reesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.config.ConfigException;
import reesim.config.Problem;
import reesim.output.Metric;

class SweepFileReaderTest {
    @TempDir Path dir;

    private List<Problem> problems(String body) throws Exception {
        Path file = SweepFiles.write(dir, "bad.yaml", body);
        try {
            SweepSpec.load(file, List.of());
        } catch (ConfigException e) {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isIn(file.toString(), SweepFiles.BASELINE.toString()));
            return e.problems();
        }
        throw new AssertionError("expected a ConfigException for\n" + body);
    }

    private static Problem at(List<Problem> problems, String path) {
        return problems.stream().filter(p -> path.equals(p.path())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
    }

    @Test
    void reportsEveryProblemAtOnceWithSuggestions() throws Exception {
        List<Problem> problems = problems("""
                until: 2300
                seed: 3
                grid:
                  scenario.enforcmentScale: [1, 2]
                  scenario.exportTariffAdd: [0, -5]
                sample:
                  method: lhc
                  n: 4
                  ranges:
                    scenario.demandScale: [2, 1]
                outcomes:
                  - {name: a, metric: mined_unregisterd}
                  - {name: b, metric: seized, stat: avrage}
                  - {name: c, metric: price_domestic, element: REO}
                  - {name: d, metric: seized, yeers: [2001, 2002]}
                """);

        assertThat(problems).hasSize(10);
        assertThat(at(problems, "until").value()).isEqualTo("2300");
        assertThat(at(problems, "seed").expected()).contains("did you mean 'seeds'?");
        assertThat(at(problems, "grid.scenario.enforcmentScale").expected()).contains("did you mean 'scenario.enforcementScale'?");
        assertThat(at(problems, "grid.scenario.exportTariffAdd[1]").value()).isEqualTo("-5");
        assertThat(at(problems, "grid.scenario.exportTariffAdd[1]").expected()).contains("[-1, 10]");
        assertThat(at(problems, "sample.method").expected()).contains("did you mean 'lhs'?");
        assertThat(at(problems, "sample.ranges.scenario.demandScale").expected()).contains("low < high");
        assertThat(at(problems, "outcomes.0.metric").expected()).contains("did you mean 'mined_unregistered'?");
        assertThat(at(problems, "outcomes.1.stat").expected()).contains("one of [mean, sum, final, max, min, argmax, argmin]");
        assertThat(at(problems, "outcomes.2.element").expected()).contains("has no REO row");
        assertThat(at(problems, "outcomes.3.yeers").expected()).contains("did you mean 'years'?");
    }

    @Test
    void messageNamesFileKeyValueAndExpectation() throws Exception {
        Problem p = at(problems("grid:\n  scenario.enforcementScale: [1, -3]\n"), "grid.scenario.enforcementScale[1]");
        assertThat(p.message()).contains("bad.yaml").contains("grid.scenario.enforcementScale[1] = -3").contains("a number in [0, 1000]");
    }

    @Test
    void missingBaseAndUnknownKeysAreBadInput() throws Exception {
        Path file = dir.resolve("nobase.yaml");
        Files.writeString(file, "base: nowhere.yaml\nseeds: 0\ncommonRandomNumbers: maybe\n");
        assertThatThrownBy(() -> SweepSpec.load(file, List.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("base", "seeds", "commonRandomNumbers"));
    }

    @Test
    void sampledWholeNumberSettingIsRejectedBeforeRunning() throws Exception {
        List<Problem> problems = problems("sample: {method: lhs, n: 5, ranges: {market.tranches: [2, 9]}}\n");
        assertThat(problems).extracting(Problem::path).containsOnly("sample.ranges.market.tranches");
        assertThat(problems).anySatisfy(p -> assertThat(p.expected()).contains("whole number"));
    }

    @Test
    void validFileWithDefaults() throws Exception {
        SweepSpec spec = SweepSpec.load(SweepFiles.write(dir, "ok.yaml", "until: 2012\n"), List.of());

        assertThat(spec.untilYear()).isEqualTo(2012);
        assertThat(spec.seeds().replicateSeeds()).containsExactly(1L);
        assertThat(spec.seeds().commonRandomNumbers()).isFalse();
        assertThat(spec.grid()).isEmpty();
        assertThat(spec.sample()).isNull();
        assertThat(spec.outcomes()).extracting(OutcomeSpec::name)
                .contains("mined_unregistered_mean_2010_2012", "exports_smuggled_mean_2010_2012", "nd_price_domestic_mean_2010_2012",
                        "nd_price_ratio_world_domestic_mean_2010_2012", "recycled_mean_2010_2012", "mined_registered_cumulative");
        OutcomeSpec ratio = spec.outcomes().stream().filter(o -> o.name().startsWith("nd_price_ratio")).findFirst().orElseThrow();
        assertThat(ratio.metric()).isEqualTo(Metric.PRICE_WORLD);
        assertThat(ratio.denominator()).isEqualTo(Metric.PRICE_DOMESTIC);
        assertThat(spec.outcomes()).filteredOn(o -> o.name().equals("mined_registered_cumulative"))
                .singleElement().satisfies(o -> assertThat(o.fromYear()).isEqualTo(2000));
    }

    @Test
    void defaultWindowFollowsShortRuns() throws Exception {
        SweepSpec spec = SweepSpec.load(SweepFiles.write(dir, "short.yaml", "until: 2004\n"), List.of());
        assertThat(spec.outcomes()).allSatisfy(o -> assertThat(o.toYear()).isEqualTo(2004));
        assertThat(spec.outcomes().get(0).fromYear()).isEqualTo(2000);
    }

    @Test
    void baseIsRelativeToTheSweepFile() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("configs/sweeps"));
        Files.copy(SweepFiles.BASELINE, dir.resolve("configs/baseline.yaml"));
        Path file = sub.resolve("rel.yaml");
        Files.writeString(file, "base: ../baseline.yaml\nseeds: [5, 9]\ncommonRandomNumbers: true\n"
                + "outcomes:\n  - {metric: mined_registered, year: 2003, stat: final}\n");

        SweepSpec spec = SweepSpec.load(file, List.of());
        assertThat(spec.baseFile().toAbsolutePath().normalize()).isEqualTo(dir.resolve("configs/baseline.yaml").toAbsolutePath().normalize());
        assertThat(spec.seeds().replicateSeeds()).containsExactly(5L, 9L);
        assertThat(spec.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("mined_registered_REO_final_2003");
            assertThat(o.fromYear()).isEqualTo(2003);
            assertThat(o.toYear()).isEqualTo(2003);
        });
    }

    @Test
    void syntaxErrorNamesTheLine() throws Exception {
        Path file = dir.resolve("syntax.yaml");
        Files.writeString(file, "base: x\ngrid: [\n");
        assertThatThrownBy(() -> SweepSpec.load(file, List.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage()).contains("line").contains("YAML"));
    }

    @Test
    void misspeltKeysAtEveryLevelGiveOneMessageEachWithDidYouMean() throws Exception {
        Path file = SweepFiles.write(dir, "typos.yaml", """
                seedz: 3
                sample: {methd: lhs, n: 4, ranges: {scenario.demandScale: [0.5, 2]}}
                outcomes:
                  - {metirc: seized, years: [2001, 2002]}
                  - {metric: seized, stat: maxx}
                """);
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class, () -> SweepSpec.load(file, List.of()));

        assertThat(e.problems()).extracting(Problem::path)
                .containsExactly("seedz", "sample.methd", "outcomes.0.metirc", "outcomes.1.stat");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
        assertThat(e.getMessage().lines()).containsExactly(
                file + ": seedz: a known key; did you mean 'seeds'?",
                file + ": sample.methd: a known key; did you mean 'method'?",
                file + ": outcomes.0.metirc: a known key; did you mean 'metric'?",
                file + ": outcomes.1.stat = \"maxx\": one of [mean, sum, final, max, min, argmax, argmin]; did you mean 'max'?");
    }

    @Test
    void wrongTypesAreReportedWithTheRulesOfTheRestOfTheFile() throws Exception {
        List<Problem> problems = problems("""
                until: 2010.5
                seeds: [1, 1]
                grid: {scenario.demandScale: []}
                sample: {method: lhs, n: 0, sampleSeed: x, ranges: {scenario.enforcementScale: [1, 2]}}
                outcomes:
                  - 5
                  - {metric: seized, year: 2001, years: [2001, 2002]}
                """);
        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("until", "seeds.1", "grid.scenario.demandScale",
                "sample.n", "sample.sampleSeed", "outcomes.0", "outcomes.1.year");
        assertThat(at(problems, "until").expected()).contains("a whole number").contains("run --until");
        assertThat(at(problems, "sample.sampleSeed").value()).isEqualTo("\"x\"");
        assertThat(at(problems, "outcomes.0").expected()).contains("a map of Outcome settings");
    }

    /**
     * The shipped sweep files bind to the plans the hand-written reader gave before the sweep file went through
     * ConfigLoader: digests of name, years, seeds, grid, sample, outcomes and every scenario, recorded with that
     * reader. A deliberate change of a shipped file changes its digest.
     */
    @Test
    void shippedSweepFilesGiveTheSamePlansAsBefore() throws Exception {
        assertThat(digest("enforcement-tariff")).isEqualTo("80dce1d96467eaaa93ccc7bba080377f5b070b0fc81d6cfc8ad4867b7330121b");
        assertThat(digest("lhs-knobs")).isEqualTo("f1e3034d3f549cba3a0f6a589ffc9f97902b46763d94727de0a341870f3c8320");
        assertThat(digest("sobol-knobs")).isEqualTo("96801bc3bf7e4345bf156ea8ad394f793333b02cbed3823801cda5c18b2a94f6");
    }

    private static String digest(String name) throws Exception {
        SweepSpec s = SweepSpec.load(Path.of("configs/sweeps/" + name + ".yaml"), List.of());
        StringBuilder sb = new StringBuilder();
        sb.append(s.name()).append('|').append(s.startYear()).append('-').append(s.untilYear()).append('|').append(s.seeds())
                .append('|').append(s.grid()).append('\n');
        if (s.sample() != null) {
            sb.append(s.sample().method()).append(' ').append(s.sample().n()).append(' ').append(s.sample().sampleSeed()).append('\n');
            s.sample().ranges().forEach((k, v) -> sb.append(k).append(java.util.Arrays.toString(v)).append('\n'));
        }
        s.outcomes().forEach(o -> sb.append(o).append('\n'));
        SweepPlan.of(s).scenarios().forEach(c -> sb.append(c).append('\n'));
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
