package reesim.agents.rules;

import org.junit.jupiter.api.Test;
import reesim.agents.rules.CapacityInvestment.Growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CapacityInvestmentTest {
    private static CapacityInvestment scaled(double maxGrowth) { return CapacityInvestment.growing(Growth.SCALED, maxGrowth, 0.9, 0); }

    @Test
    void aFullProfitableFirmGrowsByItsMaximum() {
        CapacityInvestment x = scaled(0.1);
        x.record(1000);
        assertThat(x.review(1000, true)).isCloseTo(1100, within(1e-9));
    }

    @Test
    void scaledGrowthRisesWithUseAboveNearFullAndNeverPassesTheCap() {
        CapacityInvestment x = scaled(0.2);
        x.record(950);
        assertThat(x.review(1000, true)).isCloseTo(1000 * (1 + 0.2 * 0.5), within(1e-9));
        x.record(1500);   // orders or surges beyond capacity
        assertThat(x.review(1000, true)).isCloseTo(1200, within(1e-9));
    }

    @Test
    void investsOnlyWhenNearFullAndProfitable() {
        CapacityInvestment idle = scaled(0.1);
        idle.record(900);   // exactly at the threshold: not above it
        assertThat(idle.review(1000, true)).isEqualTo(1000);

        CapacityInvestment losing = scaled(0.1);
        losing.record(1000);
        assertThat(losing.review(1000, false)).isEqualTo(1000);

        CapacityInvestment capped = scaled(0);
        capped.record(1000);
        assertThat(capped.review(1000, true)).isEqualTo(1000);
    }

    @Test
    void useIsCountedPerYear() {
        CapacityInvestment x = scaled(0.1);
        x.record(1000);
        x.review(1000, true);
        assertThat(x.review(1000, true)).as("nothing recorded in the second year").isEqualTo(1000);
    }

    @Test
    void excessGrowthFollowsTheUseAboveTheThresholdPlusTheStepUpToTheCap() {
        CapacityInvestment x = CapacityInvestment.growing(Growth.EXCESS, 0.3, 0.85, 0.05);
        x.record(950);
        assertThat(x.review(1000, true)).isCloseTo(1000 * (1 + 0.10 + 0.05), within(1e-9));
        x.record(1400);
        assertThat(x.review(1000, true)).isCloseTo(1300, within(1e-9));
    }

    @Test
    void anIdleFirmShedsCapacityDownToItsFloorWhenTheRuleSaysSo() {
        CapacityInvestment x = new CapacityInvestment(Growth.EXCESS, 0.3, 0.85, 0.05, 0.3, 0.9, 200);
        x.record(100);
        assertThat(x.review(1000, true)).isCloseTo(900, within(1e-9));
        x.record(10);
        assertThat(x.review(210, true)).as("never below the floor").isEqualTo(200);
        x.record(150);   // use between idleBelow and nearFull: unchanged
        assertThat(x.review(300, true)).isEqualTo(300);
        CapacityInvestment growing = CapacityInvestment.growing(Growth.SCALED, 0.1, 0.9, 0);
        assertThat(growing.review(1000, true)).as("a growing-only rule never sheds").isEqualTo(1000);
    }

    @Test
    void cashRoseComparesWithTheLastCallAndTrustsTheFirst() {
        CapacityInvestment x = scaled(0.1);
        assertThat(x.cashRose(-5)).isTrue();
        assertThat(x.cashRose(10)).isTrue();
        assertThat(x.cashRose(10)).isFalse();
        assertThat(x.cashRose(3)).isFalse();
    }
}
