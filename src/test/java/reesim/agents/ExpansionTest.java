package reesim.agents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExpansionTest {
    @Test
    void aFullProfitableFirmGrowsByItsMaximum() {
        Expansion x = new Expansion(0.1);
        x.review(1000, 0);              // first January: sets the cash reference
        x.record(1000);
        assertThat(x.review(1000, 5e6)).isCloseTo(1100, within(1e-9));
    }

    @Test
    void growthScalesWithUtilisationAboveNearFull() {
        Expansion x = new Expansion(0.2);
        x.review(1000, 0);
        x.record(950);
        assertThat(x.review(1000, 1)).isCloseTo(1000 * (1 + 0.2 * 0.5), within(1e-9));
    }

    @Test
    void idleOrLossMakingFirmsDoNotGrow() {
        Expansion idle = new Expansion(0.1);
        idle.review(1000, 0);
        idle.record(800);
        assertThat(idle.review(1000, 1e6)).isEqualTo(1000);

        Expansion losing = new Expansion(0.1);
        losing.review(1000, 1e6);
        losing.record(1000);
        assertThat(losing.review(1000, 0)).isEqualTo(1000);
    }

    @Test
    void outputIsCountedPerYear() {
        Expansion x = new Expansion(0.1);
        x.review(1000, 0);
        x.record(1000);
        x.review(1000, 1);
        // nothing recorded in the second year
        assertThat(x.review(1000, 2)).isEqualTo(1000);
    }
}
