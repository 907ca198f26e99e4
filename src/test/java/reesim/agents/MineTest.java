package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.model.ReeModel;

import static org.assertj.core.api.Assertions.assertThat;

class MineTest {
    private static Mine legal(ReeModel m, String deposit) {
        return m.mines().stream().filter(x -> x.getDeposit().equals(deposit)).findFirst().orElseThrow();
    }

    @Test
    void withoutEnforcementAProfitableMineDigsAllItsHeadroomOverQuota() {
        ReeModel m = TestModels.started(1, "scenario.enforcementScale=0");
        m.policy().decide(m, 2011);
        Mine mine = legal(m, "ion_clay");
        assertThat(mine.chooseOverQuota(m, 100, 50, 50, 10, mine.unitCost(m, 50))).isEqualTo(1.0);
    }

    @Test
    void heavyEnforcementOrALossMakingGreyPriceKeepsItWithinQuota() {
        ReeModel m = TestModels.started(1, "scenario.enforcementScale=200");
        m.policy().decide(m, 2011);
        Mine mine = legal(m, "bayan_obo");
        assertThat(mine.chooseOverQuota(m, 100, 5, 5, 10, 1.0)).isZero();
        ReeModel lax = TestModels.started(1, "scenario.enforcementScale=0");
        lax.policy().decide(lax, 2011);
        assertThat(legal(lax, "bayan_obo").chooseOverQuota(lax, 100, 0.9, 5, 10, 1.0)).isZero();
    }

    @Test
    void costRisesAsReservesDepleteAndWithTheResourceTax() {
        ReeModel m = TestModels.started(1);
        m.policy().decide(m, 2005);
        Mine mine = legal(m, "ion_clay");
        double before2011 = mine.unitCost(m, 10);
        m.policy().decide(m, 2011);
        double after = mine.unitCost(m, 10);
        // 30 CNY per t of 0.1 % ore is ~4.4 USD per kg REO
        assertThat(after - before2011).isBetween(4.0, 4.8);
    }
}
