package reesim.agents;

import reesim.config.BehaviourConfig;
import org.junit.jupiter.api.Test;
import reesim.config.DemandConfig;
import reesim.config.IntermediateConfig;
import reesim.config.ProductConfig;
import reesim.demand.DemandPath;
import reesim.kernel.TestContext;
import reesim.ledger.Stage;

import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.agents.IntermediateMakerTest.RECIPE;
import static reesim.kernel.TestContext.DOMESTIC;
import static reesim.kernel.TestContext.ELEMENTS;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.START_YEAR;

/** Manufacturer on the small fixture: orders follow the demand path, fall when the intermediate gets dearer; exports its share. */
class ManufacturerTest {
    static final int N = ELEMENTS.size();
    static final double BASE_UNITS = 1.2e6, GROWTH = 0.1, CONTENT_KG = 0.5, EXPORT_SHARE = 0.25, ELASTICITY = 0.5;

    static ProductConfig product(double elasticity) {
        DemandConfig d = new DemandConfig();
        d.method = DemandConfig.GROWTH;
        d.baseYear = START_YEAR;
        d.baseUnits = BASE_UNITS;
        d.rates = new TreeMap<>(java.util.Map.of(START_YEAR + 1, GROWTH));
        ProductConfig p = new ProductConfig();
        p.intermediate = "ndfeb";
        p.keyElement = "Nd";
        p.contentPerUnit = CONTENT_KG;
        p.adoptionRate = 1;
        p.demand = d;
        p.lifetimeYears = 10;
        p.lifetimeShape = 2;
        p.exportShare = EXPORT_SHARE;
        p.priceElasticity = elasticity;
        p.collectionCost = 0;
        p.initialInUseStock = 0;
        return p;
    }

    static final class Setup {
        final TestContext fx = new TestContext(5);
        final RecyclingSector recycling = new RecyclingSector(List.of(), 0);
        final IntermediateMaker small, large;
        final InUseStock inUse;
        final Manufacturer manufacturer;

        Setup(double elasticity) { this(elasticity, 1.0); }

        Setup(double elasticity, double observedPriceFactor) {
            IntermediateConfig c1 = IntermediateMakerTest.config(1, 0.2);
            IntermediateConfig c2 = IntermediateMakerTest.config(1, 0.2);
            c2.capacity = 2 * c1.capacity;
            small = new IntermediateMaker("small", "ndfeb", c1, RECIPE.clone(), ELEMENTS, recycling, new BehaviourConfig().maker);
            large = new IntermediateMaker("large", "ndfeb", c2, RECIPE.clone(), ELEMENTS, recycling, new BehaviourConfig().maker);
            small.prime(fx.ledger(), 100);
            large.prime(fx.ledger(), 100);
            ProductConfig p = product(elasticity);
            inUse = new InUseStock("motor", p, START_YEAR, TestContext.END_YEAR, RECIPE, ND, recycling, fx.ledger());
            manufacturer = new Manufacturer("motor", p, new DemandPath(p.demand), RECIPE, ND, inUse, List.of(small, large), 2,
                    observedPriceFactor, null, null);
        }
    }

    /** t REO of intermediate a month for units a year: units * content of Nd / Nd's share of the recipe. */
    static double monthlyReo(double unitsPerYear) { return unitsPerYear / 12 * CONTENT_KG / 1000 / RECIPE[ND]; }

    @Test
    void ordersFollowTheDemandPathSplitByCapacity() {
        Setup s = new Setup(ELASTICITY);
        s.manufacturer.step(s.fx);
        double reo = monthlyReo(BASE_UNITS);
        assertThat(reo).isCloseTo(100, within(1e-9));
        assertThat(s.manufacturer.getUnitsDemandedPerMonth()).isCloseTo(BASE_UNITS / 12, within(1e-6));
        for (int e = 0; e < N; e++) assertThat(s.manufacturer.needed(e)).isCloseTo(reo * RECIPE[e], within(1e-9));
        // the makers make what was ordered, 1:2 by capacity
        s.small.step(s.fx);
        s.large.step(s.fx);
        assertThat(s.small.getLastProduced()).isCloseTo(reo / 3, within(1e-9));
        assertThat(s.large.getLastProduced()).isCloseTo(2 * reo / 3, within(1e-9));

        // a year later, at the same prices, demand has grown by the path's rate
        s.fx.at(12);
        s.manufacturer.step(s.fx);
        assertThat(s.manufacturer.getPriceFactor()).isCloseTo(1, within(1e-12));
        assertThat(s.manufacturer.needed(ND)).isCloseTo(monthlyReo(BASE_UNITS * (1 + GROWTH)) * RECIPE[ND], within(1e-9));
    }

    @Test
    void theScenarioScalesMagnetDemand() {
        Setup s = new Setup(ELASTICITY);
        s.fx.scenario.demandScale = 2;
        s.fx.scenario.magnetDemandScale = 1.5;
        s.manufacturer.step(s.fx);
        assertThat(s.manufacturer.needed(ND)).isCloseTo(3 * monthlyReo(BASE_UNITS) * RECIPE[ND], within(1e-9));
    }

    @Test
    void meetsItsDataWhenItsPriceFactorIsTheOneTheDataWereObservedAt() {
        double observed = Math.pow(2, -ELASTICITY);
        Setup s = new Setup(ELASTICITY, observed);
        s.manufacturer.step(s.fx);   // at the first quote (factor 1): above the path by 1 / observed
        assertThat(s.manufacturer.needed(ND)).isCloseTo(monthlyReo(BASE_UNITS) / observed * RECIPE[ND], within(1e-9));
        assertThat(s.manufacturer.neededOnPath(ND)).isCloseTo(monthlyReo(BASE_UNITS) * RECIPE[ND], within(1e-9));

        // the quote doubles: the price factor is the observed one, so the family demands its path
        s.fx.at(1);
        double q0 = IntermediateMakerTest.quoteAtRecipe(DOMESTIC);
        double[] dearer = DOMESTIC.clone();
        dearer[ND] = DOMESTIC[ND] + q0 * (1 - IntermediateMakerTest.SCRAP) / RECIPE[ND];
        s.fx.setDomesticPrice(ND, dearer[ND]);
        assertThat(s.small.quote(s.fx)).isCloseTo(2 * q0, within(1e-9));
        s.manufacturer.step(s.fx);
        assertThat(s.manufacturer.getPriceFactor()).isCloseTo(observed, within(1e-12));
        assertThat(s.manufacturer.needed(ND)).isCloseTo(monthlyReo(BASE_UNITS) * RECIPE[ND], within(1e-9));
        assertThat(s.manufacturer.neededOnPath(ND)).isCloseTo(monthlyReo(BASE_UNITS) * RECIPE[ND], within(1e-9));
    }

    @Test
    void cutsBackWhenTheIntermediateGetsDearer() {
        Setup s = new Setup(ELASTICITY);
        s.manufacturer.step(s.fx);   // the first quote becomes the reference
        double q0 = IntermediateMakerTest.quoteAtRecipe(DOMESTIC);
        assertThat(s.manufacturer.getReferencePrice()).isCloseTo(q0, within(1e-9));

        s.fx.at(1);
        s.fx.setDomesticPrice(ND, 2 * DOMESTIC[ND]);
        double[] dearer = DOMESTIC.clone();
        dearer[ND] *= 2;
        double q1 = IntermediateMakerTest.quoteAtRecipe(dearer);
        assertThat(s.small.quote(s.fx)).isCloseTo(q1, within(1e-9));
        s.manufacturer.step(s.fx);
        double factor = Math.pow(q1 / q0, -ELASTICITY);
        assertThat(factor).isLessThan(1);
        assertThat(s.manufacturer.getPriceFactor()).isCloseTo(factor, within(1e-12));
        assertThat(s.manufacturer.needed(ND)).isCloseTo(monthlyReo(BASE_UNITS) * factor * RECIPE[ND], within(1e-9));
        assertThat(s.manufacturer.neededOnPath(ND)).isCloseTo(monthlyReo(BASE_UNITS) * RECIPE[ND], within(1e-9));

        Setup inelastic = new Setup(0);
        inelastic.manufacturer.step(inelastic.fx);
        inelastic.fx.at(1);
        inelastic.fx.setDomesticPrice(ND, 2 * DOMESTIC[ND]);
        inelastic.manufacturer.step(inelastic.fx);
        assertThat(inelastic.manufacturer.needed(ND)).isCloseTo(monthlyReo(BASE_UNITS) * RECIPE[ND], within(1e-9));
    }

    @Test
    void exportsItsShareAndPutsTheRestIntoUse() {
        Setup s = new Setup(ELASTICITY);
        s.manufacturer.step(s.fx);
        s.small.step(s.fx);
        s.large.step(s.fx);
        s.fx.nextMonth();
        s.manufacturer.step(s.fx);   // last month's intermediates become products
        double made = monthlyReo(BASE_UNITS);
        assertThat(s.manufacturer.getLastProducedContent()).isCloseTo(made, within(1e-9));
        assertThat(s.manufacturer.getLastExportedContent()).isCloseTo(EXPORT_SHARE * made, within(1e-9));
        for (int e = 0; e < N; e++) {
            assertThat(s.fx.ledger().tickFlow(Stage.MANUFACTURING, Stage.WORLD, true, e)).isCloseTo(EXPORT_SHARE * made * RECIPE[e], within(1e-9));
            assertThat(s.fx.ledger().tickFlow(Stage.MANUFACTURING, Stage.IN_USE, true, e)).isCloseTo((1 - EXPORT_SHARE) * made * RECIPE[e], within(1e-9));
        }
        assertThat(s.inUse.getInUse()).isCloseTo((1 - EXPORT_SHARE) * made, within(1e-9));
    }
}
