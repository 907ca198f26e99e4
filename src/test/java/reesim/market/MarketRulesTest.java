package reesim.market;

import org.junit.jupiter.api.Test;
import reesim.config.MarketConfig;
import reesim.kernel.TestContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.kernel.TestContext.DEPOSIT;
import static reesim.kernel.TestContext.ND;

/** MarketRules on the small fixture: what sellers of registered concentrate ask around (market.concentratePayable), sellers' floors. */
class MarketRulesTest {
    static TestContext fixture(double payable) {
        MarketConfig mc = TestContext.defaultMarketConfig();
        mc.concentratePayable = payable;
        return new TestContext(1, mc);
    }

    @Test
    void withoutAPayableShareSellersAskAroundTheLastClearingPrice() {
        TestContext fx = fixture(0);
        fx.setPrice(fx.markets().concentrate(DEPOSIT, true), 7);
        fx.setDomesticPrice(ND, 400);
        assertThat(fx.marketRules().concentrateAskReference(DEPOSIT)).isEqualTo(7);
    }

    @Test
    void onAPayableBasisTheyAskThatShareOfTheContainedOxidesAtDomesticPrices() {
        TestContext fx = fixture(0.6);
        fx.setPrice(fx.markets().concentrate(DEPOSIT, true), 7);
        // ore 0.5 La + 0.4 Nd + 0.1 Dy at 2, 40, 200 USD/kg: 37 USD/kg of oxides
        assertThat(fx.marketRules().concentrateAskReference(DEPOSIT)).isCloseTo(0.6 * 37, within(1e-12));
        fx.setDomesticPrice(ND, 80);   // the Nd in a kg of ore is worth 16 USD more
        assertThat(fx.marketRules().concentrateAskReference(DEPOSIT)).isCloseTo(0.6 * 53, within(1e-12));
    }

    @Test
    void aCostFloorLiftsTheFloorOfACheapOxideAndLeavesADearOneAlone() {
        TestContext plain = fixture(0);
        MarketConfig mc = TestContext.defaultMarketConfig();
        mc.sellerCostFloor = 1.6;
        TestContext floored = new TestContext(1, mc);
        for (TestContext fx : new TestContext[]{plain, floored}) {
            fx.setDomesticPrice(0, 0.5);   // La in a glut
            fx.setDomesticPrice(ND, 40);
        }
        double laPlain = plain.marketRules().sellerFloor(0, false), ndPlain = plain.marketRules().sellerFloor(ND, false);
        assertThat(laPlain).isLessThan(1.6);
        assertThat(floored.marketRules().sellerFloor(0, false)).isEqualTo(1.6);
        assertThat(ndPlain).isGreaterThan(1.6);
        assertThat(floored.marketRules().sellerFloor(ND, false)).isEqualTo(ndPlain);
        // abroad as at home
        assertThat(floored.marketRules().sellerFloor(0, true)).isGreaterThanOrEqualTo(1.6);
    }
}
