package reesim.emergence;

import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reesim.model.ReeModel;
import reesim.output.Metric;

import static org.assertj.core.api.Assertions.assertThat;
import static reesim.TestModels.mean;
import static reesim.emergence.ScenarioRuns.assertHigher;
import static reesim.emergence.ScenarioRuns.outcome;
import static reesim.emergence.PairedRuns.runs;

/**
 * The 40 % collection case for Sm (issue 20, configs/scenarios/collection-sm-40.yaml) over paired seeds 3001-3040,
 * to 2030, with the mandate on SmCo magnets only from {@value #YEAR}: more Sm is recycled, and the families the
 * mandate does not name are not pushed (recycled Nd does not rise).
 */
class SmCollectionScenarioTest {
    static final int YEAR = 2020, TO = 2030;
    static ReeModel[] off, on;

    @BeforeAll
    static void run() {
        off = runs();
        on = runs("recycling.collectionMandate={" + YEAR + ": 0.4}", "recycling.mandateFamilies=[smco_magnets]");
    }

    @AfterAll
    static void release() { off = on = null; }

    static double recycled(ReeModel m, String el) { return mean(m, Metric.RECYCLED, el, YEAR + 1, TO); }

    @Test
    void moreSmIsRecycled() {
        assertHigher("recycled Sm " + (YEAR + 1) + "-" + TO + " (t/yr), Sm mandate vs none",
                outcome(on, m -> recycled(m, "Sm")), outcome(off, m -> recycled(m, "Sm")));
    }

    @Test
    void theFamiliesItDoesNotNameAreNotPushed() {
        double[] ratio = new double[on.length];
        for (int i = 0; i < on.length; i++) ratio[i] = recycled(on[i], "Nd") / recycled(off[i], "Nd");
        double median = StatUtils.percentile(ratio, 50);
        System.out.printf("[Sm collection] recycled Nd %d-%d, mandate / none: median ratio %.3f%n", YEAR + 1, TO, median);
        // pushed, as under a mandate on every family, recycled Nd rises by about 30 % (seeds 3001-3003: x1.30-1.35);
        // the Sm mandate moves it only through the shared recyclers and the markets (x1.02-1.04 on the 2026-12-06 baseline)
        assertThat(median).isLessThanOrEqualTo(1.10);
    }
}
