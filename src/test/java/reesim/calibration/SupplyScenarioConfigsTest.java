package reesim.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Yao et al. (2021) supply scenarios are overlays on the baseline ({@code extends: baseline.yaml}) that
 * differ only in the mining quota after 2017: held at its 2017 level, then growing at the scenario's rate
 * from 2018 (seed 002 s3.3). Everything else, calibrated values included, is inherited.
 */
class SupplyScenarioConfigsTest {
    private static final Path BASELINE = Path.of("configs/baseline.yaml");

    @ParameterizedTest
    @CsvSource({"2, 0.02", "5, 0.05", "8, 0.08"})
    void scenarioIsAnOverlayOnTheBaselineThatChangesOnlyNameAndPost2017Quota(int pct, double growth) throws Exception {
        Path file = Path.of("configs/yao2021-supply-" + pct + "pct.yaml");
        assertThat(ConfigLoader.extendsChain(file)).containsExactly(file, BASELINE);
        var scenario = ConfigLoader.load(file, List.of(), ModelConfig.class);
        var baseline = ConfigLoader.load(BASELINE, List.of(), ModelConfig.class);

        assertThat(scenario.value().policy.miningQuotaGrowth).isEqualTo(Map.of(2018, growth));
        assertThat(scenario.value().policy.miningQuota.keySet()).allMatch(y -> y <= 2017).contains(2017);
        assertThat(scenario.value().policy.miningQuota.get(2017)).isEqualTo(baseline.value().policy.miningQuota.get(2014));
        assertThat(scenario.value().name).isEqualTo("yao2021-supply-" + pct + "pct");

        Set<String> quotaYears = new TreeSet<>();
        baseline.value().policy.miningQuota.keySet().stream().filter(y -> y >= 2017).forEach(y -> quotaYears.add("policy.miningQuota." + y));
        assertThat(quotaYears).contains("policy.miningQuota.2018");
        Set<String> expected = new TreeSet<>(quotaYears);
        expected.add("name");
        expected.add("policy.miningQuota.2017");
        expected.add("policy.miningQuotaGrowth.2018");
        baseline.value().policy.miningQuotaGrowth.keySet().forEach(y -> expected.add("policy.miningQuotaGrowth." + y));
        assertThat(differingLeaves(scenario.resolvedTree(), baseline.resolvedTree(), "")).isEqualTo(expected);
    }

    /** Paths of the leaves that are in only one tree or hold different values there. */
    private static Set<String> differingLeaves(JsonNode a, JsonNode b, String path) {
        Set<String> out = new TreeSet<>();
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) out.addAll(differingLeaves(a.get(k), b.get(k), path.isEmpty() ? k : path + "." + k));
        } else if (a == null || !a.equals(b)) {
            out.add(path);
        }
        return out;
    }
}
