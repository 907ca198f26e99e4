package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.config.WorldConfig;
import reesim.kernel.TestContext;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static reesim.kernel.TestContext.ELEMENTS;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.ORE_SHARES;
import static reesim.kernel.TestContext.START_YEAR;
import static reesim.kernel.TestContext.WORLD;

/**
 * The foreign investment rules behind world.investmentExpectationYears (investors average several
 * years of prices) and world.closeAfterIdleMonths (a mine idle below cost for long closes and must be
 * re-committed), on the small fixture. The basket of the fixture's ore is 31.5 + 0.4 x the Nd price.
 */
class ForeignInvestmentTest {
    static final double HURDLE = 1.5;

    static RestOfWorld world(int expectationYears, int closeAfterIdleMonths, WorldConfig.ForeignProject p) {
        return world(expectationYears, closeAfterIdleMonths, new reesim.config.BehaviourConfig().world, p);
    }

    static RestOfWorld world(int expectationYears, int closeAfterIdleMonths, reesim.config.BehaviourConfig.WorldBehaviour rules, WorldConfig.ForeignProject p) {
        WorldConfig c = new WorldConfig();
        c.demand = TestContext.priceMap(new double[ELEMENTS.size()]);
        c.investmentHurdle = HURDLE;
        c.investmentExpectationYears = expectationYears;
        c.closeAfterIdleMonths = closeAfterIdleMonths;
        c.projects = List.of(p);
        return new RestOfWorld(c, START_YEAR, new double[][]{ORE_SHARES.clone()}, WORLD.clone(), Map.of(), Map.of(), 2, ELEMENTS, 1, rules);
    }

    /** The Nd world price that makes the fixture ore's basket worth {@code basket} USD/kg. */
    static double ndPriceFor(double basket) {
        return (basket - ORE_SHARES[0] * WORLD[0] - ORE_SHARES[2] * WORLD[2]) / ORE_SHARES[ND];
    }

    /**
     * Steps one agent through ticks [from, to), setting each year's Nd world price from {@code ndByYear}
     * (year index to price) in its first tick after January (in January the agent still sees last
     * year's prices, as in the model, where markets clear after the agents act).
     */
    static void run(RestOfWorld w, TestContext fx, long from, long to, Map<Integer, Double> ndByYear) {
        for (long t = from; t < to; t++) {
            fx.at(t);
            Double nd = ndByYear.get((int) (t / 12));
            if ((t == 0 || t % 12 == 1) && nd != null) fx.setWorldPrice(ND, nd);
            w.step(fx);
        }
    }

    @Test
    void investorsAverageTheYearsTheyExpectOverAndWaitForThatRecord() {
        double cost = 50 / HURDLE;   // the basket must average over 50 USD/kg
        Map<Integer, Double> prices = Map.of(0, ndPriceFor(55.5), 1, ndPriceFor(40), 2, ndPriceFor(62));
        // one year of prices: year 0's 55.5 clears the hurdle, it commits in the first January
        RestOfWorld myopic = world(1, 0, RestOfWorldTest.project("candidate", cost, 0, 2));
        TestContext fx1 = new TestContext(3);
        run(myopic, fx1, 0, 13, prices);
        assertThat(myopic.getProjectsBuiltOrOperating()).isEqualTo(1);

        // two years: no decision with one year's record; (55.5 + 40) / 2 < 50 waits; (40 + 62) / 2 > 50 commits
        RestOfWorld patient = world(2, 0, RestOfWorldTest.project("candidate", cost, 0, 2));
        TestContext fx2 = new TestContext(3);
        run(patient, fx2, 0, 36, prices);
        assertThat(patient.getProjectsBuiltOrOperating()).isZero();
        run(patient, fx2, 36, 37, prices);
        assertThat(patient.getProjectsBuiltOrOperating()).isEqualTo(1);
        run(patient, fx2, 37, 36 + 24, prices);
        assertThat(patient.minedThisTick(ND)).isZero();
        run(patient, fx2, 36 + 24, 36 + 25, prices);
        assertThat(patient.minedThisTick(ND)).as("produces after its 2-year lead time").isPositive();
    }

    @Test
    void aMineIdleBelowCostForLongClosesAndRestartsOnlyThroughANewDecision() {
        double cost = 45;   // the basket at the starting prices (55.5) covers it; at 40 it does not
        Map<Integer, Double> prices = Map.of(0, ndPriceFor(40), 1, ndPriceFor(40), 2, ndPriceFor(70));
        RestOfWorld closing = world(1, 6, RestOfWorldTest.project("pass", cost, START_YEAR, 2));
        TestContext fx = new TestContext(3);
        run(closing, fx, 0, 5, prices);
        assertThat(closing.minedThisTick(ND)).isZero();
        assertThat(closing.getProjectsBuiltOrOperating()).as("idle five months: still open").isEqualTo(1);
        run(closing, fx, 5, 6, prices);
        assertThat(closing.getProjectsBuiltOrOperating()).as("idle six months: closed").isZero();
        // 70 > 1.5 x 45 clears the hurdle: in January of year 3, on year 2's prices (in January of year 2, year 1's 40 did not)
        run(closing, fx, 6, 36, prices);
        assertThat(closing.getProjectsBuiltOrOperating()).isZero();
        assertThat(closing.minedThisTick(ND)).as("closed: it does not produce although the basket covers its cost").isZero();
        run(closing, fx, 36, 37, prices);
        assertThat(closing.getProjectsBuiltOrOperating()).as("re-committed on year 2's prices").isEqualTo(1);
        assertThat(closing.minedThisTick(ND)).as("a closed mine restarts only after its lead time").isZero();

        // the earlier rule: it idles as long as it must and produces as soon as the basket covers its cost
        RestOfWorld idling = world(1, 0, RestOfWorldTest.project("pass", cost, START_YEAR, 2));
        TestContext fx0 = new TestContext(3);
        run(idling, fx0, 0, 25, prices);
        assertThat(idling.getProjectsBuiltOrOperating()).isEqualTo(1);
        assertThat(idling.minedThisTick(ND)).isZero();
        run(idling, fx0, 25, 26, prices);
        assertThat(idling.minedThisTick(ND)).isPositive();
    }

    @Test
    void aProjectWithItsOwnHurdleCommitsWhereTheWorldsHurdleHoldsItBack() {
        double cost = 40;   // a basket of 50 is 1.25 x its cost: under the world's hurdle of 1.5, over a hurdle of 1.2
        Map<Integer, Double> prices = Map.of(0, ndPriceFor(50));
        RestOfWorld usual = world(1, 0, RestOfWorldTest.project("candidate", cost, 0, 2));
        TestContext fx1 = new TestContext(3);
        run(usual, fx1, 0, 13, prices);
        assertThat(usual.getProjectsBuiltOrOperating()).isZero();

        WorldConfig.ForeignProject cheapCapital = RestOfWorldTest.project("candidate", cost, 0, 2);
        cheapCapital.investmentHurdle = 1.2;
        RestOfWorld own = world(1, 0, cheapCapital);
        TestContext fx2 = new TestContext(3);
        run(own, fx2, 0, 13, prices);
        assertThat(own.getProjectsBuiltOrOperating()).isEqualTo(1);

        // and a hurdle of its own above the world's holds it back at a basket that clears the world's
        WorldConfig.ForeignProject dear = RestOfWorldTest.project("candidate", cost, 0, 2);
        dear.investmentHurdle = 1.8;
        RestOfWorld held = world(1, 0, dear);
        TestContext fx3 = new TestContext(3);
        run(held, fx3, 0, 13, Map.of(0, ndPriceFor(65)));
        assertThat(held.getProjectsBuiltOrOperating()).isZero();
        RestOfWorld usualAt65 = world(1, 0, RestOfWorldTest.project("candidate", cost, 0, 2));
        TestContext fx4 = new TestContext(3);
        run(usualAt65, fx4, 0, 13, Map.of(0, ndPriceFor(65)));
        assertThat(usualAt65.getProjectsBuiltOrOperating()).isEqualTo(1);
    }
}
