package reesim.emergence;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.ledger.Stage;
import reesim.model.ReeModel;
import reesim.output.DataCollector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smelters' grey feed in a baseline run (moved from the agents' SmelterTest, whose unit tests
 * now run on a small fixture): before the mining quota of 2006 no plant takes in grey ore unless
 * plants fill the capacity their registered feed left idle. Judged on the ledger's unregistered flow from mining into
 * smelting: illegal sites whose cost is below the ore price may dig in 2000 without finding a buyer (session 20's
 * cheaper clay sites do), which is not the plants asking for grey ore.
 */
class SmelterGreyFeedRunTest {
    @Test
    void greyOreFlowsBeforeQuotasOnlyWhenPlantsFillIdleCapacity() {
        double quotaOnly = greyOreIntoPlants(TestModels.run(1, 2002, "smelters.0.greyFeed=beyondQuota"));
        double idle = greyOreIntoPlants(TestModels.run(1, 2002, "smelters.0.greyFeed=idleCapacity"));
        assertThat(quotaOnly).isZero();
        assertThat(idle).isGreaterThan(1000);
    }

    /** Unregistered ore moved from mining into smelting in 2000-2002, mean t REO a year. */
    private static double greyOreIntoPlants(ReeModel m) {
        DataCollector c = DataCollector.of(m);
        double sum = 0;
        for (int y = 0; y < 3; y++) for (int e = 0; e < c.elements(); e++) sum += c.flow(y, Stage.MINING, Stage.SMELTING, false, e);
        return sum / 3;
    }
}
