package reesim.emergence;

import org.junit.jupiter.api.Test;
import reesim.model.ReeModel;
import reesim.output.Metric;

import static reesim.TestModels.mean;
import static reesim.emergence.ScenarioRuns.assertHigher;
import static reesim.emergence.ScenarioRuns.outcome;
import static reesim.emergence.ScenarioRuns.runs;

/**
 * The stylised facts of the README (Emergent behaviour), shown by comparing scenarios over 20 seeds each. None of them is
 * coded: each follows from the agents' decisions under the instruments.
 */
class EmergentBehaviourTest {
    private static final int FROM = 2006, TO = 2025;

    @org.junit.jupiter.api.AfterAll
    static void release() { ScenarioRuns.release(); }

    private static double unregisteredShare(ReeModel m) {
        double u = mean(m, Metric.MINED_UNREGISTERED, "REO", FROM, TO), r = mean(m, Metric.MINED_REGISTERED, "REO", FROM, TO);
        return u / (u + r);
    }

    private static double priceRatio(ReeModel m, String el, int from, int to) {
        return mean(m, Metric.PRICE_WORLD, el, from, to) / mean(m, Metric.PRICE_DOMESTIC, el, from, to);
    }

    @Test
    void strongerNdPrDemandLeavesLaAndCeInSurplus() {
        ReeModel[] base = runs(), high = runs("scenario.magnetDemandScale=1.5");
        var surplus = (java.util.function.ToDoubleFunction<ReeModel>) m ->
                mean(m, Metric.STOCKPILE, "La", 2010, 2030) + mean(m, Metric.STOCKPILE, "Ce", 2010, 2030);
        assertHigher("La+Ce stockpile, magnet demand x1.5 vs baseline", outcome(high, surplus), outcome(base, surplus));
    }

    @Test
    void tighterMiningQuotaRaisesIllegalShareAndDomesticPrice() {
        ReeModel[] base = runs(), tight = runs("scenario.miningQuotaScale=0.4");
        assertHigher("unregistered share of mining, quota x0.4 vs baseline", outcome(tight, EmergentBehaviourTest::unregisteredShare), outcome(base, EmergentBehaviourTest::unregisteredShare));
        assertHigher("domestic Nd price, quota x0.4 vs baseline", outcome(tight, m -> mean(m, Metric.PRICE_DOMESTIC, "Nd", FROM, TO)), outcome(base, m -> mean(m, Metric.PRICE_DOMESTIC, "Nd", FROM, TO)));
    }

    @Test
    void strongerEnforcementLowersIllegalMiningAndSmuggling() {
        ReeModel[] base = runs(), strict = runs("scenario.enforcementScale=3");
        assertHigher("unregistered mining, baseline vs enforcement x3", outcome(base, m -> mean(m, Metric.MINED_UNREGISTERED, "REO", FROM, TO)), outcome(strict, m -> mean(m, Metric.MINED_UNREGISTERED, "REO", FROM, TO)));
        assertHigher("smuggled exports, baseline vs enforcement x3", outcome(base, m -> mean(m, Metric.EXPORTS_SMUGGLED, "REO", 2000, TO)), outcome(strict, m -> mean(m, Metric.EXPORTS_SMUGGLED, "REO", 2000, TO)));
    }

    @Test
    void higherExportTariffWidensThePriceGapAndRaisesSmuggling() {
        ReeModel[] base = runs(), tariff = runs("scenario.exportTariffAdd=0.5");
        // a tariff on exports binds while China exports Nd: in the baseline, the years of export restrictions to 2014
        assertHigher("world/domestic Nd price 2000-2014, tariff +0.5 vs baseline", outcome(tariff, m -> priceRatio(m, "Nd", 2000, 2014)), outcome(base, m -> priceRatio(m, "Nd", 2000, 2014)));
        assertHigher("smuggled exports, tariff +0.5 vs baseline", outcome(tariff, m -> mean(m, Metric.EXPORTS_SMUGGLED, "REO", 2000, TO)), outcome(base, m -> mean(m, Metric.EXPORTS_SMUGGLED, "REO", 2000, TO)));
        // the legal route around it: foreign buyers turn to Chinese magnets made from cheaper domestic oxide
        assertHigher("Nd exported in intermediates 2006-2025, tariff +0.5 vs baseline", outcome(tariff, m -> mean(m, Metric.EXPORTS_INTERMEDIATE, "Nd", FROM, TO)), outcome(base, m -> mean(m, Metric.EXPORTS_INTERMEDIATE, "Nd", FROM, TO)));
    }

    private static double intermediateExports(ReeModel m) {
        return mean(m, Metric.EXPORTS_INTERMEDIATE, "Nd", 2005, 2014);
    }

    @Test
    void tighterExportQuotaWidensThePriceGapAndRaisesSmuggling() {
        ReeModel[] base = runs(), quota = runs("scenario.exportQuotaScale=0.4");
        // export quotas apply until 2014
        assertHigher("world/domestic Nd price 2000-2014, export quota x0.4 vs baseline", outcome(quota, m -> priceRatio(m, "Nd", 2000, 2014)), outcome(base, m -> priceRatio(m, "Nd", 2000, 2014)));
        assertHigher("smuggled exports, export quota x0.4 vs baseline", outcome(quota, m -> mean(m, Metric.EXPORTS_SMUGGLED, "REO", 2000, 2014)), outcome(base, m -> mean(m, Metric.EXPORTS_SMUGGLED, "REO", 2000, 2014)));
        assertHigher("Nd exported in intermediates 2005-2014, export quota x0.4 vs baseline", outcome(quota, EmergentBehaviourTest::intermediateExports), outcome(base, EmergentBehaviourTest::intermediateExports));

    }

    @Test
    void recyclingSubsidyRaisesRecyclingAndLowersPrimarySupply() {
        ReeModel[] base = runs(), sub = runs("scenario.recyclingSubsidy=200");
        assertHigher("recycled, subsidy 200 USD/kg vs none", outcome(sub, m -> mean(m, Metric.RECYCLED, "REO", 2010, 2030)), outcome(base, m -> mean(m, Metric.RECYCLED, "REO", 2010, 2030)));
        // primary Nd: mined in China (registered or not) plus imported; the effect grows over time as products reach end of life
        var primary = (java.util.function.ToDoubleFunction<ReeModel>) m -> mean(m, Metric.MINED_REGISTERED, "Nd", 2035, 2050)
                + mean(m, Metric.MINED_UNREGISTERED, "Nd", 2035, 2050) + mean(m, Metric.IMPORTS, "Nd", 2035, 2050);
        assertHigher("primary Nd supply 2035-2050, no subsidy vs subsidy 200", outcome(base, primary), outcome(sub, primary));
    }
}
