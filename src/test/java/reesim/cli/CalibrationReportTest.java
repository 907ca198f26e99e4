package reesim.cli;

import org.junit.jupiter.api.Test;
import reesim.calibration.Calibrator;
import reesim.calibration.Objective;
import reesim.calibration.Series;
import reesim.calibration.Target;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The summary calibrate prints: J's largest terms, which add up to J. */
class CalibrationReportTest {
    static Target target(String id, double value, double weight) {
        return new Target(id, "mining_total", "Nd", List.of(2001), value, "t", 0.1, "test", weight, true, false,
                List.of(new Series(Series.Kind.METRIC, "mined_registered")), List.of(), List.of("test"), "test");
    }

    static Calibrator.Evaluation evaluation(int index, double[] means, double objective) {
        return new Calibrator.Evaluation(index, new double[0], Map.of(), means, new double[0], objective);
    }

    @Test
    void theTermsAreEachTargetsWeightedLossLargestAtTheFittedPointFirstAndAddUpToJ() {
        List<Target> fit = List.of(target("small", 100, 1), target("large", 100, 2), target("gone", 100, 1));
        double[] prior = {110, 100, 200}, fitted = {120, 150, 100};
        double jPrior = Objective.value(fit, prior), jFitted = Objective.value(fit, fitted);
        Calibrator.Result r = new Calibrator.Result(evaluation(1, prior, jPrior), evaluation(2, fitted, jFitted), 2, true);
        List<CalibrationReport.Term> terms = CalibrationReport.terms(r, fit, List.of(), Objective.Loss.SQUARED);
        assertThat(terms).extracting(CalibrationReport.Term::name).containsExactly("large", "small", "gone");
        // large: weight 2 x (50 %)^2; small: (20 %)^2; gone: hit exactly now, (100 %)^2 before
        assertThat(terms.get(0).fitted()).isCloseTo(2 * 0.25, within(1e-12));
        assertThat(terms.get(1).fitted()).isCloseTo(0.04, within(1e-12));
        assertThat(terms.get(2).prior()).isCloseTo(1.0, within(1e-12));
        assertThat(terms.stream().mapToDouble(CalibrationReport.Term::fitted).sum()).isCloseTo(jFitted, within(1e-12));
        assertThat(terms.stream().mapToDouble(CalibrationReport.Term::prior).sum()).isCloseTo(jPrior, within(1e-12));
    }
}
