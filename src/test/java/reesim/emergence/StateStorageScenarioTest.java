package reesim.emergence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reesim.model.ReeModel;
import reesim.output.Metric;

import static reesim.TestModels.mean;
import static reesim.emergence.ScenarioRuns.assertHigher;
import static reesim.emergence.ScenarioRuns.outcome;
import static reesim.emergence.PairedRuns.runs;

/**
 * The state's storage centres for surplus elements (issue 20, configs/scenarios/state-storage.yaml) over paired
 * seeds 3001-3030, to 2030, buying La, Ce, Eu and Y from {@value #YEAR}: nothing changes before; afterwards the
 * state, not the producers, holds the La and Ce surplus, and its bids hold up their prices.
 */
class StateStorageScenarioTest {
    static final int YEAR = 2020, TO = 2030;
    static ReeModel[] off, on;

    @BeforeAll
    static void run() {
        off = runs();
        on = runs("policy.storageCentres.enabled=true", "policy.storageCentres.fromYear=" + YEAR);
    }

    /** The runs hold whole models: let them go before the next test class runs its own (one test JVM, bounded heap). */
    @AfterAll
    static void release() { off = on = null; }

    static double producersStock(ReeModel m, String el) {
        return mean(m, Metric.STOCKPILE, el, TO, TO) - mean(m, Metric.STOCKPILE_STATE, el, TO, TO);
    }

    @Test
    void nothingChangesBeforeTheCentresOpen() {
        PairedRuns.unchangedBefore(on, off, YEAR, Metric.STOCKPILE, "La", "Ce", "Nd");
    }

    @Test
    void theStateNotTheProducersHoldsTheLaAndCeSurplus() {
        for (String el : new String[]{"La", "Ce"})
            assertHigher("state stock of " + el + " in " + TO + " (t), centres vs none",
                    outcome(on, m -> mean(m, Metric.STOCKPILE_STATE, el, TO, TO)), outcome(off, m -> mean(m, Metric.STOCKPILE_STATE, el, TO, TO)));
        // La only: the Ce surplus in producers' hands (250-340 kt in 2030 on the baseline of 2026-12-06, seeds 3001-3005)
        // dwarfs what 500 t a month can take up, and the price the centres hold up keeps more Ce coming
        assertHigher("producers' stock of La in " + TO + " (t), none vs centres",
                outcome(off, m -> producersStock(m, "La")), outcome(on, m -> producersStock(m, "La")));
    }

    @Test
    void theirBidsHoldUpTheLaAndCePrices() {
        for (String el : new String[]{"La", "Ce"})
            assertHigher("domestic " + el + " price " + (YEAR + 1) + "-" + TO + " (USD/kg), centres vs none",
                    outcome(on, m -> mean(m, Metric.PRICE_DOMESTIC, el, YEAR + 1, TO)), outcome(off, m -> mean(m, Metric.PRICE_DOMESTIC, el, YEAR + 1, TO)));
    }
}
