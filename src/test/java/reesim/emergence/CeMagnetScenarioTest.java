package reesim.emergence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reesim.agents.IntermediateMaker;
import reesim.model.ReeModel;
import reesim.output.Metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static reesim.TestModels.mean;
import static reesim.emergence.PairedRuns.runs;
import static reesim.emergence.PairedRuns.unchangedBefore;
import static reesim.emergence.ScenarioRuns.assertHigher;
import static reesim.emergence.ScenarioRuns.outcome;

/**
 * Ce in place of part of the Pr+Nd in NdFeB (issue 20; seed 001 s2.3) over paired seeds: the magnet makers'
 * dilution off and on from {@value #YEAR}, at baseline prices and at magnet demand x1.5. The penalty is set to
 * {@value #PENALTY} USD/kg (+/- 50 %) so that at baseline prices only part of the grades dilute and the test does
 * not hang on the calibrated price level. Nothing changes before the year; after it the makers dilute, Nd gets
 * cheaper and less of the Ce surplus is left in store; dearer Nd (magnet demand x1.5) makes them dilute more.
 * Seeds 3001-3040; runs to 2030.
 */
class CeMagnetScenarioTest {
    static final int YEAR = 2020, TO = 2030;
    static final double PENALTY = 60;
    static final String HIGH = "scenario.magnetDemandScale=1.5";
    static ReeModel[] off, on, offHigh, onHigh;

    static String[] dilution(String... more) {
        String p = "intermediates.ndfeb.dilution.";
        List<String> sets = new ArrayList<>(List.of(p + "enabled=true", p + "availableFrom=" + YEAR, p + "penalty=" + PENALTY));
        sets.addAll(Arrays.asList(more));
        return sets.toArray(String[]::new);
    }

    @BeforeAll
    static void run() {
        off = runs();
        on = runs(dilution());
        offHigh = runs(HIGH);
        onHigh = runs(dilution(HIGH));
    }

    @AfterAll
    static void release() { off = on = offHigh = onHigh = null; }

    static double dilutionShare(ReeModel m) {
        List<IntermediateMaker> makers = m.population().makers.get("ndfeb");
        return makers.stream().mapToDouble(IntermediateMaker::getDilutionShare).average().orElseThrow();
    }

    @Test
    void nothingChangesBeforeItsYear() {
        unchangedBefore(off, on, YEAR, Metric.PRICE_DOMESTIC, "Nd", "Ce", "Pr");
        unchangedBefore(off, on, YEAR, Metric.STOCKPILE, "Ce");
    }

    @Test
    void dilutionMakesNdCheaperAndDrawsOnTheCeSurplus() {
        assertHigher("domestic Nd price 2022-2030 (USD/kg), off vs Ce magnets from " + YEAR,
                outcome(off, m -> mean(m, Metric.PRICE_DOMESTIC, "Nd", YEAR + 2, TO)), outcome(on, m -> mean(m, Metric.PRICE_DOMESTIC, "Nd", YEAR + 2, TO)));
        // the store at the end of each year, averaged over 2026-2030: one year's end carries the year's noise
        assertHigher("Ce in store, year ends " + (TO - 4) + "-" + TO + " (t), off vs Ce magnets",
                outcome(off, m -> mean(m, Metric.STOCKPILE, "Ce", TO - 4, TO)), outcome(on, m -> mean(m, Metric.STOCKPILE, "Ce", TO - 4, TO)));
    }

    @Test
    void dearerNdMakesMakersDiluteMore() {
        assertHigher("domestic Nd price 2020-2030 (USD/kg), magnet demand x1.5 vs baseline, dilution off",
                outcome(offHigh, m -> mean(m, Metric.PRICE_DOMESTIC, "Nd", YEAR, TO)), outcome(off, m -> mean(m, Metric.PRICE_DOMESTIC, "Nd", YEAR, TO)));
        assertHigher("share of the makers' Pr+Nd replaced by Ce, end of " + TO + ", magnet demand x1.5 vs baseline",
                outcome(onHigh, CeMagnetScenarioTest::dilutionShare), outcome(on, CeMagnetScenarioTest::dilutionShare));
    }
}
