package reesim.calibration;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * Issue 4's acceptance test (disabled) and a regression guard on the fit. The baseline runs over seeds
 * the calibration did not use (101-105; calibrate uses 1-N); the acceptance test asks every fit target of configs/calibration/targets.yaml to be met
 * within its tolerance. Disabled while the first fit leaves targets outside tolerance (docs/calibration.md,
 * "Status"); remove the annotation once {@code calibration-table} shows every fit target within.
 */
class CalibratedBaselineTest {
    static final int SEEDS = 5;
    /**
     * The calibrated baseline of 2026-11-23 (round 4: grey feed for idle capacity, saleable co-product value,
     * Dy+Tb thrifting) gave J = 5.18 with 34 of 58 targets within tolerance over seeds 1-20
     * (docs/calibration.md) and J = 4.56 with 33 within over seeds 101-105. A change of the model or
     * config that makes the fit clearly worse fails here; re-calibrate (or update these figures and the
     * docs on purpose).
     */
    static final double MEASURED_J = 4.56, MEASURED_WITHIN = 33;

    @Test
    void theCalibratedFitDoesNotRegress() throws Exception {
        var loaded = ConfigLoader.load(Path.of("configs/baseline.yaml"), List.of(), ModelConfig.class);
        List<Target> fit = TargetSet.load(TargetSet.DEFAULT).fit();
        double[] means;
        try (Ensemble ens = new Ensemble("configs/baseline.yaml", loaded.resolvedTree(), Runtime.getRuntime().availableProcessors())) {
            means = Objective.means(ens.run(List.of(), fit, Ensemble.seeds(101, SEEDS), TargetSet.untilYear(fit)));
        }
        double j = Objective.value(fit, means);
        long within = java.util.stream.IntStream.range(0, fit.size()).filter(i -> fit.get(i).met(means[i])).count();
        System.out.printf("[calibrated-baseline] seeds 101-%d: J = %.4f, %d of %d fit targets within tolerance%n", 100 + SEEDS, j, within, fit.size());
        org.assertj.core.api.Assertions.assertThat(j).as("objective J over seeds 101-105").isLessThanOrEqualTo(1.15 * MEASURED_J);
        org.assertj.core.api.Assertions.assertThat((double) within).as("targets within tolerance").isGreaterThanOrEqualTo(MEASURED_WITHIN - 3);
    }

    @Test
    @Disabled("baseline not yet within tolerance: see docs/calibration.md")
    void everyFitTargetIsWithinToleranceAsTheMeanOverSeeds() throws Exception {
        var loaded = ConfigLoader.load(Path.of("configs/baseline.yaml"), List.of(), ModelConfig.class);
        TargetSet set = TargetSet.load(TargetSet.DEFAULT);
        set.checkAgainst(loaded.value());
        List<Target> fit = set.fit();
        double[][] values;
        try (Ensemble ens = new Ensemble("configs/baseline.yaml", loaded.resolvedTree(), Runtime.getRuntime().availableProcessors())) {
            values = ens.run(List.of(), fit, Ensemble.seeds(101, SEEDS), TargetSet.untilYear(fit));
        }
        double[] means = Objective.means(values);
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < fit.size(); i++) {
            Target t = fit.get(i);
            soft.assertThat(t.met(means[i])).as("%s: mean %.4g vs %.4g (rel. error %s, tolerance %.0f %%)", t.id(), means[i], t.value(),
                    CalibrationTable.pct(t.relativeError(means[i])), 100 * t.tolerance()).isTrue();
        }
        System.out.printf("[calibrated-baseline] objective J over seeds 101-%d: %.4f%n", 100 + SEEDS, Objective.value(fit, means));
        soft.assertAll();
    }
}
