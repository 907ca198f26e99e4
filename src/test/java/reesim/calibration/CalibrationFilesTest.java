package reesim.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.config.ConfigException;
import reesim.config.Problem;

/** targets.yaml and free-parameters.yaml go through ConfigLoader like a model config: every problem at once. */
class CalibrationFilesTest {
    @TempDir Path dir;

    private static final String TARGET = """
            targets:
              - id: nd_mining_2000
                quantity: mining
                element: Nd
                years: [2000]
                value: 10000
                unit: t
                tolerance: 0.15
                toleranceWhy: statistics
                numerator: [metric:mined_registered]
                sources: [mining Nd 2000]
                mapping: registered mining
            """;

    @Test
    void badTargetsFileGivesOneMessagePerProblemWithDidYouMean() throws Exception {
        Path file = dir.resolve("targets.yaml");
        Files.writeString(file, TARGET.replace("tolerance: 0.15", "tolerence: 0.15").replace("    unit: t\n", "    unit: t\n    role: forcast\n")
                .replace("[metric:mined_registered]", "[metrik:mined_registered, 'metric:mined_unregistered[7-13]', 'metric:demand[1-6]']")
                + """
                contrasts:
                  - {id: c, fact: f, set: [scenario.demandScale=2], element: Nd, years: [2000], numerator: [metric:demand],
                     direction: highr, minEffect: 0.1}
                contrastConfidance: 0.9
                loss: absolute
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> TargetSet.load(file));

        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
        assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("targets.0.tolerence", "contrastConfidance",
                "targets.0.role", "targets.0.numerator.0", "targets.0.numerator.1", "contrasts.0.direction", "loss");
        assertThat(message(e, "targets.0.tolerence")).isEqualTo(file + ": targets.0.tolerence: a known key; did you mean 'tolerance'?");
        assertThat(message(e, "contrastConfidance")).contains("did you mean 'contrastConfidence'?");
        assertThat(message(e, "targets.0.role")).isEqualTo(file + ": targets.0.role = \"forcast\": one of [fit, forecast]; did you mean 'forecast'?");
        assertThat(message(e, "targets.0.numerator.0")).contains("= metrik:mined_registered").contains("did you mean 'metric'?");
        assertThat(message(e, "targets.0.numerator.1")).contains("= metric:mined_unregistered[7-13]").contains("[from-to] or [from-to highest] with 1 <= from <= to <= 12");
        assertThat(message(e, "contrasts.0.direction")).contains("did you mean 'higher'?");
        assertThat(message(e, "loss")).isEqualTo(file + ": loss = absolute: squared or beyond_tolerance");
    }

    @Test
    void negativeBoundWeightsInTheHistoryBlockAreRefusedByName() throws Exception {
        Path file = dir.resolve("targets.yaml");
        Files.writeString(file, TARGET + """
                history:
                  weights: {nd_domestic_price: 1}
                  weightWhy: test
                  years: ["2000-2009"]
                  quotaBindsWeight: 4
                  stockBoundWeight: -2
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> TargetSet.load(file));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("history.stockBoundWeight");
        assertThat(message(e, "history.stockBoundWeight")).startsWith(file + ": history.stockBoundWeight = -2").contains("objective weight");
    }

    @Test
    void badParametersFileGivesKeyTypeAndRuleProblemsTogether() throws Exception {
        Path file = dir.resolve("free-parameters.yaml");
        Files.writeString(file, """
                parameters:
                  - {name: a, paths: [mines.0.unitCost], mod: value, lower: 5, upper: 1, why: test}
                  - {name: b, paths: [mines.1.unitCost], mode: scal, lower: 1, upper: x, why: test}
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> ParameterSet.load(file));

        assertThat(e.problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("parameters.0.mod", "parameters.0.upper", "parameters.1.upper", "parameters.1.mode");
        assertThat(message(e, "parameters.0.mod")).contains("did you mean 'mode'?");
        assertThat(message(e, "parameters.1.upper")).contains("= \"x\"").contains("a number");
        assertThat(message(e, "parameters.1.mode")).contains("did you mean 'scale'?");
    }

    /**
     * The shipped files bind to what they gave before (digests of every target, contrast and free parameter,
     * recorded with the earlier loading). A deliberate change of a shipped file changes its digest.
     */
    @Test
    void shippedFilesBindAsBefore() throws Exception {
        TargetSet targets = TargetSet.load(TargetSet.DEFAULT);
        ParameterSet params = ParameterSet.load(ParameterSet.DEFAULT);
        assertThat(targets.all()).hasSize(65);
        assertThat(digest("target ", targets.all())).isEqualTo("534c15704ce955fe9454c27eac4c6e78a0cd6d9a11bcf34746bd6c0ae9260d98");
        // the same targets as written before Target had an upper bound (its record form then ended at highestYear)
        assertThat(digest("target ", targets.all().stream().map(t -> t.toString().replace(", atMost=false]", "]")).toList()))
                .isEqualTo("1f003b13798a2b89124e8192651ace2779d0d3522fba8cf0e1b793b3caa47a4f");
        assertThat(digest("contrast ", targets.contrasts())).isEqualTo("3c82653d51ad7bab3f5a23e4cd52396c573f25554199f230ea78550fcc282d60");
        assertThat(digest("contrast ", targets.contrasts().stream().map(c -> c.toString().replace(", atMost=false]", "]")).toList()))
                .isEqualTo("f7a8c32c0a1ab2c0de41acb19f7823414bb16f565605aeb3daae650f50f8120d");
        assertThat(digest("param ", params.all())).isEqualTo("b5e36c05dbe3ae4baf50fc2534f71f5d27bc27189cc60ae3715aa0db1229cfb7");
    }

    /** Every free-parameter file shipped in configs/calibration loads and names only numeric leaves of the baseline. */
    @Test
    void everyShippedParametersFileBindsToTheBaseline() throws Exception {
        var baseline = reesim.config.ConfigLoader.load(Path.of("configs/baseline.yaml"), List.of(), reesim.config.ModelConfig.class);
        List<Path> files;
        try (var s = Files.list(Path.of("configs/calibration"))) {
            files = s.filter(f -> f.getFileName().toString().endsWith("parameters.yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (Path f : files) {
            ParameterSet params = ParameterSet.load(f);
            assertThat(params.size()).as(f.toString()).isPositive();
            params.checkAgainst(baseline.resolvedTree(), "configs/baseline.yaml");
        }
    }

    private static String message(ConfigException e, String path) {
        return e.problems().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().message();
    }

    private static String digest(String prefix, List<?> items) throws Exception {
        String text = items.stream().map(x -> prefix + x).collect(Collectors.joining("\n"));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
