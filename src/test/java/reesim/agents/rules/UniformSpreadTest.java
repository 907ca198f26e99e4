package reesim.agents.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class UniformSpreadTest {
    @Test
    void theShareBelowAValueRisesLinearlyAcrossTheSpread() {
        // thresholds uniform on 10 x (1 +/- 0.5) = [5, 15]
        assertThat(UniformSpread.shareBelow(4, 10, 0.5)).isZero();
        assertThat(UniformSpread.shareBelow(7.5, 10, 0.5)).isCloseTo(0.25, within(1e-12));
        assertThat(UniformSpread.shareBelow(10, 10, 0.5)).isCloseTo(0.5, within(1e-12));
        assertThat(UniformSpread.shareBelow(20, 10, 0.5)).isEqualTo(1.0);
    }

    @Test
    void withoutASpreadItIsAllOrNothingAtTheCentre() {
        assertThat(UniformSpread.shareBelow(9.99, 10, 0)).isZero();
        assertThat(UniformSpread.shareBelow(10, 10, 0)).isZero();
        assertThat(UniformSpread.shareBelow(10.01, 10, 0)).isEqualTo(1.0);
    }
}
