package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.model.ReeModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SmelterTest {
    @Test
    void basketValueIsTheRecoveredOxideAtDomesticPricesLessProcessing() {
        ReeModel m = TestModels.started(1);
        Smelter s = m.smelters().get(0);
        double[] shares = m.markets().concentrateShares("bayan_obo");
        double v = 0;
        for (int e = 0; e < shares.length; e++) v += shares[e] * m.markets().oxide(e, false).price();
        assertThat(s.basketValue(m, "bayan_obo")).isCloseTo(v * 0.92 - 1.5, within(1e-9));
    }

    @Test
    void withSaleableValuationAnOverstockedOxideAddsNothingToTheOre() {
        for (String mode : new String[]{"all", "saleable"}) {
            ReeModel m = TestModels.started(1, "smelters.0.coProductValue=" + mode);
            Smelter s = m.smelters().get(0);
            int nd = m.config().elements.indexOf("Nd");
            double before = s.basketValue(m, "bayan_obo");
            m.ledger().openStock(s.oxideAccount(), nd, 1000, true);   // no sales yet: years of stock
            double ndValue = m.markets().concentrateShares("bayan_obo")[nd] * m.markets().oxide(nd, false).price() * 0.92;
            double expected = "saleable".equals(mode) ? before - ndValue : before;
            assertThat(s.basketValue(m, "bayan_obo")).as(mode).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void greyFeedFillsQuotaRoomOnlyOrAlsoCapacityTheRegisteredFeedLeftIdle() {
        Smelter beyond = TestModels.started(1, "smelters.0.greyFeed=beyondQuota").smelters().get(0);
        assertThat(beyond.greyRoom(100, 30)).isEqualTo(70);
        assertThat(beyond.greyRoom(100, Double.POSITIVE_INFINITY)).isZero();
        ReeModel m = TestModels.started(1, "smelters.0.greyFeed=idleCapacity");
        Smelter idle = null;
        for (int t = 0; t < 24 && idle == null; t++) {
            m.schedule.step(m);
            idle = m.smelters().stream().filter(x -> x.getLastRegisteredInput() > 0).findFirst().orElse(null);
        }
        assertThat(idle).as("a plant that separated registered concentrate").isNotNull();
        assertThat(idle.greyRoom(idle.getCapacity() / 12, Double.POSITIVE_INFINITY)).isCloseTo(idle.getCapacity() / 12 - idle.getLastRegisteredInput(), within(1e-9));
    }

    @Test
    void greyOreFlowsBeforeQuotasOnlyWhenPlantsFillIdleCapacity() {
        double quotaOnly = TestModels.mean(TestModels.run(1, 2002, "smelters.0.greyFeed=beyondQuota"), reesim.output.Metric.MINED_UNREGISTERED, "REO", 2000, 2002);
        double idle = TestModels.mean(TestModels.run(1, 2002, "smelters.0.greyFeed=idleCapacity"), reesim.output.Metric.MINED_UNREGISTERED, "REO", 2000, 2002);
        // no mining quota before 2006: without it nothing asks for grey ore
        assertThat(quotaOnly).isZero();
        assertThat(idle).isGreaterThan(1000);
    }

    @Test
    void greyProcessingStopsWhenEnforcementMakesItRiskyOrTheMarginVanishes() {
        ReeModel lax = TestModels.started(1, "scenario.enforcementScale=0");
        lax.policy().decide(lax, 2011);
        assertThat(lax.smelters().get(0).chooseGrey(lax, 10, 3, 100)).isEqualTo(1.0);
        assertThat(lax.smelters().get(0).chooseGrey(lax, 3, 10, 100)).isZero();
        ReeModel strict = TestModels.started(1, "scenario.enforcementScale=500");
        strict.policy().decide(strict, 2011);
        assertThat(strict.smelters().get(0).chooseGrey(strict, 10, 9.9, 100)).isZero();
    }

    @Test
    void unsoldOxideMakesThePlantBuyLess() {
        ReeModel m = TestModels.started(1);
        Smelter s = m.smelters().get(0);
        assertThat(s.oxideStockMonths(m)).isZero();
        m.ledger().openStock(s.oxideAccount(), 0, 100, true);
        assertThat(s.oxideStockMonths(m)).isInfinite();
    }
}
