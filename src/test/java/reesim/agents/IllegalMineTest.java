package reesim.agents;

import reesim.config.BehaviourConfig;
import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.config.IllegalMiningConfig;
import reesim.kernel.TestContext;
import reesim.ledger.Stage;
import reesim.model.ReeModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IllegalMineTest {
    static IllegalMiningConfig.SiteGroup site(double protection) {
        IllegalMiningConfig.SiteGroup g = new IllegalMiningConfig.SiteGroup();
        g.count = 1;
        g.capacity = 120;      // 10 t a month
        g.unitCost = 8;
        g.setupCost = 1e5;
        g.protection = protection;
        return g;
    }

    static IllegalMine site(IllegalMiningConfig.SiteGroup g) {
        IllegalMiningConfig c = new IllegalMiningConfig();
        c.sites.put(TestContext.DEPOSIT, g);
        c.reconsiderRate = 1;
        c.paybackMonths = 12;
        c.cooldownMonths = 6;
        c.exitAfterLossMonths = 3;
        return new IllegalMine("site", TestContext.DEPOSIT, TestContext.deposit(1e6, 1, 1), c, g, TestContext.ELEMENTS.size(), new BehaviourConfig().illegalMine);
    }

    @Test
    void expectedProfitFallsWithEnforcementAndProtectionAndRisesWithThePrice() {
        TestContext fx = new TestContext(1);
        fx.instruments.fineMine = 10;
        fx.instruments.detectionRate = Math.log(2);   // caught half the months without protection
        IllegalMine exposed = site(site(0)), protectedSite = site(site(0.5));
        // 10 t at 20 USD/kg less 8 USD/kg, less half of (fine 10 USD/kg on 10 t + set-up 1e5): 120000 - 100000
        assertThat(exposed.expectedMonthlyProfit(fx, 20, 10)).isCloseTo(20_000, within(1e-6));
        assertThat(protectedSite.expectedMonthlyProfit(fx, 20, 10)).isCloseTo(120_000 - (1 - Math.pow(2, -0.5)) * 200_000, within(1e-6));
        assertThat(exposed.expectedMonthlyProfit(fx, 25, 10)).isGreaterThan(exposed.expectedMonthlyProfit(fx, 20, 10));
        assertThat(exposed.expectedMonthlyProfit(fx, 7, 10)).isNegative();
        fx.instruments.detectionRate = 3 * Math.log(2);
        assertThat(exposed.expectedMonthlyProfit(fx, 20, 10)).isNegative();
    }

    @Test
    void withCostsInRmbItsCashAndSetUpCostsFollowTheCostIndex() {
        TestContext fx = new TestContext(1);
        fx.instruments.fineMine = 10;
        fx.instruments.detectionRate = Math.log(2);
        IllegalMine exposed = site(site(0));
        fx.setCostIndex(0.5);
        // 10 t at 20 USD/kg less 4 USD/kg, less half of (fine 10 USD/kg on 10 t + set-up 0.5e5): 160000 - 75000
        assertThat(exposed.expectedMonthlyProfit(fx, 20, 10)).isCloseTo(85_000, within(1e-6));
    }

    @Test
    void opensWhenItPaysBackAndDigsGreyOre() {
        // the fixture's grey concentrate price: 0.4 * (0.5 * 2 + 0.4 * 40 + 0.1 * 200) = 14.8 USD/kg
        TestContext fx = new TestContext(1);
        double grey = fx.markets().concentrate(TestContext.DEPOSIT, false).price();
        assertThat(grey).isCloseTo(14.8, within(1e-9));
        IllegalMine m = site(site(0));
        m.step(fx);
        // no enforcement: 10 t * 1000 * (14.8 - 8) = 68000 a month pays back 1e5 within 12 months
        assertThat(m.isActive()).isTrue();
        assertThat(m.getEntries()).isEqualTo(1);
        assertThat(m.lastOutput()).isCloseTo(10, within(1e-9));
        for (int e = 0; e < TestContext.ELEMENTS.size(); e++) {
            assertThat(fx.ledger().tickFlow(Stage.DEPOSIT, Stage.MINING, false, e)).isCloseTo(10 * TestContext.ORE_SHARES[e], within(1e-9));
        }
        assertThat(m.concentrateAccount().poolTotal(false)).isCloseTo(10, within(1e-9));
        assertThat(TestContext.askQuantity(fx.markets().concentrate(TestContext.DEPOSIT, false))).isCloseTo(10, within(1e-9));

        TestContext strict = new TestContext(1);
        strict.instruments.fineMine = 10;
        strict.instruments.detectionRate = 3 * Math.log(2);
        IllegalMine deterred = site(site(0));
        deterred.step(strict);
        assertThat(deterred.isActive()).isFalse();
        assertThat(deterred.getStock()).isZero();
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
