package reesim.calibration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Yao et al. (2021) supply scenarios are valid copies of the baseline that differ only in the mining
 * quota after 2017: held at its 2017 level, then growing at the scenario's rate from 2018 (seed 002 s3.3).
 */
class SupplyScenarioConfigsTest {
    @ParameterizedTest
    @CsvSource({"2, 0.02", "5, 0.05", "8, 0.08"})
    void scenarioIsAValidCopyOfTheBaselineExceptNameAndQuotaGrowth(int pct, double growth) throws Exception {
        var scenario = ConfigLoader.load(Path.of("configs/yao2021-supply-" + pct + "pct.yaml"), List.of(), ModelConfig.class);
        var baseline = ConfigLoader.load(Path.of("configs/baseline.yaml"), List.of(), ModelConfig.class);
        assertThat(scenario.value().policy.miningQuotaGrowth).isEqualTo(Map.of(2018, growth));
        assertThat(scenario.value().policy.miningQuota.keySet()).allMatch(y -> y <= 2017).contains(2017);
        assertThat(scenario.value().policy.miningQuota.get(2017)).isEqualTo(baseline.value().policy.miningQuota.get(2014));
        assertThat(scenario.value().name).isEqualTo("yao2021-supply-" + pct + "pct");
        ObjectNode s = strip(scenario.resolvedTree()), b = strip(baseline.resolvedTree());
        assertThat(s).isEqualTo(b);
    }

    private static ObjectNode strip(ObjectNode tree) {
        ObjectNode t = tree.deepCopy();
        t.remove("name");
        ObjectNode policy = (ObjectNode) t.get("policy");
        policy.remove("miningQuotaGrowth");
        ObjectNode quota = (ObjectNode) policy.get("miningQuota");
        java.util.List<String> late = new java.util.ArrayList<>();
        quota.fieldNames().forEachRemaining(k -> { if (Integer.parseInt(k) >= 2017) late.add(k); });
        late.forEach(quota::remove);
        return t;
    }
}
