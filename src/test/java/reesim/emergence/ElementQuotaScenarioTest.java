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
 * Separation quotas for La and Ce (issue 20, configs/scenarios/element-quota.yaml) over paired seeds 3001-3040, to
 * 2030, from {@value #YEAR}, set below the baseline's separated output of that year (La 34 kt, Ce 48 kt, seeds 1-6):
 * nothing changes before; afterwards less La and Ce is separated and the La price rises, while Nd, which has no quota,
 * is separated as before (within 5 %): the co-products beyond the quota are held back unseparated instead.
 */
class ElementQuotaScenarioTest {
    static final int YEAR = 2020, TO = 2030;
    static ReeModel[] off, on;

    @BeforeAll
    static void run() {
        off = runs();
        on = runs("policy.elementQuota={La: {" + YEAR + ": 30000}, Ce: {" + YEAR + ": 40000}}");
    }

    /** The runs hold whole models: let them go before the next test class runs its own (one test JVM, bounded heap). */
    @AfterAll
    static void release() { off = on = null; }

    static double smelted(ReeModel m, String el) { return mean(m, Metric.SMELTED, el, YEAR + 1, TO); }

    @Test
    void nothingChangesBeforeTheQuotas() {
        PairedRuns.unchangedBefore(on, off, YEAR, Metric.SMELTED, "La", "Ce", "Nd");
    }

    @Test
    void lessLaAndCeIsSeparatedAndLaDearer() {
        for (String el : new String[]{"La", "Ce"})
            assertHigher("separated " + el + " " + (YEAR + 1) + "-" + TO + " (t/yr), none vs quota",
                    outcome(off, m -> smelted(m, el)), outcome(on, m -> smelted(m, el)));
        assertHigher("domestic La price " + (YEAR + 1) + "-" + TO + " (USD/kg), quota vs none",
                outcome(on, m -> mean(m, Metric.PRICE_DOMESTIC, "La", YEAR + 1, TO)), outcome(off, m -> mean(m, Metric.PRICE_DOMESTIC, "La", YEAR + 1, TO)));
    }

    @Test
    void ndWithoutAQuotaIsSeparatedAsBefore() {
        double[] ratio = new double[on.length];
        for (int i = 0; i < on.length; i++) ratio[i] = smelted(on[i], "Nd") / smelted(off[i], "Nd");
        double median = StatUtils.percentile(ratio, 50);
        System.out.printf("[element quota] separated Nd %d-%d, quota / none: median ratio %.3f%n", YEAR + 1, TO, median);
        assertThat(median).isBetween(0.95, 1.05);
    }
}
