package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.config.BehaviourConfig;
import reesim.kernel.EnvironmentalStandard;
import reesim.kernel.TestContext;
import reesim.kernel.TestContext.Dealer;
import reesim.ledger.Stage;
import reesim.market.Market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.agents.MineTest.CAPACITY;
import static reesim.agents.MineTest.COST;
import static reesim.agents.MineTest.N;
import static reesim.kernel.TestContext.DEPOSIT;

/** A legal mine under an environmental standard, on the small fixture: it invests to meet it only when closures would cost it more. */
class MineComplianceTest {
    /** 1,000 USD per t a year of capacity over 2 years: 600,000 USD a year for the 1,200 t mine; closed half the time (pL = 1). */
    static final EnvironmentalStandard STANDARD = new EnvironmentalStandard(1000, 2, 0.1, 10);

    static Mine mine(double riskAversion) {
        return new Mine("mine", MineTest.group(riskAversion), TestContext.deposit(1e6, 1, 1), 1, riskAversion, N, new BehaviourConfig().mine);
    }

    @Test
    void theExpectedClosedShareIsTheShareOfTimeSpentInClosures() {
        assertThat(STANDARD.expectedClosedShare()).isCloseTo(0.5, within(1e-12));
        assertThat(new EnvironmentalStandard(1000, 2, 0, 10).expectedClosedShare()).isZero();
        assertThat(new EnvironmentalStandard(1000, 2, 0.5, 18).expectedClosedShare()).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void itCompliesWhenTheMarginItWouldLoseToClosuresIsWorthTheInvestment() {
        Mine m = mine(1);
        // half of a year's margin (1,200 t x margin x 1,000) against 600,000 USD: the break-even margin is 1 USD/kg
        assertThat(m.choosesToComply(STANDARD, 1.1, CAPACITY)).isTrue();
        assertThat(m.choosesToComply(STANDARD, 0.9, CAPACITY)).isFalse();
        assertThat(m.choosesToComply(STANDARD, 0, CAPACITY)).as("no margin, nothing to protect").isFalse();
        assertThat(m.choosesToComply(STANDARD, -3, CAPACITY)).isFalse();
        // at half the output it needs twice the margin
        assertThat(m.choosesToComply(STANDARD, 1.9, CAPACITY / 2)).isFalse();
        assertThat(m.choosesToComply(STANDARD, 2.1, CAPACITY / 2)).isTrue();
    }

    @Test
    void stricterInspectionsOrMoreRiskAversionMakeItComplyAtThinnerMargins() {
        double previous = Double.POSITIVE_INFINITY;
        for (double p : new double[]{0.02, 0.05, 0.1, 0.3, 1}) {
            EnvironmentalStandard std = new EnvironmentalStandard(1000, 2, p, 10);
            double breakEven = breakEvenMargin(mine(1), std);
            assertThat(breakEven).as("closure probability %s", p).isLessThan(previous);
            previous = breakEven;
        }
        assertThat(breakEvenMargin(mine(2), STANDARD)).isLessThan(breakEvenMargin(mine(1), STANDARD));
        assertThat(mine(1).choosesToComply(new EnvironmentalStandard(1000, 2, 0, 10), 100, CAPACITY)).as("never inspected").isFalse();
    }

    private static double breakEvenMargin(Mine m, EnvironmentalStandard std) {
        double margin = 0.01;
        while (!m.choosesToComply(std, margin, CAPACITY)) margin += 0.01;
        return margin;
    }

    /** A mine that sold all it dug for a year at concentrate price {@code price}; the fixture stands at the next January. */
    static Mine aYearSellingAt(TestContext fx, double price) {
        Mine m = mine(1);
        Dealer smelters = fx.dealer("smelters", Stage.SMELTING);
        Market reg = fx.markets().concentrate(DEPOSIT, true);
        for (int month = 0; month < 12; month++) {
            fx.setPrice(reg, price);
            m.step(fx);
            smelters.bid(reg, 10 * CAPACITY, price * 2);
            fx.clear();
            fx.nextMonth();
        }
        fx.setPrice(reg, price);
        return m;
    }

    @Test
    void inJanuaryItInvestsOnLastYearsMarginAndThenStaysCompliant() {
        TestContext fx = new TestContext(1);
        Mine m = aYearSellingAt(fx, COST + 2);   // 2 USD/kg on 1,200 t: half of it is worth more than 600,000 USD a year
        double cashBefore = m.getCash();
        fx.instruments.environmentalStandard = STANDARD;
        m.step(fx);
        assertThat(m.isCompliant()).isTrue();
        // the investment, 1,000 USD per t of capacity, and the month's digging at its (slightly depleted) cost
        assertThat(cashBefore - m.getCash()).isCloseTo(1000 * CAPACITY + m.lastRegistered() * 1000 * m.getUnitCost(), within(1e-6));
        fx.nextMonth();
        m.step(fx);
        assertThat(m.isCompliant()).as("it invests once").isTrue();

        TestContext thin = new TestContext(1);
        Mine poor = aYearSellingAt(thin, COST + 0.5);
        thin.instruments.environmentalStandard = STANDARD;
        double before = poor.getCash();
        poor.step(thin);
        assertThat(poor.isCompliant()).as("a 0.5 USD/kg margin does not pay for it").isFalse();
        assertThat(before - poor.getCash()).as("no investment").isCloseTo(poor.lastRegistered() * 1000 * poor.getUnitCost(), within(1e-6));
    }

    @Test
    void aMineClosedForRectificationDigsNothingUntilItReopens() {
        TestContext fx = new TestContext(1);
        Mine m = mine(1);
        m.closeForRectification(3);
        for (int month = 0; month < 3; month++) {
            m.step(fx.at(month));
            assertThat(m.isOpen(fx)).isFalse();
            assertThat(m.lastRegistered()).isZero();
        }
        m.step(fx.at(3));
        assertThat(m.isOpen(fx)).isTrue();
        assertThat(m.lastRegistered()).isCloseTo(CAPACITY / 12, within(1e-9));
    }
}
