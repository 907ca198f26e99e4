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
 * The demand-led mining quota (issue 20, configs/scenarios/demand-led-quota.yaml) over paired seeds 3001-3040, to
 * 2030, acting from {@value #YEAR}: the regulator plans from its statistics of use (domestic needs and registered
 * exports), two years late and with a 10 % sampling error. Nothing changes before the year; afterwards the quota
 * follows a fall in demand (magnet demand halved, which the schedule ignores) and counts the export buyers.
 */
class DemandLedQuotaScenarioTest {
    static final int YEAR = 2020, FROM = 2024, TO = 2030;
    static final String LOW = "scenario.magnetDemandScale=0.5";
    static ReeModel[] schedule, scheduleLow, led, ledLow, ledDomesticOnly;

    static String[] demandLed(boolean countExports, String... more) {
        java.util.List<String> sets = new java.util.ArrayList<>(java.util.List.of("policy.adaptive.enabled=true", "policy.adaptive.fromYear=" + YEAR,
                "policy.adaptive.countExports=" + countExports, "policy.adaptive.lagYears=2", "policy.adaptive.statisticsError=0.1"));
        sets.addAll(java.util.Arrays.asList(more));
        return sets.toArray(String[]::new);
    }

    @BeforeAll
    static void run() {
        schedule = runs();
        scheduleLow = runs(LOW);
        led = runs(demandLed(true));
        ledLow = runs(demandLed(true, LOW));
        ledDomesticOnly = runs(demandLed(false));
    }

    /** The runs hold whole models: let them go before the next test class runs its own (one test JVM, bounded heap). */
    @AfterAll
    static void release() { schedule = scheduleLow = led = ledLow = ledDomesticOnly = null; }

    static double quota(ReeModel m) { return mean(m, Metric.MINING_QUOTA, "REO", FROM, TO); }

    @Test
    void nothingChangesBeforeTheRuleTakesOver() {
        PairedRuns.unchangedBefore(led, schedule, YEAR, Metric.MINING_QUOTA, "REO");
        PairedRuns.unchangedBefore(led, schedule, YEAR, Metric.PRICE_DOMESTIC, "Nd");
    }

    @Test
    void theQuotaFollowsAFallInDemandWhichTheScheduleIgnores() {
        // a fall, not a rise: the statistics count realised use, which a quota-bound supply caps, so latent demand above
        // the quota shows only through the headroom (measured: magnet demand x1.5 left the quota unchanged, p = 0.23)
        for (int i = 0; i < led.length; i++) assertThat(Double.valueOf(quota(scheduleLow[i]))).isEqualTo(Double.valueOf(quota(schedule[i])));
        assertHigher("mining quota " + FROM + "-" + TO + " (t/yr), demand-led, magnet demand x1 vs x0.5",
                outcome(led, DemandLedQuotaScenarioTest::quota), outcome(ledLow, DemandLedQuotaScenarioTest::quota));
    }

    @Test
    void countingTheExportBuyersRaisesTheQuota() {
        assertHigher("mining quota " + FROM + "-" + TO + " (t/yr), demand-led, use with exports vs domestic use only",
                outcome(led, DemandLedQuotaScenarioTest::quota), outcome(ledDomesticOnly, DemandLedQuotaScenarioTest::quota));
    }
}
