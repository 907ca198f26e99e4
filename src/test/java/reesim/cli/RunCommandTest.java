package reesim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RunCommandTest {
    @TempDir Path tmp;

    private record Outcome(int code, String err) {}

    private Outcome exec(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        try {
            return new Outcome(Main.execute(args), buf.toString());
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void runWritesEveryResultFileAndACompleteManifest() throws Exception {
        Path out = tmp.resolve("r");
        assertThat(exec("run", "--quiet", "--until", "2003", "--out", out.toString(), "--set", "scenario.demandScale=1.2").code()).isZero();
        for (String f : List.of("manifest.json", "config.yaml", "annual.csv", "monthly.csv", "flows.csv")) assertThat(out.resolve(f)).exists();
        JsonNode man = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(man.get("status").asText()).isEqualTo("complete");
        assertThat(man.get("ticks").asLong()).isEqualTo(48);
        assertThat(man.get("overrides").get(0).asText()).isEqualTo("scenario.demandScale=1.2");
        assertThat(Files.readString(out.resolve("config.yaml"))).contains("demandScale: 1.2");
        List<String> annual = Files.readAllLines(out.resolve("annual.csv"));
        assertThat(annual.get(0)).isEqualTo("year,element,metric,value");
        for (String metric : List.of("price_domestic", "price_world", "mining_quota", "mined_registered", "mined_unregistered",
                "illegal_mines_active", "smelted", "exports_registered", "exports_smuggled", "seized", "exports_intermediate",
                "exports_final", "imports", "demand", "in_use_stock", "end_of_life", "recycled", "stockpile")) {
            assertThat(annual).as(metric).anyMatch(l -> l.contains("," + metric + ","));
        }
        assertThat(Files.readAllLines(out.resolve("flows.csv")).get(0)).isEqualTo("year,element,source,target,registered,tonnes");
        assertThat(Files.readAllLines(out.resolve("monthly.csv")).get(0)).isEqualTo("tick,year,month,element,metric,value");
    }

    @Test
    void unknownSetPathIsBadInputWithASuggestionAndLeavesNoFolder() {
        Path out = tmp.resolve("bad");
        Outcome o = exec("run", "--out", out.toString(), "--set", "scenario.enforcmentScale=2");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("scenario.enforcmentScale").contains("scenario.enforcementScale");
        assertNoFolderLeft(out);
    }

    @Test
    void outOfRangeValueNamesFileKeyValueAndRange() {
        Path out = tmp.resolve("bad2");
        Outcome o = exec("run", "--out", out.toString(), "--set", "scenario.enforcementScale=-1");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("baseline.yaml").contains("scenario.enforcementScale").contains("-1").contains("[0, 1000]");
        assertNoFolderLeft(out);
    }

    @Test
    void wrongTypeUnknownKeyAndMissingFileAreBadInput() throws Exception {
        Path cfg = tmp.resolve("c.yaml");
        String base = Files.readString(Path.of("configs/baseline.yaml"));
        Files.writeString(cfg, base.replace("  demandScale: 1.0", "  demandScale: lots").replace("  tranches: 5", "  tranches: 5\n  trancehs: 3"));
        Outcome o = exec("validate", "--config", cfg.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("scenario.demandScale").contains("lots").contains("market.trancehs").contains("tranches");
        Outcome missing = exec("run", "--config", tmp.resolve("nope.yaml").toString(), "--out", tmp.resolve("x").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml");
        assertNoFolderLeft(tmp.resolve("x"));
    }

    @Test
    void semanticErrorsAreCaught() throws Exception {
        Path cfg = tmp.resolve("s.yaml");
        String base = Files.readString(Path.of("configs/baseline.yaml"));
        Files.writeString(cfg, base.replace("    Ce: 0.505", "    Ce: 0.7").replace("deposit: sichuan  #", "deposit: sichaun  #"));
        Outcome o = exec("validate", "--config", cfg.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("deposits.bayan_obo.distribution").contains("sum to 1").contains("mines.1.deposit").contains("sichaun");
    }

    @Test
    void badSubstituteGroupsAreNamed() throws Exception {
        Path cfg = tmp.resolve("g.yaml");
        String base = Files.readString(Path.of("configs/baseline.yaml"));
        Files.writeString(cfg, base.replace("      - elements: [Dy, Tb]", "      - elements: [Dy, La]"));
        Outcome o = exec("validate", "--config", cfg.toString(), "--set", "intermediates.ndfeb.substitutes.0.elasticity=-1");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("intermediates.ndfeb.substitutes.1.elements.1").contains("La").contains("positive share in the recipe")
                .contains("intermediates.ndfeb.substitutes.0.elasticity").contains("-1");
    }

    @Test
    void untilOutsideTheHorizonIsBadInput() {
        assertThat(exec("run", "--until", "1990", "--out", tmp.resolve("u").toString()).code()).isEqualTo(2);
        assertNoFolderLeft(tmp.resolve("u"));
    }

    private void assertNoFolderLeft(Path out) {
        assertThat(out).doesNotExist();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(out.getFileName().toString() + ".partial"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** One message naming the path, exit 2, no stack trace. */
    private static void assertOneBadInputMessage(Outcome o, String path) {
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.err()).startsWith("bad input: ").contains(path).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(o.err().strip().lines().filter(l -> !l.startsWith("see:")).count()).as(o.err()).isEqualTo(1);
    }

    @Test
    void anOutputPathThroughAnExistingFileIsBadInputAndLeavesNothing() throws Exception {
        Path file = tmp.resolve("afile");
        Files.writeString(file, "x");
        String through = file.resolve("sub").resolve("r").toString();
        Outcome run = exec("run", "--until", "2001", "--out", through);
        assertOneBadInputMessage(run, through);
        assertThat(run.err()).contains("afile is a file, not a folder");
        Outcome onto = exec("run", "--until", "2001", "--out", file.toString());
        assertOneBadInputMessage(onto, file.toString());
        assertThat(onto.err()).contains("is a file; expected a folder");
        Outcome sweep = exec("sweep", "--quiet", "--config", "configs/sweeps/enforcement-tariff.yaml", "--out", through);
        assertOneBadInputMessage(sweep, through);
        Outcome report = exec("report", file.toString());
        assertOneBadInputMessage(report, file.toString());
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("afile");
        }
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aReadOnlyOutputFolderIsBadInputForRunSweepAndReport() throws Exception {
        Path ro = Files.createDirectory(tmp.resolve("ro"));
        Path runDir = tmp.resolve("done");
        assertThat(exec("run", "--quiet", "--until", "2001", "--out", runDir.toString()).code()).isZero();
        Files.delete(runDir.resolve("report.html"));
        try {
            assertThat(ro.toFile().setWritable(false, false)).isTrue();
            assertThat(runDir.toFile().setWritable(false, false)).isTrue();
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro),
                    "skipped: this process may write into a read-only folder (running as root); the path-through-a-file test covers root");
            String out = ro.resolve("r").toString();
            assertOneBadInputMessage(exec("run", "--until", "2001", "--out", out), out);
            assertOneBadInputMessage(exec("sweep", "--quiet", "--config", "configs/sweeps/enforcement-tariff.yaml", "--out", out), out);
            Outcome report = exec("report", runDir.toString());
            assertOneBadInputMessage(report, runDir.toString());
            assertThat(report.err()).contains("not writable");
            try (Stream<Path> s = Files.list(ro)) {
                assertThat(s.toList()).isEmpty();
            }
            assertThat(runDir.resolve("report.html")).doesNotExist();
        } finally {
            ro.toFile().setWritable(true, true);
            runDir.toFile().setWritable(true, true);
        }
    }

    @Test
    void configSha256IsTheHashOfTheResolvedConfigYamlBesideIt() throws Exception {
        Path out = tmp.resolve("h");
        assertThat(exec("run", "--quiet", "--until", "2001", "--out", out.toString(), "--set", "scenario.demandScale=1.1").code()).isZero();
        String sha = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("config_sha256").asText();
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out.resolve("config.yaml"))));
        assertThat(sha).isEqualTo(expected);
        assertThat(Files.readString(out.resolve("report.html"))).contains(expected);
        // the same rule as a sweep's base_sha256: the resolved baseline hashes alike in a run and as a sweep's base
        Path plain = tmp.resolve("p");
        assertThat(exec("run", "--quiet", "--until", "2001", "--out", plain.toString()).code()).isZero();
        String runSha = new ObjectMapper().readTree(plain.resolve("manifest.json").toFile()).get("config_sha256").asText();
        assertThat(reesim.experiment.SweepSpec.load(Path.of("configs/sweeps/enforcement-tariff.yaml"), List.of()).baseSha256()).isEqualTo(runSha);
    }

    @Test
    void validateRecognisesASweepFileAndChecksIt() throws Exception {
        assertThat(exec("validate", "--config", "configs/sweeps/enforcement-tariff.yaml").code()).isZero();
        Path bad = tmp.resolve("bad-sweep.yaml");
        Files.writeString(bad, Files.readString(Path.of("configs/sweeps/enforcement-tariff.yaml"))
                .replace("base: ../baseline.yaml", "base: " + Path.of("configs/baseline.yaml").toAbsolutePath()).replace("seeds: 20", "seedz: 20"));
        Outcome o = exec("validate", "--config", bad.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("seedz").contains("seeds");
    }
}
