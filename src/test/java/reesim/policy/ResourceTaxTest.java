package reesim.policy;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.agents.Mine;
import reesim.model.ReeModel;

import static org.assertj.core.api.Assertions.assertThat;

/** The regulator's resource tax as the baseline sets it (moved from the agents' MineTest, which now runs on a small fixture). */
class ResourceTaxTest {
    @Test
    void the2011ResourceTaxAddsAboutFourDollarsAKgOnIonClay() {
        ReeModel m = TestModels.started(1);
        Mine mine = m.mines().stream().filter(x -> x.getDeposit().equals("ion_clay")).findFirst().orElseThrow();
        m.policy().decide(m, 2005);
        double before = m.policy().resourceTaxPerKg(mine.depositConfig(), 10);
        m.policy().decide(m, 2011);
        double after = m.policy().resourceTaxPerKg(mine.depositConfig(), 10);
        // 30 CNY per t of 0.1 % ore is ~4.4 USD per kg REO
        assertThat(after - before).isBetween(4.0, 4.8);
    }
}
