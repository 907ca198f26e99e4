package reesim.agents.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The lagged share: a first-order adjustment, faster up than down when told so. */
class LaggedShareTest {
    @Test
    void takesUpAboutTwoThirdsOfAStepInOneTimeConstant() {
        LaggedShare s = new LaggedShare(2, 6);
        for (int month = 0; month < 24; month++) s.towards(1);
        assertThat(s.value()).isCloseTo(1 - Math.exp(-1), within(1e-9));
        // falling back with the longer time constant: after 6 years about a third of the level is left
        double top = s.value();
        for (int month = 0; month < 72; month++) s.towards(0);
        assertThat(s.value()).isCloseTo(top * Math.exp(-1), within(1e-9));
    }

    @Test
    void zeroYearsIsAtOnceAndTheShareNeverOvershoots() {
        LaggedShare s = new LaggedShare(0, 0);
        assertThat(s.towards(0.7)).isEqualTo(0.7);
        assertThat(s.towards(0.2)).isEqualTo(0.2);
        LaggedShare slow = new LaggedShare(0.01, 50);
        for (int i = 0; i < 100; i++) assertThat(slow.towards(0.5)).isBetween(0.0, 0.5);
        assertThat(LaggedShare.weight(1)).isCloseTo(1 - Math.exp(-1.0 / 12), within(1e-15));
    }
}
