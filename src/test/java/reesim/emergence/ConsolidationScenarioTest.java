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
 * Consolidation into six state groups (issue 20, configs/scenarios/consolidation.yaml) over paired seeds 3001-3040,
 * to 2030, from {@value #YEAR}: nothing changes before; afterwards unregistered mining falls (the groups police their
 * members' over-quota digging and their plants stop buying most grey ore, so illegal sites lose buyers too) and the
 * scarce heavy element Dy gets dearer.
 */
class ConsolidationScenarioTest {
    static final int YEAR = 2020, TO = 2030;
    static ReeModel[] off, on;

    @BeforeAll
    static void run() {
        off = runs();
        on = runs("policy.consolidation.fromYear=" + YEAR);
    }

    @AfterAll
    static void release() { off = on = null; }

    @Test
    void nothingChangesBeforeTheGroups() {
        PairedRuns.unchangedBefore(on, off, YEAR, Metric.MINED_UNREGISTERED, "REO");
    }

    @Test
    void unregisteredMiningFallsAndDyGetsDearer() {
        assertHigher("unregistered mining " + (YEAR + 1) + "-" + TO + " (t/yr), independent vs groups",
                outcome(off, m -> mean(m, Metric.MINED_UNREGISTERED, "REO", YEAR + 1, TO)), outcome(on, m -> mean(m, Metric.MINED_UNREGISTERED, "REO", YEAR + 1, TO)));
        assertHigher("domestic Dy price " + (YEAR + 1) + "-" + TO + " (USD/kg), groups vs independent",
                outcome(on, m -> mean(m, Metric.PRICE_DOMESTIC, "Dy", YEAR + 1, TO)), outcome(off, m -> mean(m, Metric.PRICE_DOMESTIC, "Dy", YEAR + 1, TO)));
    }
}
