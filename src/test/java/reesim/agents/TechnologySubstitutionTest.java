package reesim.agents;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import reesim.agents.rules.LaggedShare;
import reesim.config.BehaviourConfig;
import reesim.config.ProductConfig;
import reesim.config.SubstitutionConfig;
import reesim.demand.DemandPath;
import reesim.kernel.TestContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.agents.IntermediateMakerTest.RECIPE;
import static reesim.kernel.TestContext.DOMESTIC;
import static reesim.kernel.TestContext.ELEMENTS;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.START_YEAR;

/**
 * A manufacturer with a substitute technology on the small fixture: a unit needs 1 kg REO of the
 * magnet (0.5 kg Nd, Nd half the recipe), whose content costs 99.3 USD at starting prices; the
 * substitute costs 150 USD more per unit (models spread over 120-180), can take 60 % of the units,
 * from 2005, with a 2-year adoption and a 6-year reversal time constant. A twin manufacturer without
 * the substitute sees the same prices.
 */
class TechnologySubstitutionTest {
    static final int YEAR = 2005;
    static final double PREMIUM = 150, SPREAD = 0.2, MAX = 0.6, ADOPT = 2, REVERSE = 6;
    static final double KG_REO = ManufacturerTest.CONTENT_KG / RECIPE[ND];

    static SubstitutionConfig.Technology technology(double premium, double spread, double max, double adopt, double reverse) {
        SubstitutionConfig.Technology t = new SubstitutionConfig.Technology();
        t.technology = "rare-earth-free motor";
        t.availableFrom = YEAR;
        t.premiumPerUnit = premium;
        t.premiumSpread = spread;
        t.maxShare = max;
        t.adoptionYears = adopt;
        t.reversalYears = reverse;
        t.priceMemoryYears = 0;
        return t;
    }

    static final class Setup {
        final TestContext fx = new TestContext(7);
        final IntermediateMaker maker;
        final Manufacturer substituting, twin;

        Setup(SubstitutionConfig.Technology t) {
            RecyclingSector recycling = new RecyclingSector(List.of(), 0);
            maker = new IntermediateMaker("maker", "ndfeb", IntermediateMakerTest.config(1, 0.2), RECIPE.clone(), ELEMENTS, recycling, new BehaviourConfig().maker);
            maker.prime(fx.ledger(), 100);
            ProductConfig p = ManufacturerTest.product(ManufacturerTest.ELASTICITY);
            InUseStock a = new InUseStock("motor", p, START_YEAR, TestContext.END_YEAR, RECIPE, ND, recycling, fx.ledger());
            InUseStock b = new InUseStock("motor-twin", p, START_YEAR, TestContext.END_YEAR, RECIPE, ND, recycling, fx.ledger());
            substituting = new Manufacturer("motor", p, new DemandPath(p.demand), RECIPE, ND, a, List.of(maker), 2, 1.0,
                    new TechnologySubstitution(t, KG_REO), null);
            twin = new Manufacturer("motor-twin", p, new DemandPath(p.demand), RECIPE, ND, b, List.of(maker), 2);
        }

        /** Steps both manufacturers in one month of the fixture (the maker's quote stays at its recipe: it is not stepped). */
        void month(long t) {
            fx.at(t);
            substituting.step(fx);
            twin.step(fx);
        }

        void ndPrice(double price) { fx.setDomesticPrice(ND, price); }
    }

    static long tick(int year, int month) { return (long) (year - START_YEAR) * 12 + month - 1; }

    /** The content cost of a unit at an Nd price, the other elements at their starting prices. */
    static double contentCost(double nd) {
        double[] p = DOMESTIC.clone();
        p[ND] = nd;
        return KG_REO * IntermediateMakerTest.quoteAtRecipe(p);
    }

    /** The share the manufacturer moves towards at an Nd price. */
    static double target(double nd) {
        return MAX * Math.max(0, Math.min(1, (contentCost(nd) - PREMIUM * (1 - SPREAD)) / (2 * SPREAD * PREMIUM)));
    }

    @Test
    void theFixtureHasTheStatedCosts() {
        assertThat(contentCost(DOMESTIC[ND])).isCloseTo(99.33, within(0.01));
        assertThat(target(DOMESTIC[ND])).isZero();
        assertThat(target(120)).isBetween(0.1, 0.3);
        assertThat(target(180)).isBetween(0.5, MAX);
    }

    @Test
    void noAdoptionBeforeItsYearWhateverThePrice() {
        Setup s = new Setup(technology(PREMIUM, SPREAD, MAX, ADOPT, REVERSE));
        s.ndPrice(180);
        for (long t = 0; t < tick(YEAR, 1); t++) {
            s.month(t);
            assertThat(s.substituting.getSubstituteShare()).isZero();
            for (int e = 0; e < RECIPE.length; e++) assertThat(s.substituting.needed(e)).isEqualTo(s.twin.needed(e));
        }
        s.month(tick(YEAR, 1));
        assertThat(s.substituting.getSubstituteShare()).isPositive();
        assertThat(s.substituting.needed(ND)).isLessThan(s.twin.needed(ND));
    }

    @Test
    void adoptsWithALagAndFurtherAndFasterAtHigherPrices() {
        Setup low = new Setup(technology(PREMIUM, SPREAD, MAX, ADOPT, REVERSE)), high = new Setup(technology(PREMIUM, SPREAD, MAX, ADOPT, REVERSE));
        low.ndPrice(120);
        high.ndPrice(180);
        double w = LaggedShare.weight(ADOPT);
        for (int k = 1; k <= 12 * 15; k++) {
            long t = tick(YEAR, 1) + k - 1;
            low.month(t);
            high.month(t);
            // first order: after k months 1 - (1 - w)^k of the target is taken up
            double taken = 1 - Math.pow(1 - w, k);
            assertThat(low.substituting.getSubstituteShare()).isCloseTo(target(120) * taken, within(1e-9));
            assertThat(high.substituting.getSubstituteShare()).isCloseTo(target(180) * taken, within(1e-9));
            assertThat(high.substituting.getSubstituteShare()).isGreaterThan(low.substituting.getSubstituteShare());
            if (k == 1) assertThat(high.substituting.getSubstituteShare()).as("not at once").isLessThan(0.05 * target(180));
        }
        assertThat(high.substituting.getSubstituteShare()).isCloseTo(target(180), within(1e-3));
        // with the content cost below every model's premium no one switches
        Setup cheap = new Setup(technology(PREMIUM, SPREAD, MAX, ADOPT, REVERSE));
        for (long t = tick(YEAR, 1); t < tick(YEAR + 5, 1); t++) cheap.month(t);
        assertThat(cheap.substituting.getSubstituteShare()).isZero();
    }

    @Test
    void fallsBackMoreSlowlyWhenTheRareEarthRouteIsCheaperAgain() {
        Setup s = new Setup(technology(PREMIUM, SPREAD, MAX, ADOPT, REVERSE));
        s.ndPrice(180);
        long t = tick(YEAR, 1);
        for (; t < tick(YEAR + 10, 1); t++) s.month(t);
        double top = s.substituting.getSubstituteShare();
        assertThat(top).isCloseTo(target(180), within(0.01));
        s.ndPrice(DOMESTIC[ND]);   // the rare-earth route cheaper than every model's substitute again
        double before = top;
        for (int k = 1; k <= 12 * REVERSE; k++, t++) {
            s.month(t);
            double now = s.substituting.getSubstituteShare();
            assertThat(now).isLessThan(before);
            // the gap to the target (0) closes by the reversal weight, smaller than the adoption weight
            assertThat((before - now) / before).isCloseTo(LaggedShare.weight(REVERSE), within(1e-9)).isLessThan(LaggedShare.weight(ADOPT));
            before = now;
        }
        assertThat(before).isCloseTo(top * Math.exp(-1), within(1e-9));
    }

    @Test
    void theSubstitutedShareOrdersNoIntermediate() {
        // a free substitute for every unit, adopted at once: no Nd (nor any element) is ordered
        Setup full = new Setup(technology(0, 0, 1, 0, 0));
        full.ndPrice(60);
        full.fx.at(tick(YEAR, 1));
        full.substituting.step(full.fx);
        assertThat(full.substituting.getSubstituteShare()).isEqualTo(1);
        for (int e = 0; e < RECIPE.length; e++) assertThat(full.substituting.needed(e)).isZero();
        // the maker received no order, so it makes nothing
        full.maker.step(full.fx);
        assertThat(full.maker.getLastProduced()).isZero();
        full.twin.step(full.fx);
        assertThat(full.twin.needed(ND)).isPositive();
        // the path is still the path
        assertThat(full.substituting.neededOnPath(ND)).isCloseTo(full.twin.neededOnPath(ND), within(1e-12));
    }

    @Test
    void invariantsOnRandomPricePaths() {
        MersenneTwisterFast rng = new MersenneTwisterFast(2020);
        for (int run = 0; run < 20; run++) {
            double max = 0.2 + 0.8 * rng.nextDouble();
            Setup s = new Setup(technology(50 + 200 * rng.nextDouble(), rng.nextDouble(), max, 3 * rng.nextDouble(), 10 * rng.nextDouble()));
            double nd = DOMESTIC[ND];
            for (long t = 0; t < 12L * 30; t++) {
                nd = Math.max(5, Math.min(195, nd * Math.exp(0.15 * rng.nextGaussian())));
                s.ndPrice(nd);
                s.month(t);
                double share = s.substituting.getSubstituteShare();
                assertThat(share).isBetween(0.0, max);
                if (t < tick(YEAR, 1)) assertThat(share).isZero();
                for (int e = 0; e < RECIPE.length; e++) {
                    assertThat(s.substituting.needed(e)).isGreaterThanOrEqualTo(0)
                            .isCloseTo((1 - share) * s.twin.needed(e), within(1e-9 * (1 + s.twin.needed(e))));
                }
            }
        }
    }
}
