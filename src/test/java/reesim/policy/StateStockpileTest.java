package reesim.policy;

import org.junit.jupiter.api.Test;
import reesim.config.PolicyConfig;
import reesim.kernel.TestContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.kernel.TestContext.DOMESTIC;
import static reesim.kernel.TestContext.DY;
import static reesim.kernel.TestContext.LA;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.askQuantity;
import static reesim.kernel.TestContext.bidQuantity;

/** A state holder (reserve or storage centres) on the small fixture: buys its elements when cheap, sells when dear, pays for storage. */
class StateStockpileTest {
    static PolicyConfig.Stockpile rule(List<String> elements, double storageCost) {
        PolicyConfig.Stockpile c = new PolicyConfig.Stockpile();
        c.enabled = true;
        c.fromYear = 2000;
        c.floorFactor = 0.8;
        c.ceilingFactor = 1.5;
        c.maxMonthlyTrade = 100;
        c.averageMonths = 12;
        c.elements = elements;
        c.storageCost = storageCost;
        return c;
    }

    /** A year at the fixture's prices (its price memory fills), then a month at {@code factor} times them, stepped. */
    static TestContext yearThenMonthAt(StateStockpile s, double factor) {
        TestContext fx = new TestContext(1);
        for (int t = 0; t < 12; t++) {
            s.step(fx);
            fx.clear();
            fx.nextMonth();
        }
        for (int e = 0; e < DOMESTIC.length; e++) fx.setDomesticPrice(e, DOMESTIC[e] * factor);
        s.step(fx);
        return fx;
    }

    @Test
    void buysOnlyItsOwnElementsWhenTheyFallBelowTheFloor() {
        StateStockpile centres = new StateStockpile(rule(List.of("La"), 0), TestContext.ELEMENTS, "storage centres");
        TestContext fx = yearThenMonthAt(centres, 0.7);
        assertThat(bidQuantity(fx.markets().oxide(LA, false))).isCloseTo(100, within(1e-9));
        assertThat(bidQuantity(fx.markets().oxide(ND, false))).as("Nd is not one of its elements").isZero();
        assertThat(bidQuantity(fx.markets().oxide(DY, false))).isZero();

        StateStockpile reserve = new StateStockpile(rule(List.of(), 0), TestContext.ELEMENTS, "state reserve");
        TestContext all = yearThenMonthAt(reserve, 0.7);
        for (int e = 0; e < DOMESTIC.length; e++) assertThat(bidQuantity(all.markets().oxide(e, false))).as("empty list: every element").isCloseTo(100, within(1e-9));
    }

    @Test
    void noTradeBetweenFloorAndCeilingAndSalesAboveTheCeiling() {
        StateStockpile calm = new StateStockpile(rule(List.of(), 0), TestContext.ELEMENTS, "r");
        TestContext fx = yearThenMonthAt(calm, 0.9);
        for (int e = 0; e < DOMESTIC.length; e++) assertThat(bidQuantity(fx.markets().oxide(e, false)) + askQuantity(fx.markets().oxide(e, false))).isZero();

        StateStockpile dear = new StateStockpile(rule(List.of("Nd"), 0), TestContext.ELEMENTS, "r");
        TestContext stocked = new TestContext(1);
        stocked.supply(dear.account(), ND, 30, true);
        stocked.supply(dear.account(), LA, 30, true);
        for (int t = 0; t < 12; t++) {
            dear.step(stocked);
            stocked.clear();
            stocked.nextMonth();
        }
        for (int e = 0; e < DOMESTIC.length; e++) stocked.setDomesticPrice(e, DOMESTIC[e] * 2);
        dear.step(stocked);
        assertThat(askQuantity(stocked.markets().oxide(ND, false))).isCloseTo(30, within(1e-9));
        assertThat(askQuantity(stocked.markets().oxide(LA, false))).as("La is held but not traded").isZero();
    }

    @Test
    void withAMarketShareItsLimitFollowsEachElementsTrade() {
        PolicyConfig.Stockpile c = rule(List.of(), 0);
        c.maxMonthlyShare = 0.2;
        StateStockpile reserve = new StateStockpile(c, TestContext.ELEMENTS, "state reserve");
        TestContext fx = new TestContext(1);
        reesim.market.Trader nobody = (market, bought, quantity, price, registered) -> { };
        reesim.ledger.Account seller = new reesim.ledger.Account("seller", reesim.ledger.Stage.SMELTING, "oxide", DOMESTIC.length);
        reesim.ledger.Account buyer = new reesim.ledger.Account("maker", reesim.ledger.Stage.INTERMEDIATE, "oxide", DOMESTIC.length);
        for (int t = 0; t < 12; t++) {
            reserve.step(fx);   // sees last month's trade: none in the first month
            for (int e : new int[] {LA, DY}) {
                double q = e == LA ? 300 : 30;
                fx.supply(seller, e, q, true);
                fx.markets().oxide(e, false).ask(nobody, seller, q, DOMESTIC[e], true);
                fx.markets().oxide(e, false).bid(nobody, buyer, q, DOMESTIC[e]);
            }
            fx.clear();
            fx.nextMonth();
        }
        for (int e = 0; e < DOMESTIC.length; e++) fx.setDomesticPrice(e, DOMESTIC[e] * 0.7);
        reserve.step(fx);
        // its 12-month window holds 11 months of trade and the price-setting month, which traded nothing
        assertThat(bidQuantity(fx.markets().oxide(LA, false))).isCloseTo(0.2 * 300 * 11 / 12, within(1e-9));
        assertThat(bidQuantity(fx.markets().oxide(DY, false))).isCloseTo(0.2 * 30 * 11 / 12, within(1e-9));
        assertThat(bidQuantity(fx.markets().oxide(ND, false))).as("no Nd traded: nothing to take a share of").isZero();
    }

    @Test
    void keepingTheStockCostsTheStateEveryMonth() {
        StateStockpile centres = new StateStockpile(rule(List.of("La"), 60), TestContext.ELEMENTS, "storage centres");
        TestContext fx = new TestContext(1);
        fx.supply(centres.account(), LA, 200, true);
        centres.step(fx);
        assertThat(centres.storagePaid()).isCloseTo(200 * 60 / 12.0, within(1e-9));
        assertThat(centres.cash()).isCloseTo(-1000, within(1e-9));
        StateStockpile free = new StateStockpile(rule(List.of("La"), 0), TestContext.ELEMENTS, "reserve");
        fx.supply(free.account(), LA, 200, true);
        free.step(fx);
        assertThat(free.cash()).isZero();
    }
}
