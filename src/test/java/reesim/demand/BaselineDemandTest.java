package reesim.demand;

import reesim.data.SeedFacts;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.config.ModelConfig;
import reesim.config.ProductConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The demand paths of the baseline config alone (no simulation) against the seed figures they were fitted to. */
class BaselineDemandTest {
    private static final ModelConfig CFG = TestModels.baseline();
    private static final SeedFacts FACTS = SeedFacts.load();

    private static double ndTonnes(String family, int year) {
        ProductConfig pc = CFG.products.get(family);
        return KeyContent.of(pc).tonnes(new DemandPath(pc.demand).unitsPerYear(year));
    }

    @Test
    void everyDurableFamilyIsStockDrivenAndHitsIts2017And2050TargetsWithin5Percent() {
        for (DurableTarget t : DurableTarget.load(FACTS)) {
            assertThat(CFG.products.get(t.family()).demand.method).as(t.family()).isEqualTo("stock_gompertz");
            assertThat(ndTonnes(t.family(), 2017)).as("%s 2017 t Nd", t.family()).isCloseTo(t.demand2017(), within(0.05 * t.demand2017()));
            assertThat(ndTonnes(t.family(), 2050)).as("%s 2050 t Nd", t.family()).isCloseTo(t.demand2050(), within(0.05 * t.demand2050()));
        }
    }

    @Test
    void theNotedHistoricalGrowthRatesAreMetWithinThreePoints() {
        for (DurableTarget t : DurableTarget.load(FACTS)) {
            if (!t.growthFromNote()) continue;
            double g = Math.pow(ndTonnes(t.family(), 2017) / ndTonnes(t.family(), 2000), 1 / 17.0) - 1;
            assertThat(g).as("%s growth 2000-2017", t.family()).isCloseTo(t.growth2000to2017(), within(0.03));
        }
    }

    @Test
    void chinasReoDemandFollowsSeed003() {
        ReoDemandCheck check = new ReoDemandCheck(CFG, FACTS);
        double y2010 = FACTS.value("consumption", "China", 2010), y2020 = FACTS.value("consumption", "China", 2020);
        // within the calibration targets' tolerance for these rows (consumption_china_2010/2020 in targets.yaml:
        // 15 %, data uncertainty of the review): foreign magnet demand, part of the gross, is a fitted parameter
        // and the fit trades seed 003's figures against Yao et al.'s intermediate exports (docs/calibration.md)
        assertThat(check.at(2010).gross()).isCloseTo(y2010, within(0.15 * y2010));
        assertThat(check.at(2020).gross()).isCloseTo(y2020, within(0.15 * y2020));
        assertThat(check.at(2020).magnetShareGross()).isCloseTo(0.42, within(0.1));
        assertThat(check.at(2020).contained()).isLessThan(check.at(2020).gross());
    }

    @Test
    void seedTargetsAreReadFromTheFactsTable() {
        DurableTarget ac = DurableTarget.load(FACTS).stream().filter(t -> t.family().equals("air_conditioner")).findFirst().orElseThrow();
        assertThat(ac.demand2017()).isEqualTo(1840);
        assertThat(ac.demand2050()).isEqualTo(3636);
        assertThat(ac.growth2000to2017()).isCloseTo(0.3439, within(1e-12));
        assertThat(ac.growthFromNote()).isTrue();
    }
}
