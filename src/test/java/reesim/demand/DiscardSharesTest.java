package reesim.demand;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DiscardSharesTest {
    @Test
    void sharesSumToOneWithTheMeanLifetimeAndNothingReplacedInItsOwnYear() {
        double[] d = DiscardShares.weibull(12, 2.5, 100);
        assertThat(d[0]).isZero();
        assertThat(Arrays.stream(d).sum()).isCloseTo(1, within(1e-9));
        double mean = 0;
        for (int a = 0; a < d.length; a++) mean += a * d[a];
        assertThat(mean).isCloseTo(12, within(0.1));
    }

    @Test
    void aShorterLifetimeDiscardsEarlier() {
        double[] phone = DiscardShares.weibull(3, 2.5, 30), car = DiscardShares.weibull(14, 2.5, 30);
        assertThat(phone[2]).isGreaterThan(car[2] * 10);
    }
}
