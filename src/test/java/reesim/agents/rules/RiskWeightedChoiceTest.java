package reesim.agents.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskWeightedChoiceTest {
    private static final double[] OPTIONS = {0, 0.25, 0.5, 0.75, 1.0};

    /** Detection odds growing with the share done, fine per t, plus a stock lost whatever the share. */
    private static double choose(double detectionAtFull, double finePerT, double riskAversion) {
        return RiskWeightedChoice.choose(OPTIONS, 100, 50, riskAversion,
                f -> detectionAtFull * f, q -> finePerT * q + 1000);
    }

    @Test
    void withoutRiskTheWholeQuantityIsChosen() {
        assertThat(choose(0, 100, 1)).isEqualTo(1.0);
    }

    @Test
    void theRiskyOptionIsChosenLessAsDetectionRises() {
        double last = 1;
        for (double p = 0; p <= 1; p += 0.05) {
            double f = choose(p, 100, 1);
            assertThat(f).as("detection %s", p).isLessThanOrEqualTo(last);
            last = f;
        }
        assertThat(last).isLessThan(1);
        assertThat(choose(0.3, 100, 1)).isLessThan(choose(0.05, 100, 1));
    }

    @Test
    void theRiskyOptionIsChosenLessAsTheFineOrRiskAversionRises() {
        double last = 1;
        for (double fine = 0; fine <= 2000; fine += 50) {
            double f = choose(0.2, fine, 1);
            assertThat(f).as("fine %s", fine).isLessThanOrEqualTo(last);
            last = f;
        }
        assertThat(last).isZero();
        assertThat(choose(0.2, 100, 5)).isLessThan(choose(0.2, 100, 1));
    }

    @Test
    void nothingIsDoneWithoutMarginOrRoom() {
        assertThat(RiskWeightedChoice.choose(OPTIONS, 100, 0, 1, f -> 0, q -> 0)).isZero();
        assertThat(RiskWeightedChoice.choose(OPTIONS, 0, 50, 1, f -> 0, q -> 0)).isZero();
    }

    @Test
    void onlyTheListedOptionsAreChosen() {
        double[] coarse = {0, 0.5};
        assertThat(RiskWeightedChoice.choose(coarse, 100, 50, 1, f -> 0, q -> 0)).isEqualTo(0.5);
    }
}
