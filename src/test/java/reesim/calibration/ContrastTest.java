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
        return Contrast.of(s);
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
    void theShippedTargetsCarryTheStylisedFacts() throws Exception {
        TargetSet set = TargetSet.load(TargetSet.DEFAULT);
        assertThat(set.contrasts()).extracting(Contrast::id)
                .contains("tariff_raises_magnet_exports", "export_quota_raises_magnet_exports", "subsidy_lowers_primary_supply");
        assertThat(set.untilYear()).isGreaterThanOrEqualTo(2040);
    }
}
