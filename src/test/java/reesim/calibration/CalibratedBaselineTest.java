package reesim.calibration;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * Issue 4's and issue 21's acceptance test and a regression guard on the fit. The baseline runs over seeds
 * the calibration did not use (101-105; calibrate uses 1-N); the acceptance test asks every fit target of
 * configs/calibration/targets.yaml to be met within its tolerance, except those listed in {@link #MISSED} with the
 * reason they are not (yet) met (docs/calibration.md, "Status"). A target that comes within tolerance should leave
 * the list; one that drops out fails the test.
 */
class CalibratedBaselineTest {
    static final int SEEDS = 5;
    /**
     * The baseline of issue 21's session 12 (round Q's heavy elements with the magnet recipe at 9 % Dy and 0.5 % Tb and
     * foreign mines closing after 24 idle months; docs/history.md, "The magnet recipe's Dy and Tb") gives J = 7.83 with
     * 34 of 58 of the paper's targets within tolerance over seeds 101-105 (round Q: 5.76 and 33, the ion-clay Nd of 2017
     * +282 % against +188 %; round P: 5.59 and 36; round I: 5.89 and 37; the baseline before it: 8.09 and 34; rounds 5-6: 8.57 and
     * 31; round 4: 4.56 and 33). A change of the model or config that makes the fit clearly worse fails here;
     * re-calibrate (or update these figures and the docs on purpose). Round V (session 13): 5.91 and 39; session 15's
     * environmental standards for the clay mines (policy.environment from 2011): 3.74 and 40 (the ion-clay Nd of 2017,
     * NdFeB output of 2017 and China's raw-supply share of 2025 now met; total Nd mined and registered Nd exports of 2017
     * now missed). Session 17's export licence batches of the record (policy.exportQuotaFirstBatch, 2009-2014): 3.87 and
     * 39 (goods seized in 2011 now met; the ion-clay Nd and NdFeB output of 2017 now missed). Session 18's metallurgy
     * recipe by year (intermediates.metallurgy.recipeByYear: Nd 2 % of the alloys in 2000, 6 % in 2017, as the paper's two
     * figures give): 3.74 and 38 (other alloys' Nd of 2000 now met; registered Nd exports of 2006 and China's raw-supply
     * share of 2025 now missed). Session 19's going start (market.startStockMonths 3, Baotou's faces spread +/- 40 %): 3.67
     * and 37 (unregistered mining of 2000 and China's raw-supply share of 2025 now met; Nd mined and in exported goods in
     * 2000, China's REO use of 2020 and the goods seized in 2011 now missed). Session 20's round PQ (Baotou's cost at 0.85
     * with its competitors' costs and foreign La, Ce and Pr/Nd demand, fitted with the quota target in the
     * objective) and mines that dig toward their stock target (behaviour.mine.outputToStockTarget): 3.93 and 38 (Nd mined
     * in 2000, the ion-clay Nd of 2017 and the goods seized in 2011 now met; unregistered Nd mined in 2000 and China's share
     * of raw supply in 2025 now missed).
     */
    static final double MEASURED_J = 3.93, MEASURED_WITHIN = 38;

    static final String UNREGISTERED = "unregistered mining and the ion-clay split: with Myanmar's clay concentrate entering China and "
            + "the smuggling cost fitted to the record's trade, the paper's unregistered and ion-clay figures are traded off (rounds 5-6)";
    static final String EXPORTS = "Nd exports by route: the smuggling of 2002 (a customs mirror gap the model's price gap does not open) and "
            + "magnets and final goods in 2011-2017, where more Nd leaves as oxide than the paper counts and less as magnets in 2011";
    static final String STOCK_FLOW = "in-use stock and end of life: the families' lifetimes and the demand anchors of fit-demand (round 4), "
            + "not refitted since; the paper's cumulative end-of-life figures by family do not follow from its own lifetimes";
    static final String HELD_OUT = "a 2010 price: 2010-2013 prices are held out (issue 21), weight 0";
    static final String BATCHES = "the 2017 figures the trajectory after 2009 moves: with the record's export licence batches (session 17, "
            + "not refitted) seeds 101-105 put the ion-clay Nd of 2017 at +44 % (tolerance 30 %) and China's NdFeB output of 2017 at "
            + "+22 % (15 %), both met by a few points before; over seeds 21-80 the batches meet one more of the other targets (docs/history.md)";
    static final String FOREIGN_USE = "foreign use of 2020 (consumption_foreign, the seed fact's 52 kt): 80 kt over seeds 101-105 "
            + "(78 kt on round V); foreign users answer the world price relative to 2000, so La and Ce at 1.5-2 USD/kg from 2017 "
            + "double what they buy, and the fits (rounds U-X) keep that price response rather than meet this target (docs/history.md, session 13)";
    static final String CLAY_STANDARD = "the ion-clay mines closed under the 2011 environmental standard (session 15, not refitted): "
            + "illegal sites do not take up all the registered clay output the closures remove, so Nd mined in 2017 stays below the "
            + "paper's 27 kt (by 21 % when this was written; see the calibration table for today's figure)";
    static final String REO = "an REO total of the record (world mining 2021): foreign projects are not fitted to it yet";
    static final String GOING_START = "moved by session 19's going start (producers that start 2000 with their comfortable stock, Baotou's "
            + "faces spread in cost; not refitted): over seeds 101-105 Nd in exported goods of 2000 is +34 % (tolerance 30 %) and "
            + "China's REO use of 2020 -17 % (15 %) on session 20's baseline (the going start had also moved Nd mined in 2000 and the goods "
            + "seized in 2011 out, which session 20's cheaper Baotou brings back); over seeds 21-80 the going start gave J +0.15 (90 % "
            + "interval -0.20 to +0.47) with two more record rows within and the producers' stock of 2000 within issue 21's 12 months "
            + "(docs/history.md)";
    static final String CHEAP_BAOTOU = "moved by session 20's round PQ (Baotou's concentrate at 0.85 USD/kg REO, as a by-product of iron "
            + "ore, with its competitors' costs and foreign demand refitted, the issue's quota target in the objective) and mines that dig "
            + "toward their stock target: over seeds 101-105 unregistered Nd mined in 2000 is +30.4 % (tolerance 30 %) and China's share "
            + "of the world's raw supply in 2025 +8.8 % (7.7 %); the registered Nd exports of 2006 and 2017 are +56 % and +71 % "
            + "(20 %): cheap light ore sends more Nd abroad; over seeds 21-80 the change lowers J by 0.51 (90 % interval -0.80 to "
            + "-0.22) with as many of the other targets met (docs/history.md)";

    /** Fit targets not met over seeds 101-105 by the current baseline, and why. */
    static final java.util.Map<String, String> MISSED = java.util.Map.ofEntries(
            java.util.Map.entry("unregistered_share_2014", UNREGISTERED),
            java.util.Map.entry("mining_iac_2006", UNREGISTERED),
            java.util.Map.entry("mining_total_2017", CLAY_STANDARD),
            java.util.Map.entry("exports_primary_registered_2017", CHEAP_BAOTOU),
            java.util.Map.entry("exports_smuggled_2002", EXPORTS),
            java.util.Map.entry("consumption_rest_of_world_2020", FOREIGN_USE),
            java.util.Map.entry("intermediate_ndfeb_2017", BATCHES),
            java.util.Map.entry("exports_intermediate_2011", EXPORTS),
            java.util.Map.entry("exports_intermediate_2017", EXPORTS),
            java.util.Map.entry("exports_final_2017", EXPORTS),
            java.util.Map.entry("exports_primary_registered_2006", CHEAP_BAOTOU),
            java.util.Map.entry("exports_final_2000", GOING_START),
            java.util.Map.entry("consumption_china_2020", GOING_START),
            java.util.Map.entry("mining_unregistered_2000", CHEAP_BAOTOU),
            java.util.Map.entry("china_share_raw_supply_2025", CHEAP_BAOTOU),
            java.util.Map.entry("eol_cumulative_electronics", STOCK_FLOW),
            java.util.Map.entry("eol_cumulative_conventional_vehicles", STOCK_FLOW),
            java.util.Map.entry("eol_cumulative_mri", STOCK_FLOW),
            java.util.Map.entry("eol_cumulative_e_bikes", STOCK_FLOW),
            java.util.Map.entry("price_rise_2000_2010", HELD_OUT),
            java.util.Map.entry("world_mine_production_2021", REO),
            java.util.Map.entry("china_share_magnets_2005", "China's magnet share 2005: the foreign magnet choice was refitted to the 2011 and 2017 exports (round 6)"));

    @Test
    void theCalibratedFitDoesNotRegress() throws Exception {
        var loaded = ConfigLoader.load(Path.of("configs/baseline.yaml"), List.of(), ModelConfig.class);
        List<Target> fit = TargetSet.load(TargetSet.DEFAULT).fit();
        double[] means;
        try (Ensemble ens = new Ensemble("configs/baseline.yaml", loaded.resolvedTree(), Runtime.getRuntime().availableProcessors())) {
            means = Objective.means(ens.run(List.of(), fit, Ensemble.seeds(101, SEEDS), TargetSet.untilYear(fit)));
        }
        double j = Objective.value(fit, means);
        long within = java.util.stream.IntStream.range(0, fit.size()).filter(i -> fit.get(i).met(means[i])).count();
        System.out.printf("[calibrated-baseline] seeds 101-%d: J = %.4f, %d of %d fit targets within tolerance%n", 100 + SEEDS, j, within, fit.size());
        org.assertj.core.api.Assertions.assertThat(j).as("objective J over seeds 101-105").isLessThanOrEqualTo(1.15 * MEASURED_J);
        org.assertj.core.api.Assertions.assertThat((double) within).as("targets within tolerance").isGreaterThanOrEqualTo(MEASURED_WITHIN - 3);
    }

    @Test
    void everyFitTargetNotListedAsMissedIsWithinToleranceAsTheMeanOverSeeds() throws Exception {
        var loaded = ConfigLoader.load(Path.of("configs/baseline.yaml"), List.of(), ModelConfig.class);
        TargetSet set = TargetSet.load(TargetSet.DEFAULT);
        set.checkAgainst(loaded.value());
        List<Target> fit = set.fit();
        double[][] values;
        try (Ensemble ens = new Ensemble("configs/baseline.yaml", loaded.resolvedTree(), Runtime.getRuntime().availableProcessors())) {
            values = ens.run(List.of(), fit, Ensemble.seeds(101, SEEDS), TargetSet.untilYear(fit));
        }
        double[] means = Objective.means(values);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(fit.stream().map(Target::id).toList()).as("targets listed as missed").containsAll(MISSED.keySet());
        for (int i = 0; i < fit.size(); i++) {
            Target t = fit.get(i);
            if (MISSED.containsKey(t.id())) continue;
            soft.assertThat(t.met(means[i])).as("%s: mean %.4g vs %.4g (rel. error %s, tolerance %.0f %%)", t.id(), means[i], t.value(),
                    CalibrationTable.pct(t.relativeError(means[i])), 100 * t.tolerance()).isTrue();
        }
        System.out.printf("[calibrated-baseline] objective J over seeds 101-%d: %.4f%n", 100 + SEEDS, Objective.value(fit, means));
        soft.assertAll();
    }
}
