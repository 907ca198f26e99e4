package reesim.emergence;

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
 * New uses of the cheap light rare earths (issue 20) over paired seeds 3001-3040, to 2030: the baseline's newUses
 * block (Ce in alloys, La in catalysts, from 2020, while the element sells below half its 2000 price) on vs off.
 * Nothing changes before 2020; afterwards Chinese Ce and La demand rise (in the baseline both sell far below their
 * 2000 prices from the late 2010s, the surplus of seed 000 s2.2).
 */
class NewUsesScenarioTest {
    static final int YEAR = 2020;
    static ReeModel[] off, on;

    @BeforeAll
    static void run() {
        off = runs();
        on = runs("newUses.enabled=true");
    }

    /** The runs hold whole models: let them go before the next test class runs its own (one test JVM, bounded heap). */
    @AfterAll
    static void release() { off = on = null; }

    @Test
    void nothingChangesBeforeTheNewUsesAreAvailable() {
        for (int i = 0; i < off.length; i++) {
            for (String el : new String[]{"La", "Ce", "Nd"}) {
                assertThat(mean(on[i], Metric.DEMAND, el, 2000, YEAR - 1)).isEqualTo(mean(off[i], Metric.DEMAND, el, 2000, YEAR - 1));
            }
        }
    }

    @Test
    void cheapLaAndCeFindNewUses() {
        assertHigher("Ce demand 2025-2030 (t/yr), new uses vs none", outcome(on, m -> mean(m, Metric.DEMAND, "Ce", 2025, 2030)), outcome(off, m -> mean(m, Metric.DEMAND, "Ce", 2025, 2030)));
        assertHigher("La demand 2025-2030 (t/yr), new uses vs none", outcome(on, m -> mean(m, Metric.DEMAND, "La", 2025, 2030)), outcome(off, m -> mean(m, Metric.DEMAND, "La", 2025, 2030)));
    }
}
