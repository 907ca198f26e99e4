package reesim.emergence;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.output.Metric;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smelters' grey feed in a baseline run (moved from the agents' SmelterTest, whose unit tests
 * now run on a small fixture): before the mining quota of 2006 nothing asks for grey ore unless
 * plants fill the capacity their registered feed left idle.
 */
class SmelterGreyFeedRunTest {
    @Test
    void greyOreFlowsBeforeQuotasOnlyWhenPlantsFillIdleCapacity() {
        double quotaOnly = TestModels.mean(TestModels.run(1, 2002, "smelters.0.greyFeed=beyondQuota"), Metric.MINED_UNREGISTERED, "REO", 2000, 2002);
        double idle = TestModels.mean(TestModels.run(1, 2002, "smelters.0.greyFeed=idleCapacity"), Metric.MINED_UNREGISTERED, "REO", 2000, 2002);
        assertThat(quotaOnly).isZero();
        assertThat(idle).isGreaterThan(1000);
    }
}
