package reesim.calibration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ContrastTest {
    private static Contrast contrast(String direction) {
        ContrastSpec s = new ContrastSpec();
        s.id = "c";
        s.fact = "test";
        s.set = List.of("scenario.exportTariffAdd=0.5");
        s.element = "Nd";
        s.years = List.of(2010);
        s.numerator = List.of("metric:exports_intermediate");
        s.direction = direction;
        s.minEffect = 0.05;
        s.weight = 2;
        return Contrast.of(s, 0);
    }

    @Test
    void effectIsSignedByTheStatedDirection() {
        assertThat(contrast("higher").effect(100, 110)).isCloseTo(0.10, within(1e-12));
        assertThat(contrast("lower").effect(100, 110)).isCloseTo(-0.10, within(1e-12));
        assertThat(contrast("higher").effect(0, 5)).isNaN();
    }

    @Test
    void penaltyIsZeroOnceTheEffectIsShownAndGrowsWithTheShortfall() {
        Contrast c = contrast("higher");
        assertThat(c.penalty(0.06)).isZero();
        assertThat(c.met(0.06)).isTrue();
        assertThat(c.penalty(0.0)).isCloseTo(2.0, within(1e-12));
        assertThat(c.penalty(Double.NaN)).isCloseTo(2.0, within(1e-12));
        assertThat(c.penalty(-0.05)).isCloseTo(8.0, within(1e-12));
        assertThat(c.penalty(0.025)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void judgedEffectIsTheSeedMeanEffectOrItsLowerConfidenceBound() {
        double[] base = {100, 100, 100, 100}, noisy = {120, 100, 115, 105}, steady = {110, 110, 110, 110};
        ContrastSpec s = new ContrastSpec();
        s.id = "c"; s.fact = "f"; s.set = List.of("scenario.exportTariffAdd=0.5"); s.element = "Nd"; s.years = List.of(2010);
        s.numerator = List.of("metric:exports_intermediate"); s.direction = "higher"; s.minEffect = 0.05; s.weight = 1;
        Contrast point = Contrast.of(s, 0), bound = Contrast.of(s, 0.9);
        assertThat(point.judgedEffect(base, noisy)).isCloseTo(0.10, within(1e-12));
        // differences 20, 0, 15, 5: sd 9.13, t(0.9, 3) = 1.638, so 0.10 - 1.638 x 9.13 / 2 / 100
        assertThat(bound.judgedEffect(base, noisy)).isCloseTo(0.10 - 1.6377 * 9.1287 / 2 / 100, within(1e-4));
        assertThat(bound.judgedEffect(base, steady)).isCloseTo(0.10, within(1e-12));
        // a seed without a value drops out of both runs
        assertThat(point.judgedEffect(new double[]{100, Double.NaN}, new double[]{110, 500})).isCloseTo(0.10, within(1e-12));
        s.direction = "lower";
        assertThat(Contrast.of(s, 0.9).judgedEffect(base, noisy)).isLessThan(-0.10);
    }

    @Test
    void theShippedTargetsCarryTheStylisedFacts() throws Exception {
        TargetSet set = TargetSet.load(TargetSet.DEFAULT);
        assertThat(set.contrasts()).extracting(Contrast::id)
                .contains("tariff_raises_magnet_exports", "export_quota_raises_magnet_exports", "subsidy_lowers_primary_supply",
                        "export_quota_widens_price_gap", "export_quota_raises_smuggling");
        assertThat(set.untilYear()).isGreaterThanOrEqualTo(2040);
        assertThat(set.contrasts()).allSatisfy(c -> assertThat(c.confidence()).isEqualTo(0.9));
    }
}
