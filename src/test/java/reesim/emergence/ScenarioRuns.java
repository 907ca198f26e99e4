package reesim.emergence;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import reesim.TestModels;
import reesim.model.ReeModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a scenario over many seeds (in parallel; each run is deterministic in its seed) and compares
 * an outcome between two scenarios. Every scenario runs the same seeds and the model draws each
 * source of randomness from its own stream, so runs are paired (common random numbers): the
 * comparison is a one-sided Wilcoxon signed-rank test on the paired differences. Runs are cached
 * per (scenario, seed) so several comparisons can share the baseline.
 */
final class ScenarioRuns {
    static final int SEEDS = 20;
    static final int UNTIL = 2050;
    private static final Map<String, ReeModel[]> CACHE = new ConcurrentHashMap<>();

    private ScenarioRuns() {}

    /** Lets the cached runs go (whole models: they fill the test JVM's heap otherwise). */
    static synchronized void release() { CACHE.clear(); }

    static synchronized ReeModel[] runs(String... sets) {
        String key = String.join(" ", sets);
        return CACHE.computeIfAbsent(key, k -> LongStream.rangeClosed(1, SEEDS).parallel()
                .mapToObj(seed -> TestModels.run(1000 + seed, UNTIL, sets)).toArray(ReeModel[]::new));
    }

    static double[] outcome(ReeModel[] runs, ToDoubleFunction<ReeModel> f) {
        double[] v = new double[runs.length];
        for (int i = 0; i < runs.length; i++) v[i] = f.applyAsDouble(runs[i]);
        return v;
    }

    /** Asserts that {@code higher} exceeds {@code lower} seed by seed (one-sided paired p < 0.01). */
    static void assertHigher(String what, double[] higher, double[] lower) {
        Comparison c = compare(what, higher, lower);
        assertThat(c.medianDifference()).as(c.text()).isPositive();
        assertThat(c.p()).as(c.text()).isLessThan(0.01);
    }

    /** Prints the paired comparison of {@code higher} and {@code lower} without judging it. */
    static void report(String what, double[] higher, double[] lower) { compare(what, higher, lower); }

    /**
     * Commons Math computes the exact p by going through all 2^n sign patterns (over a minute at n = 30); above this
     * many pairs the normal approximation, which is close from about n = 20 on, is used instead.
     */
    private static final int EXACT_UP_TO = 20;

    private record Comparison(String text, double medianDifference, double p) {}

    /** Medians, median paired difference and the one-sided Wilcoxon signed-rank p of {@code higher} over {@code lower}, printed. */
    private static Comparison compare(String what, double[] higher, double[] lower) {
        double[] diff = new double[higher.length];
        for (int i = 0; i < diff.length; i++) diff[i] = higher[i] - lower[i];
        double p = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(higher, lower, higher.length <= EXACT_UP_TO) / 2;
        double mh = StatUtils.percentile(higher, 50), ml = StatUtils.percentile(lower, 50), md = StatUtils.percentile(diff, 50);
        String msg = String.format("%s: median %.4g vs %.4g (median paired difference %.3g), one-sided Wilcoxon signed-rank p = %.2g", what, mh, ml, md, p);
        System.out.println("[paired] " + msg);
        return new Comparison(msg, md, p);
    }
}
