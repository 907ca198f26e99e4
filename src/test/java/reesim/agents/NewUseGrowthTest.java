package reesim.agents;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import reesim.agents.rules.LaggedShare;
import reesim.config.BehaviourConfig;
import reesim.config.NewUsesConfig;
import reesim.config.ProductConfig;
import reesim.demand.DemandPath;
import reesim.kernel.TestContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.agents.IntermediateMakerTest.RECIPE;
import static reesim.kernel.TestContext.DOMESTIC;
import static reesim.kernel.TestContext.ELEMENTS;
import static reesim.kernel.TestContext.LA;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.START_YEAR;

/**
 * New uses of a cheap element on the small fixture: La (a fifth of the recipe, 2 USD/kg at the start)
 * counts as cheap below half its starting price; from 2005 new uses develop with a 2-year time constant
 * while it is, fade with a 1-year one when it is not, and add up to 10 %/yr to the family's demand, up to
 * 1.5 times its path. A twin manufacturer without new uses sees the same prices.
 */
class NewUseGrowthTest {
    static final int YEAR = 2005;
    static final double CHEAP = 0.5, GROWTH = 0.1, CAP = 1.5, ADOPT = 2, FADE = 1;

    static NewUsesConfig.NewUse newUse() {
        NewUsesConfig.NewUse u = new NewUsesConfig.NewUse();
        u.application = "La in new catalysts";
        u.element = "La";
        u.availableFrom = YEAR;
        u.cheapBelow = CHEAP;
        u.extraGrowth = GROWTH;
        u.maxMultiple = CAP;
        u.adoptionYears = ADOPT;
        u.reversalYears = FADE;
        u.priceMemoryYears = 0;
        return u;
    }

    static final class Setup {
        final TestContext fx = new TestContext(11);
        final Manufacturer growing, twin;

        Setup() {
            RecyclingSector recycling = new RecyclingSector(List.of(), 0);
            IntermediateMaker maker = new IntermediateMaker("maker", "ndfeb", IntermediateMakerTest.config(1, 0.2), RECIPE.clone(), ELEMENTS, recycling, new BehaviourConfig().maker);
            ProductConfig p = ManufacturerTest.product(ManufacturerTest.ELASTICITY);
            InUseStock a = new InUseStock("polish", p, START_YEAR, TestContext.END_YEAR, RECIPE, ND, recycling, fx.ledger());
            InUseStock b = new InUseStock("polish-twin", p, START_YEAR, TestContext.END_YEAR, RECIPE, ND, recycling, fx.ledger());
            growing = new Manufacturer("polish", p, new DemandPath(p.demand), RECIPE, ND, a, List.of(maker), 2, 1.0, null, new NewUseGrowth(newUse(), LA));
            twin = new Manufacturer("polish-twin", p, new DemandPath(p.demand), RECIPE, ND, b, List.of(maker), 2);
        }

        void month(long t) {
            fx.at(t);
            growing.step(fx);
            twin.step(fx);
        }

        double ratio() { return growing.needed(LA) / twin.needed(LA); }
    }

    static long tick(int year, int month) { return (long) (year - START_YEAR) * 12 + month - 1; }

    @Test
    void noNewUsesBeforeTheirYearNorWhileTheElementIsNotCheap() {
        Setup cheap = new Setup(), dear = new Setup();
        cheap.fx.setDomesticPrice(LA, 0.3 * DOMESTIC[LA]);
        for (long t = 0; t < tick(YEAR, 1); t++) {
            cheap.month(t);
            assertThat(cheap.growing.getNewUseMultiple()).isEqualTo(1);
            assertThat(cheap.growing.needed(ND)).isEqualTo(cheap.twin.needed(ND));
        }
        for (long t = 0; t < tick(YEAR + 10, 1); t++) dear.month(t);   // La at its starting price: not cheap
        assertThat(dear.growing.getNewUseMultiple()).isEqualTo(1);
        assertThat(dear.growing.newUses().development()).isZero();
    }

    @Test
    void demandGrowsWithALagWhileTheElementIsCheapUpToItsCap() {
        Setup s = new Setup();
        s.fx.setDomesticPrice(LA, 0.3 * DOMESTIC[LA]);
        double w = LaggedShare.weight(ADOPT), previousGrowth = 0, multiple = 1;
        for (int k = 1; k <= 12 * 10; k++) {
            s.month(tick(YEAR, 1) + k - 1);
            double developed = 1 - Math.pow(1 - w, k);
            assertThat(s.growing.newUses().development()).isCloseTo(developed, within(1e-9));
            multiple = Math.min(CAP, multiple * Math.pow(1 + GROWTH * developed, 1.0 / 12));
            assertThat(s.growing.getNewUseMultiple()).isCloseTo(multiple, within(1e-9));
            // every element of the family's intermediate is ordered in proportion
            for (int e = 0; e < RECIPE.length; e++) assertThat(s.growing.needed(e)).isCloseTo(multiple * s.twin.needed(e), within(1e-9));
            double growth = Math.log(multiple) - Math.log(multiple / Math.pow(1 + GROWTH * developed, 1.0 / 12));
            if (multiple < CAP) {
                assertThat(growth).as("growth rises as the new uses develop (month %d)", k).isGreaterThan(previousGrowth);
                previousGrowth = growth;
            }
        }
        assertThat(s.growing.newUses().development()).isGreaterThan(0.9);
        assertThat(s.growing.getNewUseMultiple()).isGreaterThan(1.5 - 1e-9).isLessThanOrEqualTo(CAP);
        // the path itself is unchanged
        assertThat(s.growing.neededOnPath(ND)).isCloseTo(s.twin.neededOnPath(ND), within(1e-9));
    }

    @Test
    void growthFadesWhenTheElementIsDearAgainButUsesInPlaceStay() {
        Setup s = new Setup();
        s.fx.setDomesticPrice(LA, 0.3 * DOMESTIC[LA]);
        long t = tick(YEAR, 1);
        for (; t < tick(YEAR + 3, 1); t++) s.month(t);
        double developed = s.growing.newUses().development(), reached = s.growing.getNewUseMultiple();
        assertThat(reached).isGreaterThan(1.1).isLessThan(CAP);
        s.fx.setDomesticPrice(LA, DOMESTIC[LA]);
        double before = reached;
        for (int k = 1; k <= 12 * 3; k++, t++) {
            s.month(t);
            double now = s.growing.getNewUseMultiple();
            assertThat(now).isGreaterThanOrEqualTo(before);   // uses in place are kept
            assertThat(s.growing.newUses().development()).isCloseTo(developed * Math.pow(1 - LaggedShare.weight(FADE), k), within(1e-9));
            before = now;
        }
        double growthAfter = Math.log(before) - Math.log(reached);
        assertThat(s.growing.newUses().development()).isLessThan(0.06 * developed);
        // growth over the three years after the price rose is well below the three years before
        assertThat(growthAfter).isLessThan(0.5 * Math.log(reached));
    }

    @Test
    void invariantsOnRandomPricePaths() {
        MersenneTwisterFast rng = new MersenneTwisterFast(2021);
        for (int run = 0; run < 10; run++) {
            Setup s = new Setup();
            double la = DOMESTIC[LA], last = 1;
            for (long t = 0; t < 12L * 30; t++) {
                la = Math.max(0.1, Math.min(9, la * Math.exp(0.2 * rng.nextGaussian())));
                s.fx.setDomesticPrice(LA, la);
                s.month(t);
                double m = s.growing.getNewUseMultiple();
                assertThat(m).isBetween(last, CAP);
                assertThat(s.growing.newUses().development()).isBetween(0.0, 1.0);
                for (int e = 0; e < RECIPE.length; e++) assertThat(s.growing.needed(e)).isGreaterThanOrEqualTo(0);
                last = m;
            }
        }
    }
}
