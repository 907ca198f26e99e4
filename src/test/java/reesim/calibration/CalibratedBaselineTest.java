package reesim.calibration;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * Issue 4's acceptance test: the baseline, run over several seeds that the calibration did not
 * use (101-105; calibrate uses 1-N), meets every fit target of configs/calibration/targets.yaml
 * within its tolerance. Disabled while the first fit leaves targets outside tolerance (docs/calibration.md,
 * "Status"); remove the annotation once {@code calibration-table} shows every fit target within.
 */
class CalibratedBaselineTest {
    static final int SEEDS = 5;

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
