package reesim.agents;

import reesim.config.BehaviourConfig;
import org.junit.jupiter.api.Test;
import reesim.config.SmelterGroupConfig;
import reesim.kernel.TestContext;
import reesim.kernel.TestContext.Dealer;
import reesim.ledger.Stage;
import reesim.market.Market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.kernel.TestContext.DEPOSIT;
import static reesim.kernel.TestContext.DOMESTIC;
import static reesim.kernel.TestContext.DY;
import static reesim.kernel.TestContext.LA;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.ORE_SHARES;

/** Smelter on the small fixture: values ore by its oxides, separates by the ore's shares, buys as its oxide sells. */
class SmelterTest {
    static final int N = TestContext.ELEMENTS.size();
    static final double CAPACITY = 1200, RECOVERY = 0.9, PROCESSING = 2;

    static SmelterGroupConfig config(String greyFeed, String coProductValue) {
        SmelterGroupConfig c = new SmelterGroupConfig();
        c.name = "test plants";
        c.count = 1;
        c.capacity = CAPACITY;
        c.processingCost = PROCESSING;
        c.recovery = RECOVERY;
        c.storageCost = 0;
        c.riskAversion = 1;
        c.maxCapacityGrowth = 0;
        c.greyFeed = greyFeed;
        c.coProductValue = coProductValue;
        return c;
    }

    static Smelter smelter() { return new Smelter("plant", config(SmelterGroupConfig.BEYOND_QUOTA, SmelterGroupConfig.ALL_OXIDES), 1, N, new BehaviourConfig().smelter); }

    /** The ore's oxides at the fixture's domestic prices: 0.5 * 2 + 0.4 * 40 + 0.1 * 200 = 37 USD/kg. */
    static double oxideValue() {
        double v = 0;
        for (int e = 0; e < N; e++) v += ORE_SHARES[e] * DOMESTIC[e];
        return v;
    }

    @Test
    void aPlantWithAnExportLicenceSellsItsOwnOxideAbroadWhereItFetchesMoreWithinTheLicence() {
        // fixture prices: domestic 2, 40, 200 and world 3, 60, 300 USD/kg (La, Nd, Dy); freight 0.5 USD/kg, Nd tariff 10 %
        TestContext fx = new TestContext(1);   // January: twelve months left
        fx.instruments.tariff[ND] = 0.1;
        fx.setDomesticPrice(DY, 300);           // Dy fetches 300 - 0.5 abroad, less than at home
        Smelter s = smelter();
        s.setExportTerms(0.5, 0.6);
        s.setExportLicence(1200);               // 100 t a month
        fx.supply(s.oxideAccount(), LA, 150, true);   // 3 - 0.5 = 2.5 > 2: pays
        fx.supply(s.oxideAccount(), ND, 50, true);    // 60 x 0.9 - 0.5 = 53.5 > 40: pays
        fx.supply(s.oxideAccount(), DY, 10, true);
        double cash = s.getCash();
        s.step(fx);
        // 100 t of licence over 200 t of paying stock: half of each paying element crosses the border, registered
        assertThat(fx.ledger().tickFlow(Stage.TRADE, Stage.WORLD, true, LA)).isCloseTo(75, within(1e-9));
        assertThat(fx.ledger().tickFlow(Stage.TRADE, Stage.WORLD, true, ND)).isCloseTo(25, within(1e-9));
        assertThat(fx.ledger().tickFlow(Stage.TRADE, Stage.WORLD, true, DY)).isZero();
        assertThat(s.oxideAccount().total(DY)).isCloseTo(10, within(1e-9));
        assertThat(s.getExportedThisYear()).isCloseTo(100, within(1e-9));
        // the tariff goes to the state; the plant pays it and the freight
        assertThat(fx.treasury.revenue()).isCloseTo(25 * 1000 * 60 * 0.1, within(1e-6));
        assertThat(s.getCash()).isCloseTo(cash - 25 * 1000 * 60 * 0.1 - 100 * 1000 * 0.5, within(1e-6));
        // the exported oxide is offered on the world markets
        assertThat(TestContext.askQuantity(fx.markets().oxide(LA, true))).isCloseTo(75, within(1e-9));
        assertThat(TestContext.askQuantity(fx.markets().oxide(ND, true))).isCloseTo(25, within(1e-9));

        // the licence is used up by the year's end, not beyond: the next month's room is what is left over eleven months
        fx.at(1);
        s.step(fx);
        assertThat(s.getExportedThisYear()).isCloseTo(100 + 1100 / 11.0, within(1e-9));

        // without a licence a plant sells at home only
        TestContext fx2 = new TestContext(1);
        Smelter none = smelter();
        none.setExportTerms(0.5, 0.6);
        fx2.supply(none.oxideAccount(), ND, 50, true);
        none.step(fx2);
        assertThat(fx2.ledger().tickFlow(Stage.TRADE, Stage.WORLD, true, ND)).isZero();
        assertThat(TestContext.askQuantity(fx2.markets().oxide(ND, true))).isZero();
    }

    @Test
    void basketValueIsTheRecoveredOxideAtDomesticPricesLessProcessing() {
        TestContext fx = new TestContext(1);
        assertThat(oxideValue()).isCloseTo(37, within(1e-12));
        assertThat(smelter().basketValue(fx, DEPOSIT)).isCloseTo(37 * RECOVERY - PROCESSING, within(1e-9));
        fx.setDomesticPrice(ND, 2 * DOMESTIC[ND]);
        assertThat(smelter().basketValue(fx, DEPOSIT)).isCloseTo((37 + 0.4 * DOMESTIC[ND]) * RECOVERY - PROCESSING, within(1e-9));
        fx.setCostIndex(1.25);
        assertThat(smelter().basketValue(fx, DEPOSIT)).as("processing in RMB, the RMB up 25 %")
                .isCloseTo((37 + 0.4 * DOMESTIC[ND]) * RECOVERY - 1.25 * PROCESSING, within(1e-9));
    }

    @Test
    void withSaleableValuationAnOverstockedOxideAddsNothingToTheOre() {
        for (String mode : new String[]{SmelterGroupConfig.ALL_OXIDES, SmelterGroupConfig.SALEABLE_OXIDES}) {
            TestContext fx = new TestContext(1);
            Smelter s = new Smelter("plant", config(SmelterGroupConfig.BEYOND_QUOTA, mode), 1, N, new BehaviourConfig().smelter);
            double before = s.basketValue(fx, DEPOSIT);
            fx.supply(s.oxideAccount(), ND, 1000, true);   // no sales yet: years of stock
            double ndValue = ORE_SHARES[ND] * DOMESTIC[ND] * RECOVERY;
            double expected = SmelterGroupConfig.SALEABLE_OXIDES.equals(mode) ? before - ndValue : before;
            assertThat(s.basketValue(fx, DEPOSIT)).as(mode).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void separatesByTheOresSharesAndLosesTheRestToTailings() {
        TestContext fx = new TestContext(1);
        Smelter s = smelter();
        for (int e = 0; e < N; e++) fx.supply(s.concentrateAccount(), e, 40 * ORE_SHARES[e], true);
        s.step(fx);
        assertThat(s.getLastRegisteredInput()).isCloseTo(40, within(1e-9));
        for (int e = 0; e < N; e++) {
            assertThat(s.oxideAccount().total(e)).isCloseTo(40 * ORE_SHARES[e] * RECOVERY, within(1e-9));
            assertThat(s.producedThisTick(e)).isCloseTo(40 * ORE_SHARES[e] * RECOVERY, within(1e-9));
            assertThat(fx.ledger().tickFlow(Stage.SMELTING, Stage.TAILINGS, true, e)).isCloseTo(40 * ORE_SHARES[e] * (1 - RECOVERY), within(1e-9));
        }
        // what came in is in the oxide store or in the tailings
        assertThat(s.getOxideStock() + s.getConcentrateStock()).isCloseTo(40 * RECOVERY, within(1e-9));
        assertThat(s.getCash()).isCloseTo(-40 * 1000 * PROCESSING, within(1e-6));
    }

    @Test
    void separatesRegisteredConcentrateOnlyWithinItsAllotment() {
        TestContext fx = new TestContext(1);
        Smelter s = smelter();
        s.setAllotment(120);
        for (int e = 0; e < N; e++) fx.supply(s.concentrateAccount(), e, 40 * ORE_SHARES[e], true);
        s.step(fx);
        assertThat(s.getLastRegisteredInput()).isCloseTo(10, within(1e-9));
        assertThat(s.getConcentrateStock()).isCloseTo(30, within(1e-9));
    }

    @Test
    void greyFeedFillsQuotaRoomOnlyOrAlsoCapacityTheRegisteredFeedLeftIdle() {
        Smelter beyond = smelter();
        assertThat(beyond.greyRoom(100, 30)).isEqualTo(70);
        assertThat(beyond.greyRoom(100, Double.POSITIVE_INFINITY)).isZero();

        TestContext fx = new TestContext(1);
        Smelter idle = new Smelter("plant", config(SmelterGroupConfig.IDLE_CAPACITY, SmelterGroupConfig.ALL_OXIDES), 1, N, new BehaviourConfig().smelter);
        assertThat(idle.greyRoom(CAPACITY / 12, Double.POSITIVE_INFINITY)).as("nothing separated yet").isCloseTo(CAPACITY / 12, within(1e-9));
        for (int e = 0; e < N; e++) fx.supply(idle.concentrateAccount(), e, 40 * ORE_SHARES[e], true);
        idle.step(fx);
        assertThat(idle.greyRoom(CAPACITY / 12, Double.POSITIVE_INFINITY)).isCloseTo(CAPACITY / 12 - 40, within(1e-9));
    }

    @Test
    void greyChoiceRisesWithTheMarginAndFallsWithDetection() {
        TestContext fx = new TestContext(1);
        fx.instruments.smelterDetectability = 1;
        fx.instruments.detectionRate = Math.log(2);   // caught half the time at full grey activity
        fx.instruments.fineMine = 10;
        Smelter s = smelter();
        // value per t at share f: f * (margin - (1 - 2^-f) * fine); by hand margin 2 -> 0.25, 6 -> 0.5, 10 -> 1
        assertThat(s.chooseGrey(fx, 12, 10, 100)).isEqualTo(0.25);
        assertThat(s.chooseGrey(fx, 16, 10, 100)).isEqualTo(0.5);
        assertThat(s.chooseGrey(fx, 20, 10, 100)).isEqualTo(1.0);
        double previous = -1;
        for (double value : new double[]{8, 10, 11, 12, 14, 16, 18, 20, 30}) {
            double f = s.chooseGrey(fx, value, 10, 100);
            assertThat(f).as("value %s", value).isGreaterThanOrEqualTo(previous);
            if (value <= 10) assertThat(f).isZero();
            previous = f;
        }
        // margin 6 under a fine of 10: from all of it undetected to none when a quarter share is caught 92 % of the time
        previous = 2;
        for (double rate : new double[]{0, 0.2, Math.log(2), 2, 10}) {
            fx.instruments.detectionRate = rate;
            double f = s.chooseGrey(fx, 16, 10, 100);
            if (rate == 0) assertThat(f).isEqualTo(1.0);
            assertThat(f).as("detection rate %s", rate).isLessThanOrEqualTo(previous);
            previous = f;
        }
        assertThat(previous).isZero();
    }

    /**
     * The plant sells 100 t of Nd oxide in month 0 (its sales average becomes 20 t a month), then
     * holds {@code stock} t of Nd oxide in month 1: the registered concentrate it bids for then.
     */
    private static double concentrateBidWithStock(double stock) {
        TestContext fx = new TestContext(1);
        Smelter s = smelter();
        fx.supply(s.oxideAccount(), ND, 100, true);
        s.step(fx);
        assertThat(TestContext.bidQuantity(fx.markets().concentrate(DEPOSIT, true))).as("unsold stock, no sales").isZero();
        Dealer makers = fx.dealer("makers", Stage.INTERMEDIATE);
        makers.bid(fx.markets().oxide(ND, false), 1000, DOMESTIC[ND]);
        fx.clear();
        assertThat(makers.bought).isCloseTo(100, within(1e-9));
        fx.nextMonth();
        fx.supply(s.oxideAccount(), ND, stock, true);
        s.step(fx);
        return TestContext.bidQuantity(fx.markets().concentrate(DEPOSIT, true));
    }

    @Test
    void buysLessConcentrateAsItsOxideStockOutrunsSales() {
        double full = CAPACITY / 12 * 1.5;   // it buys up to 1.5 months of capacity
        double comfort = TestContext.defaultMarketConfig().comfortableStockMonths;
        double sales = 0.2 * 100;
        double[] stocks = {0, 20, 40, 50, 60, 100};
        double previous = Double.POSITIVE_INFINITY;
        for (double stock : stocks) {
            double expected = full * Math.max(0, Math.min(1, 1.5 - stock / sales / comfort));
            double bid = concentrateBidWithStock(stock);
            assertThat(bid).as("oxide stock %s", stock).isCloseTo(expected, within(1e-9)).isLessThanOrEqualTo(previous);
            previous = bid;
        }
        assertThat(concentrateBidWithStock(40)).isCloseTo(full / 2, within(1e-9));
        assertThat(previous).isZero();
    }

    @Test
    void unsoldOxideWithoutSalesStopsItsPurchases() {
        TestContext fx = new TestContext(1);
        Smelter s = smelter();
        assertThat(s.oxideStockMonths(fx)).isZero();
        fx.supply(s.oxideAccount(), 0, 100, true);
        assertThat(s.oxideStockMonths(fx)).isInfinite();
        s.step(fx);
        assertThat(TestContext.bidQuantity(fx.markets().concentrate(DEPOSIT, true))).isZero();
        TestContext empty = new TestContext(1);
        smelter().step(empty);
        Market reg = empty.markets().concentrate(DEPOSIT, true);
        assertThat(TestContext.bidQuantity(reg)).isCloseTo(CAPACITY / 12 * 1.5, within(1e-9));
        // it never bids above what the ore is worth to it
        assertThat(TestContext.bestBid(reg)).isLessThanOrEqualTo(oxideValue() * RECOVERY - PROCESSING);
    }

    static Smelter planningPlant(String greyFeed) {
        BehaviourConfig.SmelterBehaviour rules = new BehaviourConfig().smelter;
        rules.throughputToStockTarget = true;
        return new Smelter("plant", config(greyFeed, SmelterGroupConfig.ALL_OXIDES), 1, N, rules);
    }

    /** Months of its sales a planning plant aims to hold in oxide: its comfortable stock. */
    static double targetMonths(TestContext fx) {
        return fx.marketRules().comfortableStockMonths();
    }

    /** A planning plant's first month with {@code tonnes} of ore (registered or grey) in store and no sales yet. */
    static Smelter planningPlantFedWith(TestContext fx, String greyFeed, double tonnes, boolean registered) {
        Smelter s = planningPlant(greyFeed);
        for (int e = 0; e < N; e++) fx.supply(s.concentrateAccount(), e, tonnes * ORE_SHARES[e], registered);
        s.step(fx);
        return s;
    }

    /** Ore a planning plant without sales separates: its least sales (a share of capacity) plus its target stock of them. */
    static double firstMonthPlan(TestContext fx) {
        return CAPACITY / 12 * new BehaviourConfig().smelter.minSalesShare * (1 + targetMonths(fx)) / RECOVERY;
    }

    @Test
    void planningItsThroughputAPlantWithoutSalesSeparatesItsMinimumSalesAndTheTargetStockAndBuysFeedForThat() {
        TestContext fx = new TestContext(1);
        Smelter s = planningPlantFedWith(fx, SmelterGroupConfig.BEYOND_QUOTA, 40, true);
        double plan = firstMonthPlan(fx);
        assertThat(plan).isLessThan(40);
        assertThat(s.getLastRegisteredInput()).isCloseTo(plan, within(1e-9));
        assertThat(s.getConcentrateStock()).isCloseTo(40 - plan, within(1e-9));
        // it keeps feedStockMonths of its plan in store, not of its capacity
        double feed = plan * new BehaviourConfig().smelter.feedStockMonths;
        assertThat(TestContext.bidQuantity(fx.markets().concentrate(DEPOSIT, true))).isCloseTo(feed - (40 - plan), within(1e-9));
    }

    @Test
    void aPlanningPlantSeparatesItsSalesPlusTheGapToTheTargetStockAndNothingAboveIt() {
        double sales = 0.2 * 100;   // Nd sold in month 0, as a monthly average
        double previous = Double.POSITIVE_INFINITY;
        for (double stock : new double[]{0, 5, 10, 20, 30, 40, 80}) {
            TestContext fx = new TestContext(1);
            Smelter s = planningPlantThatSold100tOfNd(fx);
            fx.supply(s.oxideAccount(), ND, stock, true);
            double plan = s.plannedInput(fx, CAPACITY / 12);
            double expected = Math.max(0, sales * (1 + targetMonths(fx)) - stock) / RECOVERY;
            assertThat(plan).as("oxide stock %s", stock).isCloseTo(Math.min(CAPACITY / 12, expected), within(1e-9)).isLessThanOrEqualTo(previous);
            previous = plan;
        }
        assertThat(previous).as("well above the target").isZero();
    }

    @Test
    void aPlanningPlantFillsOnlyItsPlanWithGreyOreNotTheCapacityItsRegisteredFeedLeftIdle() {
        TestContext fx = new TestContext(1);
        Smelter s = planningPlantFedWith(fx, SmelterGroupConfig.IDLE_CAPACITY, 60, false);
        double plan = firstMonthPlan(fx);
        assertThat(s.getLastRegisteredInput()).isZero();
        assertThat(s.getLastGreyInput()).isCloseTo(plan, within(1e-9)).isLessThan(CAPACITY / 12);
        assertThat(s.greyRoom(plan, Double.POSITIVE_INFINITY)).isCloseTo(plan, within(1e-9));
    }

    /** A planning plant that sold 100 t of Nd oxide in month 0 (a sales average of 20 t a month), in month 1 before it acts. */
    private static Smelter planningPlantThatSold100tOfNd(TestContext fx) {
        Smelter s = planningPlant(SmelterGroupConfig.BEYOND_QUOTA);
        fx.supply(s.oxideAccount(), ND, 100, true);
        s.step(fx);
        Dealer makers = fx.dealer("makers", Stage.INTERMEDIATE);
        makers.bid(fx.markets().oxide(ND, false), 1000, DOMESTIC[ND]);
        fx.clear();
        fx.nextMonth();
        s.step(fx);   // rolls month 0's sales into its average; holds no oxide now
        return s;
    }

    /** A plant in December (one month left) with a La separation quota of {@code laQuota} t for the year, fed 40 t of ore. */
    static Smelter decemberUnderLaQuota(TestContext fx, double laQuota) {
        fx.at(2005, 12);
        Smelter s = smelter();
        s.setElementAllotments(new double[]{laQuota, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});
        for (int e = 0; e < N; e++) fx.supply(s.concentrateAccount(), e, 40 * ORE_SHARES[e], true);
        s.step(fx);
        return s;
    }

    @Test
    void anElementQuotaHoldsBackTheOutputBeyondItAndLeavesTheOtherElements() {
        TestContext fx = new TestContext(1);
        Smelter s = decemberUnderLaQuota(fx, 5);
        double la = 40 * ORE_SHARES[TestContext.LA] * RECOVERY;   // 18 t recovered
        assertThat(s.oxideAccount().total(TestContext.LA)).isCloseTo(5, within(1e-9));
        assertThat(s.producedThisTick(TestContext.LA)).isCloseTo(5, within(1e-9));
        assertThat(s.heldBackAccount().registered(TestContext.LA)).isCloseTo(la - 5, within(1e-9));
        assertThat(s.oxideAccount().total(ND)).as("Nd has no quota").isCloseTo(40 * ORE_SHARES[ND] * RECOVERY, within(1e-9));
        assertThat(s.heldBackAccount().total(ND)).isZero();
        for (int e = 0; e < N; e++) {
            double out = s.oxideAccount().total(e) + s.heldBackAccount().total(e) + fx.ledger().tickFlow(Stage.SMELTING, Stage.TAILINGS, true, e);
            assertThat(out).as("mass of element %d", e).isCloseTo(40 * ORE_SHARES[e], within(1e-9));
        }
    }

    @Test
    void heldBackCoProductsAreSeparatedWhenANewYearsQuotaLeavesRoom() {
        TestContext fx = new TestContext(1);
        Smelter s = decemberUnderLaQuota(fx, 5);
        double held = s.heldBackAccount().registered(TestContext.LA), oxide = s.oxideAccount().total(TestContext.LA);
        fx.nextMonth();   // January: next year's quota of 24 t leaves 2 t a month
        s.setElementAllotments(new double[]{24, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY});
        s.step(fx);
        assertThat(s.heldBackAccount().registered(TestContext.LA)).isCloseTo(held - 2, within(1e-9));
        assertThat(s.oxideAccount().total(TestContext.LA)).isGreaterThanOrEqualTo(oxide + 2 - 1e-9);
        assertThat(s.producedThisTick(TestContext.LA)).isCloseTo(2, within(1e-9));
    }

    @Test
    void anElementWhoseQuotaIsUsedUpAddsNothingToWhatThePlantPaysForOre() {
        TestContext fx = new TestContext(1);
        double free = smelter().basketValue(fx, DEPOSIT);
        Smelter s = decemberUnderLaQuota(fx, 5);
        double laValue = ORE_SHARES[TestContext.LA] * DOMESTIC[TestContext.LA] * RECOVERY;
        assertThat(s.basketValue(fx, DEPOSIT)).isCloseTo(free - laValue, within(1e-9));
        assertThat(decemberUnderLaQuota(new TestContext(1), 1000).basketValue(fx, DEPOSIT)).as("quota with room left").isCloseTo(free, within(1e-9));
    }
}
