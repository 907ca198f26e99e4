package reesim.demand;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GompertzOwnershipTest {
    private final GompertzOwnership v = new GompertzOwnership(0.6, -6, -0.00015);

    @Test
    void ownershipRisesStrictlyWithGdpPerCapita() {
        double previous = v.perCapita(0);
        for (double gdp = 500; gdp <= 60000; gdp += 500) {
            double now = v.perCapita(gdp);
            assertThat(now).as("ownership at %.0f USD", gdp).isGreaterThan(previous);
            previous = now;
        }
    }

    @Test
    void ownershipSaturatesAtVsAndNeverExceedsIt() {
        assertThat(v.perCapita(0)).isCloseTo(0.6 * Math.exp(-6), within(1e-12));
        assertThat(v.perCapita(30000)).isLessThan(0.6).isGreaterThan(0.5);
        assertThat(v.perCapita(200000)).isLessThan(0.6).isCloseTo(0.6, within(1e-6));
    }

    @Test
    void aSteeperBetaSaturatesAtLowerIncome() {
        GompertzOwnership steep = new GompertzOwnership(0.6, -6, -0.0003);
        assertThat(steep.perCapita(10000)).isGreaterThan(v.perCapita(10000));
    }
}
