package reesim.calibration;

import org.junit.jupiter.api.Test;

import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The paired bootstrap of a difference of objectives over shared seeds. */
class PairedBootstrapTest {
    /** An objective: the mean of a point's per-seed values on the draw. */
    private static ToDoubleFunction<PairedBootstrap.Sample> meanOf(double[] a, double[] b) {
        return s -> {
            double[] v = s.take(s.point() == 0 ? a : b);
            double sum = 0;
            for (double x : v) sum += x;
            return sum / v.length;
        };
    }

    @Test
    void aPointLowerOnEverySeedIsLowerInEveryResample() {
        double[] a = {10, 14, 9, 12, 11, 13, 8, 15, 10, 12};
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) b[i] = a[i] - 0.5 - 0.1 * i;   // lower on every seed, by differing amounts
        PairedBootstrap.Gain g = PairedBootstrap.of(a.length, meanOf(a, b));
        assertThat(g.difference()).isCloseTo(-0.95, within(1e-12));
        assertThat(g.shareBLower()).isEqualTo(1.0);
        assertThat(g.high()).isLessThan(0);
        assertThat(g.low()).isLessThanOrEqualTo(g.difference()).isGreaterThanOrEqualTo(-1.4);
        assertThat(g.resamples()).isEqualTo(PairedBootstrap.RESAMPLES);
    }

    @Test
    void aDifferenceOfEitherSignAcrossSeedsLeavesTheGainInDoubt() {
        // B is 2 lower on half the seeds and 2 higher on the other half: no gain on average, none to be sure of
        double[] a = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
        double[] b = {8, 12, 8, 12, 8, 12, 8, 12, 8, 12, 8, 12};
        PairedBootstrap.Gain g = PairedBootstrap.of(a.length, meanOf(a, b));
        assertThat(g.difference()).isCloseTo(0, within(1e-12));
        assertThat(g.low()).isLessThan(0);
        assertThat(g.high()).isGreaterThan(0);
        assertThat(g.shareBLower()).isBetween(0.3, 0.7);
    }

    @Test
    void theSameRunsGiveTheSameFigures() {
        double[] a = {3, 5, 4, 6, 2}, b = {2.5, 5.5, 3, 6, 1};
        assertThat(PairedBootstrap.of(a.length, meanOf(a, b))).isEqualTo(PairedBootstrap.of(a.length, meanOf(a, b)));
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {0, 1, 2, 3, 4};
        assertThat(PairedBootstrap.percentile(sorted, 0)).isEqualTo(0);
        assertThat(PairedBootstrap.percentile(sorted, 0.5)).isEqualTo(2);
        assertThat(PairedBootstrap.percentile(sorted, 0.05)).isCloseTo(0.2, within(1e-12));
        assertThat(PairedBootstrap.percentile(sorted, 1)).isEqualTo(4);
    }
}
