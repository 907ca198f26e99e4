package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.config.WorldConfig;
import reesim.kernel.TestContext;
import reesim.ledger.Stage;

import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.ORE_SHARES;
import static reesim.kernel.TestContext.START_YEAR;

/** The separation plants abroad on the small fixture: pay mines the netback, separate within capacity, sell abroad. */
class ForeignSeparatorTest {
    static final int N = TestContext.ELEMENTS.size();
    static final double CAPACITY = 1200, PROCESSING = 3, RECOVERY = 0.9, IDLE_MONTHS = 2;

    static WorldConfig.Separation plants() {
        WorldConfig.Separation s = new WorldConfig.Separation();
        s.enabled = true;
        s.capacity = new TreeMap<>(java.util.Map.of(START_YEAR, CAPACITY));
        s.processingCost = PROCESSING;
        s.recovery = RECOVERY;
        s.idleFeedMonths = IDLE_MONTHS;
        s.askPressure = 0.5;
        return s;
    }

    @Test
    void paysTheOresOxidesAtWorldPricesRecoveredLessSeparation() {
        TestContext fx = new TestContext(1);
        ForeignSeparator sep = new ForeignSeparator(plants(), N);
        assertThat(sep.netback(fx, ORE_SHARES)).isCloseTo(RestOfWorldTest.basket() * RECOVERY - PROCESSING, within(1e-9));
    }

    @Test
    void separatesNoMoreThanItsCapacityAndSellsTheOxideAbroad() {
        TestContext fx = new TestContext(1);
        ForeignSeparator sep = new ForeignSeparator(plants(), N);
        for (int e = 0; e < N; e++) fx.ledger().move(null, Stage.DEPOSIT, sep.feed(), Stage.WORLD, e, 300 * ORE_SHARES[e], true);
        sep.step(fx);
        assertThat(sep.getLastSeparated()).isCloseTo(CAPACITY / 12, within(1e-9));
        assertThat(sep.getFeedStock()).isCloseTo(200, within(1e-9));
        for (int e = 0; e < N; e++) {
            assertThat(sep.oxide().total(e)).isCloseTo(100 * ORE_SHARES[e] * RECOVERY, within(1e-9));
            assertThat(fx.ledger().tickFlow(Stage.WORLD, Stage.TAILINGS, true, e)).isCloseTo(100 * ORE_SHARES[e] * (1 - RECOVERY), within(1e-9));
        }
        assertThat(sep.getCash()).isCloseTo(-100 * 1000 * PROCESSING, within(1e-6));
        assertThat(TestContext.askQuantity(fx.markets().oxide(ND, true))).isCloseTo(100 * ORE_SHARES[ND] * RECOVERY, within(1e-9));
        // 200 t waiting is two months of capacity: not yet more than the backlog the mines tolerate
        assertThat(sep.feedBacklogged(fx)).isFalse();
        fx.ledger().move(null, Stage.DEPOSIT, sep.feed(), Stage.WORLD, ND, 1, true);
        assertThat(sep.feedBacklogged(fx)).isTrue();
    }

    @Test
    void aForeignMineShipsItsOreToThePlantsForTheirNetbackUntilTheyAreBackedUp() {
        TestContext fx = new TestContext(1);
        ForeignSeparator sep = new ForeignSeparator(plants(), N);
        WorldConfig.ForeignProject p = RestOfWorldTest.project("mine", 10, START_YEAR, 3);
        p.concentrateMarket = WorldConfig.ForeignProject.ABROAD;
        RestOfWorld world = RestOfWorldTest.world(p);
        world.shipOreAbroadTo(sep);
        double netback = sep.netback(fx, ORE_SHARES);
        world.step(fx);
        assertThat(sep.getFeedStock()).isCloseTo(RestOfWorldTest.CAPACITY / 12, within(1e-9));
        assertThat(world.getForeignProducerStock()).as("no oxide of its own").isZero();
        assertThat(world.getCash()).as("paid the netback, paid its mining cost")
                .isCloseTo(RestOfWorldTest.CAPACITY / 12 * 1000 * (netback - 10), within(1e-6));
        assertThat(sep.getCash()).isCloseTo(-RestOfWorldTest.CAPACITY / 12 * 1000 * netback, within(1e-6));
        // feed piles up without separation (the plants are not stepped): the mine stops once more than two months wait
        int shipping = 1;
        for (int t = 1; t < 6; t++) {
            double before = sep.getFeedStock();
            world.step(fx);
            if (sep.getFeedStock() > before) shipping++;
        }
        assertThat(shipping).isEqualTo(3);
    }

    /** Steps the plants through one year, month by month, topping their feed up to {@code feedPerMonth} each month. */
    static void runYear(TestContext fx, ForeignSeparator sep, int year, double feedPerMonth) {
        for (int month = 1; month <= 12; month++) {
            fx.at(year, month);
            double gap = feedPerMonth - sep.getFeedStock();
            if (gap > 0) for (int e = 0; e < N; e++) fx.ledger().move(null, Stage.DEPOSIT, sep.feed(), Stage.WORLD, e, gap * ORE_SHARES[e], true);
            sep.step(fx);
        }
    }

    @Test
    void investsBeyondTheScheduleAfterAFullYearThatPaidAndNotOtherwise() {
        WorldConfig.Separation cfg = plants();
        cfg.maxCapacityGrowth = 0.1;
        TestContext fx = new TestContext(1);
        ForeignSeparator sep = new ForeignSeparator(cfg, N);
        runYear(fx, sep, START_YEAR, 2 * CAPACITY / 12);   // fed beyond capacity all year
        sep.pay(1e9);   // the year paid (cash rose since the first review)
        runYear(fx, sep, START_YEAR + 1, 2 * CAPACITY / 12);
        assertThat(sep.getInvestedCapacity()).as("a full year that paid adds maxCapacityGrowth").isCloseTo(0.1 * CAPACITY, within(1e-6));
        assertThat(sep.getLastSeparated()).isCloseTo(1.1 * CAPACITY / 12, within(1e-9));
        // full again, but the year only cost it (processing, no sales): no growth in the next January
        runYear(fx, sep, START_YEAR + 2, 2 * CAPACITY / 12);
        assertThat(sep.getInvestedCapacity()).isCloseTo(0.1 * CAPACITY, within(1e-6));
    }

    @Test
    void withoutGrowthOrWhenNotFullTheScheduleIsTheCapacity() {
        TestContext fx = new TestContext(1);
        ForeignSeparator fixed = new ForeignSeparator(plants(), N);
        runYear(fx, fixed, START_YEAR, 2 * CAPACITY / 12);
        fx.at(START_YEAR + 1, 1);
        fixed.pay(1e9);
        fixed.step(fx);
        assertThat(fixed.getInvestedCapacity()).isZero();

        WorldConfig.Separation cfg = plants();
        cfg.maxCapacityGrowth = 0.1;
        TestContext fx2 = new TestContext(1);
        ForeignSeparator halfUsed = new ForeignSeparator(cfg, N);
        runYear(fx2, halfUsed, START_YEAR, CAPACITY / 24);
        fx2.at(START_YEAR + 1, 1);
        halfUsed.pay(1e9);
        halfUsed.step(fx2);
        assertThat(halfUsed.getInvestedCapacity()).isZero();
    }
}
