package reesim.emergence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reesim.model.ReeModel;
import reesim.output.Metric;

import static reesim.TestModels.mean;
import static reesim.emergence.PairedRuns.runs;
import static reesim.emergence.ScenarioRuns.assertHigher;
import static reesim.emergence.ScenarioRuns.outcome;

/**
 * Separation outside China (issue 20, configs/scenarios/foreign-separation.yaml) over paired seeds 3001-3040, to 2030:
 * plants abroad of 40 kt a year from {@value #YEAR}, and the three candidate mines of the baseline operating from
 * {@value #MINES} and shipping their ore to them. Nothing changes before; afterwards more is mined outside China and
 * China's share of mining falls.
 */
class ForeignSeparationScenarioTest {
    static final int YEAR = 2020, MINES = 2022, TO = 2030;
    static ReeModel[] off, on;

    @BeforeAll
    static void run() {
        off = runs();
        java.util.List<String> sets = new java.util.ArrayList<>(java.util.List.of("world.separation.enabled=true",
                "world.separation.capacity={2000: 0, " + YEAR + ": 40000}"));
        String[] costs = {"11.0", "13.0", "9.0"};   // the baseline's unit costs less the plants' separation cost
        for (int i = 5; i <= 7; i++) {
            sets.add("world.projects." + i + ".operatingFrom=" + MINES);
            sets.add("world.projects." + i + ".concentrateMarket=abroad");
            sets.add("world.projects." + i + ".unitCost=" + costs[i - 5]);
        }
        on = runs(sets.toArray(String[]::new));
    }

    @AfterAll
    static void release() { off = on = null; }

    @Test
    void nothingChangesBeforeThePlants() {
        PairedRuns.unchangedBefore(on, off, YEAR, Metric.MINED_FOREIGN, "REO");
        PairedRuns.unchangedBefore(on, off, YEAR, Metric.PRICE_WORLD, "Nd");
    }

    @Test
    void moreIsMinedOutsideChinaAndChinasShareFalls() {
        assertHigher("foreign mining " + MINES + "-" + TO + " (t/yr), plants abroad vs none",
                outcome(on, m -> mean(m, Metric.MINED_FOREIGN, "REO", MINES, TO)), outcome(off, m -> mean(m, Metric.MINED_FOREIGN, "REO", MINES, TO)));
        assertHigher("China's share of mining " + MINES + "-" + TO + ", none vs plants abroad",
                outcome(off, m -> mean(m, Metric.CHINA_MINING_SHARE, "REO", MINES, TO)), outcome(on, m -> mean(m, Metric.CHINA_MINING_SHARE, "REO", MINES, TO)));
    }
}
