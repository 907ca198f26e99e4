package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.config.BehaviourConfig;
import reesim.config.WorldConfig;
import reesim.kernel.TestContext;

import static org.assertj.core.api.Assertions.assertThat;
import static reesim.agents.ForeignInvestmentTest.ndPriceFor;
import static reesim.kernel.TestContext.START_YEAR;

/**
 * Foreign projects that grow by their own investment (behaviour.world.capacityGrowth, world.projects.N.maxCapacity),
 * on the small fixture: a project that worked its capacity through a year whose revenue cleared the hurdle it commits
 * at adds capacity each January, up to its maxCapacity; one whose year paid its cost but not the hurdle, or that
 * may not grow, keeps its capacity.
 */
class ForeignCapacityGrowthTest {
    static final double COST = 40, GROWTH = 0.2;

    static RestOfWorld world(double growth, double maxCapacity) {
        WorldConfig.ForeignProject p = RestOfWorldTest.project("pass", COST, START_YEAR, 2);
        p.maxCapacity = maxCapacity;
        BehaviourConfig.WorldBehaviour rules = new BehaviourConfig().world;
        rules.capacityGrowth = growth;
        rules.idleStockYears = 100;   // the fixture has no buyers: unsold oxide must not idle the mine
        return ForeignInvestmentTest.world(1, 0, rules, p);
    }

    /** Steps the agent through {@code years} years and the next January at a world basket of {@code basket} USD/kg. */
    static double capacityAfterYears(RestOfWorld w, int years, double basket) {
        TestContext fx = new TestContext(3);
        fx.setWorldPrice(TestContext.ND, ndPriceFor(basket));
        for (long t = 0; t <= years * 12L; t++) {
            fx.at(t);
            w.step(fx);
        }
        return w.capacity("pass");
    }

    @Test
    void aProjectThatRanFullAtAPriceClearingItsHurdleGrowsEachYearUpToItsMaximum() {
        double capacity = RestOfWorldTest.CAPACITY, max = 1.5 * capacity;
        assertThat(capacityAfterYears(world(GROWTH, max), 1, 70)).as("70 > 1.5 x 40: one year's growth").isCloseTo(capacity * (1 + GROWTH), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(capacityAfterYears(world(GROWTH, max), 2, 70)).isCloseTo(capacity * (1 + GROWTH) * (1 + GROWTH), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(capacityAfterYears(world(GROWTH, max), 4, 70)).as("never beyond maxCapacity").isEqualTo(max);
    }

    @Test
    void aYearThatPaysTheCostButNotTheHurdleAddsNothing() {
        RestOfWorld w = world(GROWTH, 2 * RestOfWorldTest.CAPACITY);
        assertThat(capacityAfterYears(w, 3, 50)).as("50 covers the cost of 40 but not 1.5 x 40").isEqualTo(RestOfWorldTest.CAPACITY);
        assertThat(w.minedThisTick("pass", TestContext.ND)).as("it works all the same").isPositive();
    }

    @Test
    void withoutGrowthOrWithoutRoomAProjectKeepsItsCapacity() {
        assertThat(capacityAfterYears(world(0, 2 * RestOfWorldTest.CAPACITY), 3, 70)).isEqualTo(RestOfWorldTest.CAPACITY);
        assertThat(capacityAfterYears(world(GROWTH, 0), 3, 70)).as("maxCapacity 0: the rule of rounds 1-P").isEqualTo(RestOfWorldTest.CAPACITY);
    }
}
