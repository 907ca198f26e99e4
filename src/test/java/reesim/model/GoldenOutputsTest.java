package reesim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.output.ResultWriter;
import reesim.output.Simulation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model's outputs, byte for byte: SHA-256 of annual.csv, monthly.csv and flows.csv for seeds
 * 1-5 of the baseline, one scenario per knob and the supply scenarios (the cases of
 * scripts/golden.sh). A refactor must leave them unchanged. A change meant to change the model
 * regenerates the list with {@code mvn test -Dtest=GoldenOutputsTest -Dreesim.golden.update=true}
 * and says in its commit what changed and why.
 */
class GoldenOutputsTest {
    private static final Path EXPECTED = Path.of("src/test/resources/golden/outputs.sha256");
    private static final String[][] CASES = {
            {"baseline", "configs/baseline.yaml", null},
            {"mq04", "configs/baseline.yaml", "scenario.miningQuotaScale=0.4"},
            {"eq04", "configs/baseline.yaml", "scenario.exportQuotaScale=0.4"},
            {"tariff05", "configs/baseline.yaml", "scenario.exportTariffAdd=0.5"},
            {"enf3", "configs/baseline.yaml", "scenario.enforcementScale=3"},
            {"recyc200", "configs/baseline.yaml", "scenario.recyclingSubsidy=200"},
            {"demand15", "configs/baseline.yaml", "scenario.demandScale=1.5"},
            {"magnet15", "configs/baseline.yaml", "scenario.magnetDemandScale=1.5"},
            {"pop2", "configs/baseline.yaml", "scenario.populationScale=2"},
            {"supply2", "configs/yao2021-supply-2pct.yaml", null},
            {"supply5", "configs/yao2021-supply-5pct.yaml", null},
            {"supply8", "configs/yao2021-supply-8pct.yaml", null},
    };

    @TempDir Path tmp;

    @Test
    void outputsAreByteIdenticalToTheRecordedOnes() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String[] c : CASES) {
            ModelConfig cfg = ConfigLoader.load(Path.of(c[1]), c[2] == null ? List.of() : List.of(c[2]), ModelConfig.class).value();
            for (long seed = 1; seed <= 5; seed++) {
                Path dir = Files.createDirectories(tmp.resolve(c[0] + "-seed" + seed));
                new ResultWriter(Simulation.run(cfg, seed, cfg.time.endYear)).writeAll(dir);
                for (String f : List.of("annual.csv", "monthly.csv", "flows.csv")) {
                    lines.add(sha256(dir.resolve(f)) + "  " + c[0] + "-seed" + seed + "/" + f);
                    Files.delete(dir.resolve(f));
                }
            }
        }
        if (Boolean.getBoolean("reesim.golden.update")) {
            Files.createDirectories(EXPECTED.getParent());
            Files.write(EXPECTED, lines);
        }
        assertThat(lines).as("outputs differ from %s (a change of the model must regenerate it)", EXPECTED)
                .containsExactlyElementsOf(Files.readAllLines(EXPECTED));
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
