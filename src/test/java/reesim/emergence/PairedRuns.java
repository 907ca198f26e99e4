package reesim.emergence;

import reesim.TestModels;
import reesim.model.ReeModel;
import reesim.output.Metric;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static reesim.TestModels.mean;

/**
 * The paired runs of the issue-20 instrument tests: seeds 3001-3040 (not those of {@link EmergentBehaviourTest}; 30 until session 18,
 * when the metallurgy recipe by year left the Ce magnets' draw on the Ce in store of 2030 at p = 0.016 on 30 seeds),
 * to {@value #UNTIL}, not cached (each test class lets its runs go after it). Compare outcomes with
 * {@link ScenarioRuns#assertHigher}.
 */
final class PairedRuns {
    static final int SEEDS = 40, UNTIL = 2030;

    private PairedRuns() {}

    static ReeModel[] runs(String... sets) {
        return LongStream.rangeClosed(1, SEEDS).parallel().mapToObj(s -> TestModels.run(3000 + s, UNTIL, sets)).toArray(ReeModel[]::new);
    }

    /** Asserts that, seed by seed, a metric of the given elements (or "REO") is the same in both runs in every year before {@code year}. */
    static void unchangedBefore(ReeModel[] a, ReeModel[] b, int year, Metric metric, String... elements) {
        for (int i = 0; i < a.length; i++)
            for (int y = a[i].config().time.startYear; y < year; y++)
                for (String el : elements)
                    // boxed: a year without a value (NaN) in both counts as the same
                    assertThat(Double.valueOf(mean(a[i], metric, el, y, y))).as("%s %s %d, seed index %d", metric.label, el, y, i)
                            .isEqualTo(Double.valueOf(mean(b[i], metric, el, y, y)));
    }
}
