package reesim.calibration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The search on a one-target, one-parameter problem (runs to 2001, so it is quick). */
class CalibratorTest {
    private static final Target MINED_2001 = new Target("mined_2001", "mining_total", "Nd", List.of(2001), 9000, "t", 0.15, "test", 1,
            true, false, List.of(new Series(Series.Kind.METRIC, "mined_registered"), new Series(Series.Kind.METRIC, "mined_unregistered")),
            List.of(), List.of("test"), "test");

    private static Calibrator.Result calibrate(double lower, double upper, int evals, ByteArrayOutputStream log) throws Exception {
        return calibrate(lower, upper, evals, log, Objective.Loss.SQUARED);
    }

    private static Calibrator.Result calibrate(double lower, double upper, int evals, ByteArrayOutputStream log, Objective.Loss loss) throws Exception {
        Calibrator c = calibrator(lower, upper, 1, log).judgedBy(loss);
        c.checkBounds();
        return c.run(Calibrator.Method.CMAES, evals, 1);
    }

    /** A calibrator of Nd's foreign demand on two seeds from {@code firstSeed}. */
    private static Calibrator calibrator(double lower, double upper, long firstSeed, ByteArrayOutputStream log) throws Exception {
        return calibrator(lower, upper, firstSeed, log, List.of(MINED_2001));
    }

    private static Calibrator calibrator(double lower, double upper, long firstSeed, ByteArrayOutputStream log, List<Target> targets) throws Exception {
        ObjectNode tree = ConfigLoader.load(Path.of("configs/baseline.yaml"), List.of(), ModelConfig.class).resolvedTree();
        ParameterSet params = new ParameterSet(Path.of("p.yaml"), List.of(new FreeParameter("world_nd", List.of("world.demand.Nd"), false, lower, upper, false, "test")));
        return new Calibrator(new reesim.cli.EngineSimulations(new reesim.experiment.LocalEngine(2)), "baseline", tree, params, targets, List.of(),
                new PriorValues(tree, java.util.Map.of()), Ensemble.seeds(firstSeed, 2), new PrintStream(log, true));
    }

    @Test
    void countsTheRecordRowsAndTheOtherTargetsSeedMeansMeet() throws Exception {
        Target row = new Target(Target.RECORD_PREFIX + "mined_2001", "mining_total", "Nd", List.of(2001), 9000, "t", 0.15, "test", 1,
                true, false, MINED_2001.numerator(), List.of(), List.of("market_history.csv line 1"), "test");
        assertThat(row.fromRecord()).isTrue();
        assertThat(MINED_2001.fromRecord()).isFalse();
        Calibrator c = calibrator(1000, 20000, 1, new ByteArrayOutputStream(), List.of(MINED_2001, row));
        assertThat(c.within(new double[]{9000, 9000})).isEqualTo(new Calibrator.Within(1, 1, 1, 1));
        assertThat(c.within(new double[]{9000, 20000})).isEqualTo(new Calibrator.Within(0, 1, 1, 1));
        assertThat(c.within(new double[]{Double.NaN, 9500})).isEqualTo(new Calibrator.Within(1, 1, 0, 1));
    }

    @Test
    void aCheckJudgesTheConfigAndTheFittedPointOnItsOwnSeedsAsASearchThereWould() throws Exception {
        Calibrator.Result r = calibrate(1000, 20000, 4, new ByteArrayOutputStream());
        Calibrator.Check check = calibrator(1000, 20000, 3, new ByteArrayOutputStream()).check(r.best());
        assertThat(check.firstSeed()).isEqualTo(3);
        assertThat(check.seeds()).isEqualTo(2);
        // the config's objective on seeds 3-4 is what a search on those seeds finds for its prior
        Calibrator.Result there = calibrator(1000, 20000, 3, new ByteArrayOutputStream()).run(Calibrator.Method.CMAES, 1, 1);
        assertThat(check.prior()).isEqualTo(there.prior().objective());
        assertThat(check.best()).isNotNaN();
        assertThat(check.confirms()).isEqualTo(check.best() < check.prior());
        assertThat(check.priorWithin()).isEqualTo(new Calibrator.Within(0, 0, MINED_2001.met(there.prior().means()[0]) ? 1 : 0, 1));
        // the paired bootstrap starts from the same two objectives, recomputed from the runs
        assertThat(check.gain().difference()).isCloseTo(check.best() - check.prior(), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(check.gain().resamples()).isEqualTo(PairedBootstrap.RESAMPLES);
        assertThat(check.gain().low()).isLessThanOrEqualTo(check.gain().high());
        assertThat(check.gain().shareBLower()).isBetween(0.0, 1.0);
        // so is the difference in targets met: this fixture's one target is not from the record
        assertThat(check.otherTargets().difference()).isEqualTo(check.bestWithin().other() - check.priorWithin().other());
        assertThat(check.otherTargets().low()).isBetween(-1.0, check.otherTargets().high());
        assertThat(check.otherTargets().high()).isLessThanOrEqualTo(1.0);
        assertThat(check.recordRows().difference()).isZero();
        assertThat(check.recordRows().high()).isZero();
        // its terms add up to each side's J, and the largest move comes first
        assertThat(check.changes()).hasSize(1);
        assertThat(check.changes().get(0).term()).isEqualTo(MINED_2001.id());
        assertThat(check.changes().stream().mapToDouble(Calibrator.TermChange::a).sum()).isCloseTo(check.prior(), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(check.changes().stream().mapToDouble(Calibrator.TermChange::b).sum()).isCloseTo(check.best(), org.assertj.core.api.Assertions.within(1e-12));
        // on the search's own seeds the check repeats the search's figures
        Calibrator.Check same = calibrator(1000, 20000, 1, new ByteArrayOutputStream()).check(r.best());
        assertThat(same.prior()).isEqualTo(r.prior().objective());
        assertThat(same.best()).isEqualTo(r.best().objective());
    }

    @Test
    void keepsWithinTheBudgetAndReportsTheBestPointWithinTheBounds() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Calibrator.Result r = calibrate(1000, 20000, 5, log);
        assertThat(r.priorFeasible()).isTrue();
        assertThat(r.evaluations()).isBetween(2, 5);
        assertThat(r.prior().index()).isEqualTo(1);
        assertThat(r.best().objective()).isLessThanOrEqualTo(r.prior().objective());
        assertThat(r.best().params()[0]).isBetween(1000.0, 20000.0);
        assertThat(r.improves()).isEqualTo(r.best().objective() < r.prior().objective());
        assertThat(log.toString()).contains("[calibrate] eval 1/5  J = ");
        double j = Objective.value(List.of(MINED_2001), r.best().means());
        assertThat(r.best().objective()).isEqualTo(j);
    }

    @Test
    void aPriorOutsideTheBoundsIsNeverTheBest() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Calibrator.Result r = calibrate(20000, 30000, 3, log);
        assertThat(r.priorFeasible()).isFalse();
        assertThat(r.best()).isNotSameAs(r.prior());
        assertThat(r.best().params()[0]).isBetween(20000.0, 30000.0);
        assertThat(r.best().leaves()).containsKey("world.demand.Nd");
        assertThat(r.improves()).isTrue();
        assertThat(log.toString()).contains("best = none within bounds yet");
    }

    @Test
    void everyEvaluationIsJudgedByTheLossItWasGiven() throws Exception {
        Calibrator.Result r = calibrate(1000, 20000, 3, new ByteArrayOutputStream(), Objective.Loss.BEYOND_TOLERANCE);
        for (Calibrator.Evaluation ev : List.of(r.prior(), r.best())) {
            assertThat(ev.objective()).isEqualTo(Objective.value(List.of(MINED_2001), ev.means(), Objective.Loss.BEYOND_TOLERANCE));
            // the squared loss of the same means is larger unless the target is hit exactly
            assertThat(ev.objective()).isLessThan(Objective.value(List.of(MINED_2001), ev.means()));
        }
    }
    @Test
    void theLeadersAreTheSearchsDistinctBestPointsBestFirstAndTheRaceRunsThemOnItsOwnSeeds() throws Exception {
        Calibrator c = calibrator(1000, 20000, 1, new ByteArrayOutputStream());
        Calibrator.Result r = c.run(Calibrator.Method.CMAES, 7, 1);
        List<Calibrator.Evaluation> leaders = c.leaders(3);
        assertThat(leaders).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(leaders.get(0).objective()).isEqualTo(r.best().objective());
        assertThat(leaders).extracting(Calibrator.Evaluation::objective).isSorted();
        assertThat(leaders).extracting(e -> e.leaves().toString()).doesNotHaveDuplicates();
        assertThat(leaders).noneMatch(e -> e == r.prior());

        Calibrator.Race race = calibrator(1000, 20000, 3, new ByteArrayOutputStream()).race(leaders);
        assertThat(race.firstSeed()).isEqualTo(3);
        assertThat(race.objectives()).hasSize(leaders.size());
        // each finalist's objective on seeds 3-4 is what a search there finds for the config with its values
        Calibrator.Evaluation last = leaders.get(leaders.size() - 1);
        Calibrator there = calibrator(1000, 20000, 3, new ByteArrayOutputStream());
        Calibrator.Check check = there.check(last);
        assertThat(race.objectives()[leaders.size() - 1]).isEqualTo(check.best());
        double least = java.util.Arrays.stream(race.objectives()).min().orElseThrow();
        assertThat(race.objectives()[leaders.indexOf(race.winner())]).isEqualTo(least);
    }
}
