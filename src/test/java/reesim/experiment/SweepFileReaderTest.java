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
}
