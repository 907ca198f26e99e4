package reesim.calibration;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ObjectiveTest {
    static Target target(String id, double value, double tolerance, double weight, boolean fit) {
        return new Target(id, id, "Nd", List.of(2010), value, "t", tolerance, "test", weight, fit, !fit,
                List.of(new Series(Series.Kind.METRIC, "demand")), List.of(), List.of(id + " Nd 2010"), "test");
    }

    @Test
    void objectiveIsTheWeightedSumOfSquaredRelativeErrorsOfTheMeans() {
        List<Target> ts = List.of(target("a", 100, 0.15, 1, true), target("b", 0.5, 0.2, 2, true), target("c", 30000, 0, 5, false));
        // relative errors +10 % and -20 %: 1 x 0.01 + 2 x 0.04; the forecast check adds nothing
        assertThat(Objective.value(ts, new double[]{110, 0.4, 1})).isCloseTo(0.09, within(1e-12));
        assertThat(Objective.value(ts, new double[]{100, 0.5, 1e9})).isZero();
    }

    @Test
    void aLogErrorTargetSquaresTheLogRatioAndItsToleranceIsAFactor() {
        Target price = new Target("p", "price", "Nd", List.of(2005), 8.0, "USD/kg", 0.5, "factor 1.5", 0.1, true, false,
                List.of(new Series(Series.Kind.METRIC, "price_domestic")), List.of(), List.of("market_history.csv line 1"), "test", null, null, true);
        // a factor 2 too high and a factor 2 too low weigh the same: 0.1 x (ln 2)^2
        assertThat(Objective.term(price, 16.0)).isCloseTo(0.1 * Math.log(2) * Math.log(2), within(1e-12));
        assertThat(Objective.term(price, 4.0)).isCloseTo(Objective.term(price, 16.0), within(1e-12));
        assertThat(price.met(12.0)).isTrue();
        assertThat(price.met(8.0 / 1.5)).isTrue();
        assertThat(price.met(12.01)).isFalse();
        assertThat(price.met(5.3)).isFalse();
        assertThat(price.met(0.0)).isFalse();
        // a price the model cannot produce (zero or undefined) counts as an error of 1
        assertThat(Objective.term(price, 0.0)).isCloseTo(0.1, within(1e-12));
        assertThat(Objective.term(price, Double.NaN)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void beyondToleranceCountsOnlyTheErrorOutsideTheBand() {
        var beyond = Objective.Loss.BEYOND_TOLERANCE;
        List<Target> ts = List.of(target("a", 100, 0.15, 1, true), target("b", 0.5, 0.2, 2, true), target("c", 30000, 0, 5, false));
        // +10 % and -20 % are within 15 % and 20 %: nothing to fit, though the squared loss sees 0.09
        assertThat(Objective.value(ts, new double[]{110, 0.4, 1}, beyond)).isZero();
        assertThat(Objective.value(ts, new double[]{110, 0.4, 1})).isCloseTo(0.09, within(1e-12));
        // +25 % is 10 points beyond 15 %, on either side; -30 % is 10 beyond 20 %: 1 x 0.01 + 2 x 0.01
        assertThat(Objective.value(ts, new double[]{125, 0.35, 1}, beyond)).isCloseTo(0.03, within(1e-12));
        assertThat(Objective.term(ts.get(0), 75, beyond)).isCloseTo(0.01, within(1e-12));
        // an undefined mean still counts in full
        assertThat(Objective.term(ts.get(0), Double.NaN, beyond)).isEqualTo(1.0);
    }

    @Test
    void beyondToleranceOfALogTargetIsTheLogRatioOutsideItsFactor() {
        Target price = new Target("p", "price", "Nd", List.of(2005), 8.0, "USD/kg", 0.5, "factor 1.5", 0.1, true, false,
                List.of(new Series(Series.Kind.METRIC, "price_domestic")), List.of(), List.of("market_history.csv line 1"), "test", null, null, true);
        var beyond = Objective.Loss.BEYOND_TOLERANCE;
        assertThat(Objective.term(price, 11.9, beyond)).isZero();
        assertThat(Objective.term(price, 5.4, beyond)).isZero();
        // a factor 3 too high or too low: ln 3 - ln 1.5 = ln 2 beyond
        assertThat(Objective.term(price, 24.0, beyond)).isCloseTo(0.1 * Math.log(2) * Math.log(2), within(1e-12));
        assertThat(Objective.term(price, 8.0 / 3, beyond)).isCloseTo(0.1 * Math.log(2) * Math.log(2), within(1e-12));
        // the loss is zero exactly where the target is met
        for (double sim = 3; sim < 16; sim += 0.01)
            assertThat(Objective.term(price, sim, beyond) == 0).as("at %s", sim).isEqualTo(price.met(sim));
    }

    @Test
    void aLowerBoundFitTargetCountsOnlyItsShortfall() {
        Target floor = new Target("q", "quota use", "REO", List.of(2008), 0.85, "share", 0, "at least", 4, true, true,
                List.of(new Series(Series.Kind.METRIC, "exports_registered")), List.of(), List.of("issue 21"), "test");
        assertThat(Objective.term(floor, 0.9, Objective.Loss.BEYOND_TOLERANCE)).isZero();
        // 0.68 is 20 % short of 0.85
        assertThat(Objective.term(floor, 0.68, Objective.Loss.BEYOND_TOLERANCE)).isCloseTo(4 * 0.04, within(1e-12));
    }

    @Test
    void anUndefinedMeanCountsAsAHundredPercentError() {
        List<Target> ts = List.of(target("a", 100, 0.15, 3, true));
        assertThat(Objective.value(ts, new double[]{Double.NaN})).isEqualTo(3.0);
    }

    @Test
    void meansSkipUndefinedSeedsAndAreNaNWhenAllAre() {
        double[] m = Objective.means(new double[][]{{1, 2, 6}, {Double.NaN, 4, 2}, {Double.NaN, Double.NaN}});
        assertThat(m[0]).isEqualTo(3.0);
        assertThat(m[1]).isEqualTo(3.0);
        assertThat(m[2]).isNaN();
    }

    @Test
    void withinToleranceIsTwoSidedAndForecastsAreLowerBounds() {
        Target fit = target("a", 100, 0.15, 1, true);
        assertThat(fit.met(115)).isTrue();
        assertThat(fit.met(85)).isTrue();
        assertThat(fit.met(115.1)).isFalse();
        assertThat(fit.met(84.9)).isFalse();
        assertThat(fit.met(Double.NaN)).isFalse();
        Target forecast = target("f", 30000, 0, 0, false);
        assertThat(forecast.met(30001)).isTrue();
        assertThat(forecast.met(29999)).isFalse();
    }

    @Test
    void seedStatsGiveTheTIntervalOfTheMeanAndThePercentileRange() {
        SeedStats s = SeedStats.of(new double[]{1, 2, 3, 4, 5, Double.NaN});
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.mean()).isEqualTo(3.0);
        // sd = sqrt(2.5); t(0.975, 4) = 2.7764
        assertThat(s.ciHigh() - s.mean()).isCloseTo(2.7764451 * Math.sqrt(2.5) / Math.sqrt(5), within(1e-6));
        assertThat(s.p025()).isCloseTo(1.1, within(1e-12));
        assertThat(s.p975()).isCloseTo(4.9, within(1e-12));
    }

    @Test
    void parametersMapBetweenOptimiserSpaceAndConfigLeaves() throws Exception {
        var tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree("a: {n: 300, x: 0.25}\nb: [{r: 0.3}, {r: 0.12345}]\n");
        PriorValues priors = new PriorValues(tree, java.util.Map.of());
        FreeParameter count = new FreeParameter("n", List.of("a.n"), false, 100, 900, true, "test");
        FreeParameter scale = new FreeParameter("s", List.of("b.0.r", "b.1.r"), true, 0.5, 1.5, false, "test");
        assertThat(count.decode(0.5)).isEqualTo(500.0);
        assertThat(count.decode(0.50031)).isEqualTo(500.0);
        assertThat(count.encode(count.prior(priors))).isEqualTo(0.25);
        assertThat(scale.prior(priors)).isEqualTo(1.0);
        assertThat(scale.leaves(1.2, priors)).containsExactly(java.util.Map.entry("b.0.r", 0.36), java.util.Map.entry("b.1.r", 0.1481));
        ParameterSet set = new ParameterSet(java.nio.file.Path.of("p.yaml"), List.of(count, scale));
        var texts = set.texts(set.leaves(new double[]{512, 1.2}, priors), tree);
        assertThat(ParameterSet.sets(texts)).containsExactly("a.n=512", "b.0.r=0.36", "b.1.r=0.1481");
        assertThat(Numbers.format(1193442.6, false)).isEqualTo("1193000.0");
        assertThat(Numbers.format(0.1, false)).isEqualTo("0.1");
    }

    @Test
    void scaleParametersMultiplyTheHandSetValueRecordedByAnEarlierCalibration() throws Exception {
        String text = "b:\n  - r: 0.45  # 1/yr | calibrated (reesim calibrate 2026-01-01, objective 1.0; prior 0.3, assumption)\n  - r: 0.2  # 1/yr | assumption\n";
        var tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(text);
        PriorValues priors = PriorValues.of(tree, text);
        assertThat(priors.handSet()).containsExactly(java.util.Map.entry("b.0.r", 0.3));
        FreeParameter scale = new FreeParameter("s", List.of("b.0.r", "b.1.r"), true, 0.5, 1.4, false, "test");
        assertThat(scale.prior(priors)).isCloseTo(1.5, within(1e-12));
        assertThat(scale.leaves(1.2, priors)).containsExactly(java.util.Map.entry("b.0.r", 0.36), java.util.Map.entry("b.1.r", 0.24));
        ParameterSet set = new ParameterSet(java.nio.file.Path.of("p.yaml"), List.of(scale));
        assertThat(set.priorsOutOfBounds(priors)).singleElement().asString().contains("s = 1.5 outside")
                .contains("scale mode: b.0.r 0.45 = 1.5 x its hand-set 0.3");
        assertThat(set.scaleMismatches(priors)).singleElement().asString()
                .contains("b.0.r 0.45 = 1.5 x its hand-set 0.3; b.1.r 0.2 = 1.0 x its hand-set 0.2");
        FreeParameter alone = new FreeParameter("t", List.of("b.1.r"), true, 0.5, 1.4, false, "test");
        assertThat(new ParameterSet(java.nio.file.Path.of("p.yaml"), List.of(alone)).scaleMismatches(priors)).isEmpty();
    }

    @Test
    void aLowerBoundAddsOnlyItsShortfallUnderEitherLoss() {
        Target bound = new Target("q", "use", "REO", List.of(2005, 2006), 0.85, "fraction", 0, "", 4, true, true,
                List.of(new Series(Series.Kind.METRIC, "exports_registered")), List.of(new Series(Series.Kind.METRIC, "export_quota")),
                List.of("issue 21"), "test", null, null, false, java.util.Map.of(), true);
        for (Objective.Loss loss : Objective.Loss.values()) {
            assertThat(Objective.term(bound, 0.95, loss)).as("%s above the bound", loss).isZero();
            assertThat(Objective.term(bound, 0.85, loss)).as("%s at the bound", loss).isZero();
            assertThat(Objective.term(bound, 0.425, loss)).as("%s half the bound", loss).isCloseTo(4 * 0.25, within(1e-12));
        }
        assertThat(bound.met(0.85)).isTrue();
        assertThat(bound.met(0.8499)).isFalse();
    }

    @Test
    void anUpperBoundAddsOnlyItsExcessUnderEitherLoss() {
        Target bound = new Target("s", "stock", "REO", List.of(2000, 2001), 1, "years", 0, "", 2, true, false,
                List.of(new Series(Series.Kind.STOCK, "producers")), List.of(new Series(Series.Kind.INPUT, "ndfeb")),
                List.of("issue 21"), "test", null, null, false, java.util.Map.of(), true, true);
        assertThat(bound.bound()).isTrue();
        for (Objective.Loss loss : Objective.Loss.values()) {
            assertThat(Objective.term(bound, 0.4, loss)).as("%s below the bound", loss).isZero();
            assertThat(Objective.term(bound, 1, loss)).as("%s at the bound", loss).isZero();
            assertThat(Objective.term(bound, 1.5, loss)).as("%s half again the bound", loss).isCloseTo(2 * 0.25, within(1e-12));
        }
        assertThat(bound.met(1)).isTrue();
        assertThat(bound.met(1.0001)).isFalse();
        assertThat(bound.met(Double.NaN)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Target("both", "stock", "REO", List.of(2000), 1, "years", 0, "", 1, true, true,
                        List.of(new Series(Series.Kind.STOCK, "producers")), List.of(), List.of(), "test", null, null, false, java.util.Map.of(), false, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("either a lower or an upper");
    }

    @Test
    void aHighestYearTargetTakesTheLargestYearlyRatioAndSkipsYearsWithoutADenominator() {
        assertThat(Target.highest(new double[]{20, 45, 30}, new double[]{40, 50, 60})).isCloseTo(0.9, within(1e-12));
        assertThat(Target.highest(new double[]{20, 45}, new double[]{40, 0})).isCloseTo(0.5, within(1e-12));
        assertThat(Target.highest(new double[]{20, 45}, new double[]{0, 0})).isNaN();
        assertThat(Target.highest(new double[]{3, 7, 5}, null)).isEqualTo(7);
    }
}
