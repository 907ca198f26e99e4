package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.model.ReeModel;

import static org.assertj.core.api.Assertions.assertThat;

class IllegalMineTest {
    @Test
    void expectedProfitFallsWithEnforcementAndRisesWithThePrice() {
        ReeModel lax = TestModels.started(1, "scenario.enforcementScale=0.5");
        ReeModel strict = TestModels.started(1, "scenario.enforcementScale=20");
        lax.policy().decide(lax, 2011);
        strict.policy().decide(strict, 2011);
        IllegalMine a = lax.illegalMines().get(0), b = strict.illegalMines().get(0);
        double monthly = a.getCapacity() / 12;
        assertThat(a.expectedMonthlyProfit(lax, 8, monthly)).isGreaterThan(b.expectedMonthlyProfit(strict, 8, monthly));
        assertThat(a.expectedMonthlyProfit(lax, 12, monthly)).isGreaterThan(a.expectedMonthlyProfit(lax, 8, monthly));
        assertThat(a.expectedMonthlyProfit(lax, 0.5, monthly)).isNegative();
    }

    @Test
    void sitesOpenOnlyWhenItPaysAndAreShutWhenCaught() {
        ReeModel m = TestModels.run(3, 2014);
        long active = m.illegalMines().stream().filter(IllegalMine::isActive).count();
        int entries = m.illegalMines().stream().mapToInt(IllegalMine::getEntries).sum();
        int detections = m.illegalMines().stream().mapToInt(IllegalMine::getDetections).sum();
        assertThat(entries).isPositive();
        assertThat(detections).isPositive();
        assertThat(active).isLessThanOrEqualTo(entries);
        ReeModel none = TestModels.run(3, 2014, "illegalMining.sites.ion_clay.unitCost=500", "illegalMining.sites.sichuan.unitCost=500");
        assertThat(none.illegalMines().stream().mapToInt(IllegalMine::getEntries).sum()).isZero();
    }
}
