package reesim.agents;

import reesim.config.BehaviourConfig;
import org.junit.jupiter.api.Test;
import reesim.config.IntermediateConfig;
import reesim.config.RecyclingConfig;
import reesim.config.SubstituteGroup;
import reesim.kernel.Context;
import reesim.kernel.TestContext;
import reesim.ledger.Account;
import reesim.ledger.Stage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.kernel.TestContext.DOMESTIC;
import static reesim.kernel.TestContext.DY;
import static reesim.kernel.TestContext.ELEMENTS;
import static reesim.kernel.TestContext.LA;
import static reesim.kernel.TestContext.ND;

/** IntermediateMaker on the small fixture: makes to order, substitutes by price, sends its scrap to recycling. */
class IntermediateMakerTest {
    static final int N = ELEMENTS.size();
    /** La 0.2, Nd 0.5, Dy 0.3; Nd and Dy substitute for each other. */
    static final double[] RECIPE = {0.2, 0.5, 0.3};
    static final double SCRAP = 0.1, CONVERSION = 10, CAPACITY = 1200, SCRAP_COLLECTION = 0.6;

    static IntermediateConfig config(double elasticity, double minShare) {
        IntermediateConfig c = new IntermediateConfig();
        c.recipe = TestContext.priceMap(RECIPE);
        c.makers = 1;
        c.capacity = CAPACITY;
        c.maxCapacityGrowth = 0.1;
        c.conversionCost = CONVERSION;
        c.scrapRate = SCRAP;
        c.inputStockMonths = 1;
        SubstituteGroup g = new SubstituteGroup();
        g.elements = List.of("Nd", "Dy");
        g.elasticity = elasticity;
        g.minShareOfRecipe = minShare;
        g.thriftElasticity = 0;
        c.substitutes = List.of(g);
        return c;
    }

    static RecyclingConfig recyclingConfig() {
        RecyclingConfig r = new RecyclingConfig();
        r.recyclers = 1;
        r.capacity = 1200;
        r.recoveryEfficiency = 0.8;
        r.processingCost = 5;
        r.scrapCollection = SCRAP_COLLECTION;
        r.scrapHandlingCost = 1;
        r.maxCapacityGrowth = 0.1;
        return r;
    }

    static final class Buyer extends Agent {
        final Account account;
        Buyer(String id, Stage stage) {
            super(id);
            account = new Account(this, stage, "intermediate", N);
        }
        @Override protected void act(Context m) { }
    }

    static final class Setup {
        final TestContext fx = new TestContext(3);
        final Recycler recycler = new Recycler("r", recyclingConfig(), N, new BehaviourConfig().recycler);
        final IntermediateMaker maker;
        Setup(IntermediateConfig c) { this(c, RECIPE.clone()); }
        Setup(IntermediateConfig c, double[] recipe) {
            maker = new IntermediateMaker("maker", "magnet", c, recipe, ELEMENTS, new RecyclingSector(List.of(recycler), SCRAP_COLLECTION), new BehaviourConfig().maker);
        }
    }

    /** Quote at the recipe and domestic prices: input cost grossed up for scrap, plus conversion. */
    static double quoteAtRecipe(double[] domestic) {
        double c = 0;
        for (int e = 0; e < N; e++) c += RECIPE[e] * domestic[e];
        return c / (1 - SCRAP) + CONVERSION;
    }

    @Test
    void makesWhatIsOrderedAndChargesItsQuote() {
        Setup s = new Setup(config(1, 0.2));
        s.maker.prime(s.fx.ledger(), 50);
        double stockBefore = s.maker.getInputStock();
        Buyer b = new Buyer("manufacturer", Stage.MANUFACTURING);
        s.maker.order(b, b.account, Stage.MANUFACTURING, 30);
        s.maker.step(s.fx);
        assertThat(s.maker.getLastProduced()).isCloseTo(30, within(1e-9));
        for (int e = 0; e < N; e++) {
            assertThat(b.account.total(e)).as("element %d", e).isCloseTo(30 * RECIPE[e], within(1e-9));
            assertThat(s.fx.ledger().tickFlow(Stage.INTERMEDIATE, Stage.MANUFACTURING, true, e)).isCloseTo(30 * RECIPE[e], within(1e-9));
        }
        assertThat(s.maker.quote(s.fx)).isCloseTo(quoteAtRecipe(DOMESTIC), within(1e-9));
        assertThat(b.getCash()).isCloseTo(-30 * 1000 * quoteAtRecipe(DOMESTIC), within(1e-6));
        // the input used is the product plus its scrap
        assertThat(stockBefore - s.maker.getInputStock()).isCloseTo(30 / (1 - SCRAP), within(1e-9));
        // and with no order it makes nothing
        s.fx.nextMonth();
        s.maker.step(s.fx);
        assertThat(s.maker.getLastProduced()).isZero();
    }

    @Test
    void aRecipeThatChangesOverTheYearsIsMadeAtTheYearsShares() {
        IntermediateConfig c = config(1, 0.2);
        c.recipeByYear = new java.util.TreeMap<>(java.util.Map.of(
                2000, TestContext.priceMap(RECIPE), 2010, TestContext.priceMap(new double[]{0.4, 0.3, 0.3})));
        Setup s = new Setup(c);
        s.maker.prime(s.fx.ledger(), 500);
        Buyer b = new Buyer("manufacturer", Stage.MANUFACTURING);
        s.fx.at(2005, 1);
        s.maker.order(b, b.account, Stage.MANUFACTURING, 30);
        s.maker.step(s.fx);
        // half-way between the points, at starting prices (no substitution): La 0.3, Nd 0.4, Dy 0.3
        double[] mid = {0.3, 0.4, 0.3};
        for (int e = 0; e < N; e++) assertThat(b.account.total(e)).as("element %d", e).isCloseTo(30 * mid[e], within(1e-9));
        assertThat(s.maker.recipeFor(2015)).containsExactly(new double[]{0.4, 0.3, 0.3}, within(1e-12));
        assertThat(s.maker.recipeFor(1999)).containsExactly(RECIPE, within(1e-12));
        assertThat(s.maker.monthlyInput(9, 1)).as("the input a month of orders takes follows too").isCloseTo(10 * RECIPE[1], within(1e-12));
    }

    @Test
    void makesNoMoreThanItsMonthlyCapacity() {
        Setup s = new Setup(config(1, 0.2));
        s.maker.prime(s.fx.ledger(), 500);
        Buyer b = new Buyer("manufacturer", Stage.MANUFACTURING);
        s.maker.order(b, b.account, Stage.MANUFACTURING, 300);
        s.maker.step(s.fx);
        assertThat(s.maker.getLastProduced()).isCloseTo(CAPACITY / 12, within(1e-9));
        assertThat(b.account.total()).isCloseTo(CAPACITY / 12, within(1e-9));
    }

    @Test
    void countsWhatWasOrderedButNotMadeAsAShortageByElement() {
        Setup full = new Setup(config(1, 0.2));
        full.maker.prime(full.fx.ledger(), 500);
        Buyer b = new Buyer("manufacturer", Stage.MANUFACTURING);
        full.maker.order(b, b.account, Stage.MANUFACTURING, 30);
        full.maker.step(full.fx);
        for (int e = 0; e < N; e++) assertThat(full.maker.shortThisTick(e)).as("enough input and capacity").isZero();

        // capacity 100 a month against an order of 300: two thirds of every element's content short
        Setup capped = new Setup(config(1, 0.2));
        capped.maker.prime(capped.fx.ledger(), 500);
        Buyer c = new Buyer("manufacturer", Stage.MANUFACTURING);
        capped.maker.order(c, c.account, Stage.MANUFACTURING, 300);
        capped.maker.step(capped.fx);
        for (int e = 0; e < N; e++) assertThat(capped.maker.shortThisTick(e)).isCloseTo((300 - CAPACITY / 12) * RECIPE[e], within(1e-9));

        // no input at all: the whole order is short
        Setup empty = new Setup(config(1, 0.2));
        Buyer d = new Buyer("manufacturer", Stage.MANUFACTURING);
        empty.maker.order(d, d.account, Stage.MANUFACTURING, 30);
        empty.maker.step(empty.fx);
        for (int e = 0; e < N; e++) assertThat(empty.maker.shortThisTick(e)).isCloseTo(30 * RECIPE[e], within(1e-9));
    }

    @Test
    void sharesOutputAmongOrdersAndCountsForeignOnesAsExports() {
        Setup s = new Setup(config(1, 0.2));
        s.maker.prime(s.fx.ledger(), 500);
        Buyer home = new Buyer("manufacturer", Stage.MANUFACTURING), abroad = new Buyer("rest of world", Stage.WORLD);
        s.maker.order(home, home.account, Stage.MANUFACTURING, 150);
        s.maker.order(abroad, abroad.account, Stage.WORLD, 50);
        s.maker.step(s.fx);
        // capacity 100 a month, shared 3:1
        assertThat(home.account.total()).isCloseTo(75, within(1e-9));
        assertThat(abroad.account.total()).isCloseTo(25, within(1e-9));
        assertThat(s.maker.getLastExported()).isCloseTo(25, within(1e-9));
    }

    @Test
    void sendsProductionScrapToRecyclingAndTheRestToLandfill() {
        Setup s = new Setup(config(1, 0.2));
        s.maker.prime(s.fx.ledger(), 50);
        Buyer b = new Buyer("manufacturer", Stage.MANUFACTURING);
        s.maker.order(b, b.account, Stage.MANUFACTURING, 30);
        s.maker.step(s.fx);
        double scrapTotal = 0;
        for (int e = 0; e < N; e++) {
            double scrap = 30 * RECIPE[e] * (1 / (1 - SCRAP) - 1);
            scrapTotal += scrap;
            assertThat(s.fx.ledger().tickFlow(Stage.INTERMEDIATE, Stage.RECYCLING, true, e)).isCloseTo(scrap * SCRAP_COLLECTION, within(1e-9));
            assertThat(s.fx.ledger().tickFlow(Stage.INTERMEDIATE, Stage.LANDFILL, true, e)).isCloseTo(scrap * (1 - SCRAP_COLLECTION), within(1e-9));
        }
        assertThat(scrapTotal).isCloseTo(30.0 / 9, within(1e-9));
        assertThat(s.recycler.getInputStock()).isCloseTo(scrapTotal * SCRAP_COLLECTION, within(1e-9));
    }

    @Test
    void shiftsWithinTheGroupTowardsTheElementWhosePriceRoseLess() {
        Setup s = new Setup(config(1, 0.2));
        s.maker.prime(s.fx.ledger(), 50);
        s.fx.setDomesticPrice(ND, 2 * DOMESTIC[ND]);   // Nd doubles, Dy stays
        Buyer b = new Buyer("manufacturer", Stage.MANUFACTURING);
        s.maker.order(b, b.account, Stage.MANUFACTURING, 30);
        s.maker.step(s.fx);
        // weights recipe * relPrice^-1: Nd 0.5 / 2 = 0.25, Dy 0.3; the group keeps its 0.8
        double nd = 0.8 * 0.25 / 0.55, dy = 0.8 * 0.3 / 0.55;
        assertThat(s.maker.madeContent(ND) / 30).isCloseTo(nd, within(1e-9)).isLessThan(RECIPE[ND]);
        assertThat(s.maker.madeContent(DY) / 30).isCloseTo(dy, within(1e-9)).isGreaterThan(RECIPE[DY]);
        assertThat(s.maker.madeContent(LA) / 30).isCloseTo(RECIPE[LA], within(1e-9));
        // and it buys its inputs in the new mix: more Dy wanted than Nd
        double ndBid = TestContext.bidQuantity(s.fx.markets().oxide(ND, false));
        double dyBid = TestContext.bidQuantity(s.fx.markets().oxide(DY, false));
        assertThat(dyBid).isGreaterThan(0);
        assertThat(ndBid).isLessThan(dyBid);
    }

    @Test
    void aDilutedRecipeBuysAndMakesTheAbundantElementInPlaceOfPartOfTheDearOne() {
        IntermediateConfig c = config(0, 0.2);
        c.recipe = TestContext.priceMap(new double[]{0, 0.7, 0.3});
        c.substitutes = List.of();
        c.dilution = new reesim.config.DilutionConfig();
        c.dilution.enabled = true;
        c.dilution.element = "La";
        c.dilution.replaces = List.of("Nd");
        c.dilution.availableFrom = TestContext.START_YEAR;
        c.dilution.maxShare = 0.3;
        c.dilution.penalty = 0;   // Nd (40) dearer than La (2): every grade dilutes, at once (no lag)
        Setup s = new Setup(c, new double[]{0, 0.7, 0.3});
        s.maker.prime(s.fx.ledger(), 50);
        s.fx.ledger().openStock(s.maker.input(), LA, 20, true);
        Buyer b = new Buyer("manufacturer", Stage.MANUFACTURING);
        s.maker.order(b, b.account, Stage.MANUFACTURING, 30);
        s.maker.step(s.fx);
        assertThat(s.maker.getDilutionShare()).isEqualTo(0.3);
        assertThat(s.maker.madeContent(LA) / 30).isCloseTo(0.3 * 0.7, within(1e-9));
        assertThat(s.maker.madeContent(ND) / 30).isCloseTo(0.7 * 0.7, within(1e-9));
        assertThat(s.maker.madeContent(DY) / 30).isCloseTo(0.3, within(1e-9));
        assertThat(TestContext.bidQuantity(s.fx.markets().oxide(LA, false))).isPositive();
    }

    @Test
    void withoutElasticityTheMixStaysAtTheRecipe() {
        Setup s = new Setup(config(0, 0.2));
        s.maker.prime(s.fx.ledger(), 50);
        s.fx.setDomesticPrice(ND, 2 * DOMESTIC[ND]);
        Buyer b = new Buyer("manufacturer", Stage.MANUFACTURING);
        s.maker.order(b, b.account, Stage.MANUFACTURING, 30);
        s.maker.step(s.fx);
        for (int e = 0; e < N; e++) assertThat(s.maker.madeContent(e) / 30).isCloseTo(RECIPE[e], within(1e-9));
    }

    @Test
    void anElementAtItsChokePriceIsThriftedOut() {
        Setup s = new Setup(config(1, 0.2));
        s.maker.prime(s.fx.ledger(), 50);
        s.fx.setDomesticPrice(LA, DOMESTIC[LA] * s.fx.marketConfig.chokePriceMultiple);
        Buyer b = new Buyer("manufacturer", Stage.MANUFACTURING);
        s.maker.order(b, b.account, Stage.MANUFACTURING, 30);
        s.maker.step(s.fx);
        assertThat(s.maker.madeContent(LA)).isZero();
        // the rest of the recipe is scaled up to the whole product
        assertThat(s.maker.madeContent(ND) / 30).isCloseTo(RECIPE[ND] / 0.8, within(1e-9));
        assertThat(s.maker.madeContent(DY) / 30).isCloseTo(RECIPE[DY] / 0.8, within(1e-9));
        assertThat(TestContext.bidQuantity(s.fx.markets().oxide(LA, false))).isZero();
    }

    @Test
    void bidsToRefillItsInputStockToTarget() {
        Setup s = new Setup(config(1, 0.2));
        s.maker.prime(s.fx.ledger(), 50);   // order history 50 a month, input target 50 / 0.9 * 2 at the recipe
        Buyer b = new Buyer("manufacturer", Stage.MANUFACTURING);
        s.maker.order(b, b.account, Stage.MANUFACTURING, 50);
        s.maker.step(s.fx);
        // order average stays 50; it used 50 / 0.9 of input; it bids back exactly that
        for (int e = 0; e < N; e++) {
            assertThat(TestContext.bidQuantity(s.fx.markets().oxide(e, false))).as("element %d", e).isCloseTo(50 / 0.9 * RECIPE[e], within(1e-9));
        }
    }
}
