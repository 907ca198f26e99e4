package reesim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.experiment.PairedComparison;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code compare}: bad comparison files are bad input (exit 2, one message per mistake naming file, key path, value and
 * expectation, nothing written); a small comparison on common random numbers gives exactly zero differences for the
 * base run again, and a nonzero one in the expected direction for a strong knob.
 */
class CompareCommandTest {
    private static final Path BASELINE = Path.of("configs/baseline.yaml").toAbsolutePath();

    @TempDir Path tmp;


    static CliRun exec(String... args) { return CliRun.of(args); }

    private Path write(String name, String body) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, body);
        return file;
    }

    @Test
    void badComparisonFilesAreBadInputWithEveryProblemAtOnce() throws Exception {
        write("other.yaml", "name: other\n");   // a config that is not an overlay of the base
        Path file = write("bad.yaml", "base: " + BASELINE + "\n" + """
                until: 2300
                seeds: 0
                scenarios:
                  - {name: base}
                  - {name: strict, set: {scenario.enforcmentScale: 10}}
                  - {name: strict, set: {scenario.enforcementScale: -1}}
                  - {name: elsewhere, config: other.yaml}
                  - {name: missing, config: nowhere.yaml}
                outcomes:
                  - {metric: mined_unregisterd}
                """);
        Path out = tmp.resolve("out");
        CliRun o = exec("compare", "--config", file.toString(), "--out", out.toString(), "--quiet");
        assertThat(o.code()).isEqualTo(Main.BAD_INPUT);
        String f = file.toString();
        assertThat(o.err()).startsWith("bad input:")
                .contains(f + ": until = 2300: a year within the base config's horizon 2000-2050")
                .contains(f + ": seeds = 0: a number of replicates")
                .contains(f + ": scenarios.0.name = base: a name other than 'base'")
                .contains(f + ": scenarios.1.set.scenario.enforcmentScale = scenario.enforcmentScale").contains("did you mean 'scenario.enforcementScale'?")
                .contains(f + ": scenarios.2.name = strict: a name used by one scenario only")
                .contains(f + ": scenarios.2.set.scenario.enforcementScale = -1: a number in [0, 1000]")
                .contains(f + ": scenarios.3.config = other.yaml: an overlay of the base")
                .contains(f + ": scenarios.4.config = nowhere.yaml: a config overlay of the base, relative to the comparison file's folder")
                .contains(f + ": outcomes.0.metric = \"mined_unregisterd\": a metric of annual.csv; did you mean 'mined_unregistered'?")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
        CliRun checked = exec("validate", "--config", file.toString());
        assertThat(checked.code()).as("validate reads a comparison file as compare does").isEqualTo(Main.BAD_INPUT);
        assertThat(checked.err()).contains(f + ": seeds = 0: a number of replicates").contains(f + ": scenarios.0.name = base");

        Path misspelt = write("misspelt.yaml", "base: " + BASELINE + "\nscenaros:\n  - {name: a}\n");
        CliRun typo = exec("compare", "--config", misspelt.toString(), "--out", out.toString());
        assertThat(typo.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(typo.err()).contains(misspelt + ": scenaros: a known key; did you mean 'scenarios'?");
        assertThat(out).doesNotExist();

        Path ok = write("ok.yaml", "base: " + BASELINE + "\nscenarios:\n  - {name: a}\n");
        CliRun valid = exec("validate", "--config", ok.toString());
        assertThat(valid.code()).as(valid.err()).isZero();
        assertThat(valid.out()).contains(ok + ": valid comparison file");
        CliRun seeds = exec("compare", "--config", ok.toString(), "--seeds", "9-3", "--out", out.toString());
        assertThat(seeds.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(seeds.err()).contains("--seeds 9-3: expected FIRST-LAST");
        assertThat(out).doesNotExist();

        CliRun none = exec("compare", "--config", write("empty.yaml", "base: " + BASELINE + "\n").toString(), "--out", out.toString());
        assertThat(none.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(none.err()).contains("scenarios: a non-empty list of scenarios");
        assertThat(out).doesNotExist();
    }

    @Test
    void pairedSeedsGiveZeroForTheBaseAgainAndAStrongKnobMovesUnregisteredMiningDown() throws Exception {
        // an overlay that adds a schedule key and removes one: the comparison turns it into --set overrides of the base
        write("overlay.yaml", "extends: " + BASELINE + "\n" + """
                recycling:
                  collectionMandate:
                    2000: null
                    2001: 0.0
                """);
        Path file = write("cmp.yaml", "base: " + BASELINE + "\n" + """
                until: 2004
                seeds: [3, 11]
                scenarios:
                  - {name: same}
                  - {name: same-by-overlay, config: overlay.yaml}
                  - {name: strict, set: {scenario.enforcementScale: 10}}
                outcomes:
                  - {name: unregistered, metric: mined_unregistered, element: REO, years: [2001, 2004], stat: mean}
                  - {name: nd_price, metric: price_domestic, element: Nd, years: [2001, 2004], stat: mean}
                """);
        Path out = tmp.resolve("out");
        CliRun o = exec("compare", "--config", file.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("compare cmp: 8 runs (0 failed)");
        for (String f : List.of("runs.csv", "outcomes.csv", "stats.csv", "scenarios.csv", "comparison.csv", "report.html", "sweep.json")) {
            assertThat(out.resolve(f)).exists();
        }
        // common random numbers: replicate r of every scenario ran on seed r of the list
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertThat(runs.get(0)).isEqualTo("run_id,scenario,replicate,seed,name,status,wall_seconds,error");
        try (Stream<String> s = runs.stream().skip(1)) {
            assertThat(s.map(l -> l.split(",")).filter(c -> c[4].equals("strict")).map(c -> c[2] + ":" + c[3]))
                    .containsExactlyInAnyOrder("1:3", "2:11");
        }

        List<PairedComparison.Row> rows = PairedComparison.read(out.resolve(PairedComparison.FILE));
        assertThat(rows).extracting(PairedComparison.Row::name)
                .containsExactly("same", "same", "same-by-overlay", "same-by-overlay", "strict", "strict");
        for (PairedComparison.Row r : rows.subList(0, 4)) {
            assertThat(r.difference().n()).isEqualTo(2);
            assertThat(r.difference().mean()).as(r.toString()).isZero();
            assertThat(r.difference().lo()).isZero();
            assertThat(r.difference().hi()).isZero();
            assertThat(r.difference().excludesZero()).isFalse();
        }
        PairedComparison.Difference strict = rows.get(4).difference();
        assertThat(rows.get(4).outcome()).isEqualTo("unregistered");
        assertThat(strict.baseMean()).isPositive();
        assertThat(strict.mean()).as("ten times the enforcement: less unregistered mining on the same seeds").isNegative();
        assertThat(strict.scenarioMean()).isLessThan(strict.baseMean());

        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("comparison-section").contains("\"comparison\":[{\"name\":\"unregistered\"");
    }

    @Test
    void intoFillsTheMarkersAndRefusesADocWithout() throws Exception {
        Path file = write("cmp.yaml", "base: " + BASELINE + "\n" + """
                until: 2001
                seeds: 2
                scenarios:
                  - {name: strict, set: {scenario.enforcementScale: 10}, about: "ten times the enforcement"}
                outcomes:
                  - {name: unregistered, metric: mined_unregistered, element: REO, year: 2001}
                """);
        Path doc = write("doc.md", "# doc\n\nno markers\n");
        CliRun refused = exec("compare", "--config", file.toString(), "--out", tmp.resolve("a").toString(), "--into", doc.toString(), "--quiet");
        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("expected the markers " + CompareCommand.BEGIN);
        assertThat(tmp.resolve("a")).doesNotExist();

        Files.writeString(doc, "# doc\n\n" + CompareCommand.BEGIN + "\nold\n" + CompareCommand.END + "\n\nafter\n");
        CliRun o = exec("compare", "--config", file.toString(), "--out", tmp.resolve("b").toString(), "--into", doc.toString(), "--quiet");
        assertThat(o.code()).as(o.err()).isZero();
        String text = Files.readString(doc);
        assertThat(text).doesNotContain("\nold\n").contains("2 seeds 1-2 on every scenario").endsWith(CompareCommand.END + "\n\nafter\n")
                .contains("| strict | ten times the enforcement |  | `scenario.enforcementScale=10` |")
                .contains("| unregistered (t/yr) | strict |");
    }
}
