package reesim.market;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReferencePriceTest {
    @Test
    void withoutMemoryTheFirstPriceStaysTheReference() {
        ReferencePrice r = new ReferencePrice(0);
        assertThat(r.relative(10)).isEqualTo(1.0);
        for (int i = 0; i < 120; i++) r.relative(30);
        assertThat(r.relative(30)).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void withMemoryALastingPriceBecomesTheReference() {
        ReferencePrice r = new ReferencePrice(2);
        r.relative(10);
        double first = r.relative(30);
        for (int i = 0; i < 12 * 20; i++) r.relative(30);
        assertThat(first).isGreaterThan(2.5);
        assertThat(r.relative(30)).isCloseTo(1.0, within(1e-3));
        // about 1 - 1/e of the step is absorbed after one time constant
        ReferencePrice s = new ReferencePrice(2);
        s.relative(10);
        for (int i = 0; i < 24; i++) s.relative(20);
        assertThat(s.value()).isCloseTo(10 + 10 * (1 - Math.exp(-1)), within(0.3));
    }
}
