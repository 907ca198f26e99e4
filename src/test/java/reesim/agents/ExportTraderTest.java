package reesim.agents;

import reesim.config.BehaviourConfig;
import org.junit.jupiter.api.Test;
import reesim.config.TradeConfig;
import reesim.kernel.TestContext;
import reesim.kernel.TestContext.Dealer;
import reesim.ledger.Stage;
import reesim.market.Market;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.kernel.TestContext.DOMESTIC;
import static reesim.kernel.TestContext.DY;
import static reesim.kernel.TestContext.LA;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.WORLD;
import static reesim.kernel.TestContext.askQuantity;
import static reesim.kernel.TestContext.bidQuantity;

/** ExportTrader on the small fixture: export when the gap pays, within the licence, tariff to the state. */
class ExportTraderTest {
    static final double CAPACITY = 1200, FREIGHT = 1, MARGIN = 0.1;
    static final int N = TestContext.ELEMENTS.size();
    /** World prices at which every element's export pays (La 5 - 1 > 2 * 1.1). */
    static final double[] WORLD_EXPORT = {5, WORLD[ND], WORLD[DY]};

    static TradeConfig trade() {
        TradeConfig c = new TradeConfig();
        c.traders = 1;
        c.traderCapacity = CAPACITY;
        c.transportCost = FREIGHT;
        c.minMargin = MARGIN;
        c.smugglers = 1;
        c.smugglerCapacity = 1200;
        c.smugglingCost = 2;
        c.smugglerRiskAversion = 2;
        return c;
    }

    private static Market dom(TestContext fx, int e) { return fx.markets().oxide(e, false); }
    private static Market world(TestContext fx, int e) { return fx.markets().oxide(e, true); }

    @Test
    void withItsBudgetOnThePayingElementsItFillsItWithWhatSellsAbroad() {
        // at the fixture's prices La does not pay (3 - 1 < 2 x 1.1), Nd and Dy do; before any clearing each element has a third of world demand
        TestContext old = new TestContext(1);
        new ExportTrader("t", trade(), 1, N, new BehaviourConfig().trader).step(old);
        assertThat(bidQuantity(dom(old, LA))).isZero();
        assertThat(bidQuantity(dom(old, ND))).as("a third of the budget; La's third unused").isCloseTo(CAPACITY / 12 / 3, within(1e-9));

        BehaviourConfig.TraderBehaviour rules = new BehaviourConfig().trader;
        rules.budgetToPayingElements = true;
        TestContext fx = new TestContext(1);
        ExportTrader tr = new ExportTrader("t", trade(), 1, N, rules);
        assertThat(tr.payingDemandShare(fx)).isCloseTo(2.0 / 3, within(1e-12));
        tr.step(fx);
        assertThat(bidQuantity(dom(fx, LA))).isZero();
        assertThat(bidQuantity(dom(fx, ND))).isCloseTo(CAPACITY / 12 / 2, within(1e-9));
        assertThat(bidQuantity(dom(fx, DY))).isCloseTo(CAPACITY / 12 / 2, within(1e-9));
    }

    @Test
    void withItsLicenceOnThePayingElementsOnlyAQuotaYearPutsTheBudgetOnWhatSellsAbroad() {
        BehaviourConfig.TraderBehaviour rules = new BehaviourConfig().trader;
        rules.licenceToPayingElements = true;
        // without a licence (no quota) the budget is spread by world demand as before: La's third unused
        TestContext free = new TestContext(1);
        new ExportTrader("t", trade(), 1, N, rules).step(free);
        assertThat(bidQuantity(dom(free, ND))).isCloseTo(CAPACITY / 12 / 3, within(1e-9));
        // with a licence the whole month's room goes to Nd and Dy, whose export pays
        TestContext quota = new TestContext(1);
        ExportTrader tr = new ExportTrader("t", trade(), 1, N, rules);
        tr.setLicence(CAPACITY);
        tr.step(quota);
        assertThat(bidQuantity(dom(quota, LA))).isZero();
        assertThat(bidQuantity(dom(quota, ND))).isCloseTo(CAPACITY / 12 / 2, within(1e-9));
        assertThat(bidQuantity(dom(quota, DY))).isCloseTo(CAPACITY / 12 / 2, within(1e-9));
    }

    @Test
    void bidsForExportOnlyWhenTheGapCoversTariffFreightAndMargin() {
        // Nd: 60 * (1 - tau) - 1 > 40 * 1.1 holds for tau below 1 - 45/60 = 0.25
        double threshold = 1 - (DOMESTIC[ND] * (1 + MARGIN) + FREIGHT) / WORLD[ND];
        assertThat(threshold).isCloseTo(0.25, within(1e-12));

        TestContext below = new TestContext(1);
        below.instruments.tariff[ND] = threshold - 0.01;
        new ExportTrader("t", trade(), 1, N, new BehaviourConfig().trader).step(below);
        // before any clearing every element gets an equal share of the monthly capacity
        assertThat(bidQuantity(dom(below, ND))).isCloseTo(CAPACITY / 12 / N, within(1e-9));
        // the bid never pays more than the export netback less the margin
        double netback = WORLD[ND] * (1 - below.instruments.tariff[ND]) - FREIGHT;
        assertThat(TestContext.bestBid(dom(below, ND))).isLessThanOrEqualTo(netback / (1 + MARGIN) + 1e-12);

        TestContext above = new TestContext(1);
        above.instruments.tariff[ND] = threshold + 0.01;
        new ExportTrader("t", trade(), 1, N, new BehaviourConfig().trader).step(above);
        assertThat(bidQuantity(dom(above, ND))).isZero();
        // La: 3 - 1 = 2 does not beat 2 * 1.1 even without a tariff; Dy: 300 - 1 beats 220
        assertThat(bidQuantity(dom(above, LA))).isZero();
        assertThat(bidQuantity(dom(above, DY))).isPositive();
        // no import either way: the world price is above the domestic one
        for (int e = 0; e < N; e++) assertThat(bidQuantity(world(above, e))).isZero();
    }

    @Test
    void aCostlierTraderNeedsAWiderGap() {
        // Dy at tariff 0.26: 300 * 0.74 - 1 = 221 > 220 exports; with freight x3, 222 - 3 = 219 < 220 does not; Nd still does (57 > 44)
        TestContext fx = new TestContext(1);
        fx.instruments.tariff[DY] = 0.26;
        new ExportTrader("cheap", trade(), 1, N, new BehaviourConfig().trader).step(fx);
        assertThat(bidQuantity(dom(fx, DY))).as("freight 1: 300 * 0.74 - 1 = 221 > 220").isPositive();
        TestContext fx3 = new TestContext(1);
        fx3.instruments.tariff[DY] = 0.26;
        new ExportTrader("dear", trade(), 3, N, new BehaviourConfig().trader).step(fx3);
        assertThat(bidQuantity(dom(fx3, DY))).isZero();
        assertThat(bidQuantity(dom(fx3, ND))).isPositive();
    }

    @Test
    void withAnArbitrageMarginAWiderGapRaisesItsUrgencyUpToTheFullPremium() {
        BehaviourConfig.TraderBehaviour rules = new BehaviourConfig().trader;
        rules.arbitrageMargin = 0.2;
        ExportTrader tr = new ExportTrader("t", trade(), 1, N, rules);
        double dom = 40, atMargin = dom * (1 + MARGIN);
        assertThat(tr.exportUrgency(atMargin, dom)).as("a gap just at the minimum margin").isCloseTo(rules.bidUrgency, within(1e-12));
        assertThat(tr.exportUrgency(atMargin * 1.1, dom)).as("half-way to the arbitrage margin")
                .isCloseTo(rules.bidUrgency + (1 - rules.bidUrgency) / 2, within(1e-12));
        assertThat(tr.exportUrgency(atMargin * 1.2, dom)).isCloseTo(1, within(1e-12));
        assertThat(tr.exportUrgency(atMargin * 3, dom)).as("never beyond the full premium").isCloseTo(1, within(1e-12));

        ExportTrader fixed = new ExportTrader("t", trade(), 1, N, new BehaviourConfig().trader);
        assertThat(fixed.exportUrgency(atMargin * 3, dom)).as("knob 0: the fixed urgency").isEqualTo(new BehaviourConfig().trader.bidUrgency);

        // on the market: Nd's gap (60 - 1 against 40 x 1.1) is 34 % beyond the margin, so the eager trader's best bid is higher
        TestContext eager = new TestContext(1), calm = new TestContext(1);
        tr.step(eager);
        fixed.step(calm);
        assertThat(TestContext.bestBid(dom(eager, ND))).isGreaterThan(TestContext.bestBid(dom(calm, ND)));
        assertThat(TestContext.bestBid(dom(eager, ND))).isLessThanOrEqualTo((WORLD[ND] - FREIGHT) / (1 + MARGIN) + 1e-12);
    }

    @Test
    void importsWhenTheDomesticPriceBeatsTheWorldPricePlusFreight() {
        TestContext fx = new TestContext(1);
        fx.setDomesticPrice(ND, 80);   // 80 - 1 > 60 * 1.1
        new ExportTrader("t", trade(), 1, N, new BehaviourConfig().trader).step(fx);
        assertThat(bidQuantity(world(fx, ND))).isCloseTo(CAPACITY / 12 / N, within(1e-9));
        assertThat(bidQuantity(dom(fx, ND))).as("no export of Nd").isZero();
    }

    /** A month: prices back to the start, the trader steps, a dealer sells oxide at home and buys abroad, markets clear. */
    private static void month(TestContext fx, ExportTrader tr, Dealer home, Dealer abroad, boolean greyOffer) {
        for (int e = 0; e < N; e++) {
            fx.setDomesticPrice(e, DOMESTIC[e]);
            fx.setWorldPrice(e, WORLD_EXPORT[e]);
        }
        tr.step(fx);
        for (int e = 0; e < N; e++) {
            home.ask(dom(fx, e), 1000, DOMESTIC[e], !greyOffer);
            abroad.bid(world(fx, e), 1000, fx.markets().oxide(e, true).price());
        }
        fx.clear();
        fx.nextMonth();
    }

    private static Dealer stockedDealer(TestContext fx, boolean registered) {
        Dealer d = fx.dealer("smelters", Stage.SMELTING);
        for (int e = 0; e < N; e++) fx.supply(d.account, e, 10_000, registered);
        return d;
    }

    @Test
    void staysWithinItsExportLicenceSpreadOverTheYear() {
        double licence = 120;
        TestContext fx = new TestContext(1);
        ExportTrader tr = new ExportTrader("t", trade(), 1, N, new BehaviourConfig().trader);
        tr.setLicence(licence);
        Dealer home = stockedDealer(fx, true), abroad = fx.dealer("foreign users", Stage.WORLD);
        double boughtBefore = 0;
        for (int t = 0; t < 12; t++) {
            month(fx, tr, home, abroad, false);
            assertThat(tr.getExportedThisYear()).isLessThanOrEqualTo(licence + 1e-9);
            assertThat(tr.getExportedThisYear() + tr.getStockAtHome()).as("exported and bought for export, month %d", t).isLessThanOrEqualTo(licence + 1e-9);
            // the licence left is spread evenly over the months left: 120 / 12 = 10 t a month
            assertThat(home.sold - boughtBefore).as("bought in month %d", t).isCloseTo(licence / 12, within(1e-6));
            boughtBefore = home.sold;
        }
        // bought in months 0-10 crossed in months 1-11; December's purchase waits at home
        assertThat(tr.getExportedThisYear()).isCloseTo(licence * 11 / 12, within(1e-6));
        assertThat(tr.getStockAtHome()).isCloseTo(licence / 12, within(1e-6));
    }

    @Test
    void aFirstBatchOfLicencesIsSpreadToTheEndOfJuneAndWhatIsLeftOfTheYearFromJuly() {
        TestContext fx = new TestContext(1);
        ExportTrader tr = new ExportTrader("t", trade(), 1, N, new BehaviourConfig().trader);
        Dealer home = stockedDealer(fx, true), abroad = fx.dealer("foreign users", Stage.WORLD);
        fx.instruments.licencePeriodEnd = 6;
        tr.setLicence(30);   // the first batch: 30 of a year's 120 t
        double boughtBefore = 0;
        for (int t = 0; t < 6; t++) {
            month(fx, tr, home, abroad, false);
            assertThat(home.sold - boughtBefore).as("bought in month %d", t).isCloseTo(30.0 / 6, within(1e-6));
            boughtBefore = home.sold;
        }
        assertThat(tr.getExportedThisYear() + tr.getStockAtHome()).isCloseTo(30, within(1e-6));
        // July: the second batch brings the year's licence to 120 t; the 90 t left are spread over July-December
        fx.instruments.licencePeriodEnd = 12;
        tr.setLicence(120);
        for (int t = 6; t < 12; t++) {
            month(fx, tr, home, abroad, false);
            assertThat(home.sold - boughtBefore).as("bought in month %d", t).isCloseTo(90.0 / 6, within(1e-6));
            boughtBefore = home.sold;
        }
        assertThat(tr.getExportedThisYear() + tr.getStockAtHome()).isCloseTo(120, within(1e-6));
    }

    @Test
    void withCatchUpALicenceHolderMakesUpInLaterMonthsTheLicenceItCouldNotUseWhileTheMarginWasShut() {
        double[] bought = new double[2];
        for (boolean catchUp : new boolean[]{false, true}) {
            BehaviourConfig.TraderBehaviour rules = new BehaviourConfig().trader;
            rules.licenceCatchUp = catchUp;
            TestContext fx = new TestContext(1);
            ExportTrader tr = new ExportTrader("t", trade(), 1, N, rules);
            tr.setLicence(CAPACITY);   // a licence of its yearly capacity: 100 t a month if spread evenly
            Dealer home = stockedDealer(fx, true), abroad = fx.dealer("foreign users", Stage.WORLD);
            for (int t = 0; t < 12; t++) {
                boolean shut = t < 6;   // the first half year the world price does not cover tariff, freight and margin
                for (int e = 0; e < N; e++) {
                    fx.setDomesticPrice(e, DOMESTIC[e]);
                    fx.setWorldPrice(e, shut ? DOMESTIC[e] : WORLD_EXPORT[e]);
                }
                double before = home.sold;
                tr.step(fx);
                for (int e = 0; e < N; e++) {
                    home.ask(dom(fx, e), 1000, DOMESTIC[e], true);
                    abroad.bid(world(fx, e), 1000, fx.markets().oxide(e, true).price());
                }
                fx.clear();
                fx.nextMonth();
                if (shut) assertThat(home.sold - before).as("month %d: no export pays", t).isZero();
                else assertThat(home.sold - before).as("month %d", t).isCloseTo(catchUp ? CAPACITY / 6 : CAPACITY / 12, within(1e-6));
            }
            assertThat(tr.getExportedThisYear() + tr.getStockAtHome()).isLessThanOrEqualTo(CAPACITY + 1e-9);
            bought[catchUp ? 1 : 0] = home.sold;
        }
        assertThat(bought[0]).as("without catch-up half the licence is lost").isCloseTo(CAPACITY / 2, within(1e-6));
        assertThat(bought[1]).as("with catch-up the whole licence is used").isCloseTo(CAPACITY, within(1e-6));
    }

    @Test
    void withoutALicenceItMovesItsFullMonthlyCapacity() {
        TestContext fx = new TestContext(1);
        ExportTrader tr = new ExportTrader("t", trade(), 1, N, new BehaviourConfig().trader);
        Dealer home = stockedDealer(fx, true), abroad = fx.dealer("foreign users", Stage.WORLD);
        month(fx, tr, home, abroad, false);
        assertThat(home.sold).isCloseTo(CAPACITY / 12, within(1e-6));
    }

    @Test
    void paysTheTariffOnWhatCrossesAndExportsGreyOxideAsRegistered() {
        TestContext fx = new TestContext(1);
        fx.instruments.tariff[LA] = 0.1;
        fx.instruments.tariff[ND] = 0.2;
        fx.instruments.tariff[DY] = 0.05;
        ExportTrader tr = new ExportTrader("t", trade(), 1, N, new BehaviourConfig().trader);
        Dealer home = stockedDealer(fx, false), abroad = fx.dealer("foreign users", Stage.WORLD);
        month(fx, tr, home, abroad, true);   // bought unregistered oxide at home
        double[] bought = new double[N];
        double held = 0;
        for (int e = 0; e < N; e++) held += bought[e] = 10_000 - home.account.total(e);
        assertThat(held).isCloseTo(tr.getStockAtHome(), within(1e-9));
        double cashBefore = tr.getCash();

        // the next month the goods cross the border, with papers, paying the tariff at the world price
        for (int e = 0; e < N; e++) fx.setWorldPrice(e, WORLD_EXPORT[e]);
        tr.step(fx);
        double tariff = 0;
        for (int e = 0; e < N; e++) {
            assertThat(fx.ledger().tickFlow(Stage.TRADE, Stage.WORLD, true, e)).as("registered export of %d", e).isCloseTo(bought[e], within(1e-9));
            assertThat(fx.ledger().tickFlow(Stage.TRADE, Stage.WORLD, false, e)).isZero();
            tariff += bought[e] * 1000 * fx.markets().oxide(e, true).price() * fx.instruments.tariff[e];
        }
        assertThat(tariff).isPositive();
        assertThat(fx.treasury.revenue()).isCloseTo(tariff, within(1e-6));
        assertThat(tr.getCash()).isCloseTo(cashBefore - tariff, within(1e-6));
        assertThat(tr.getLastExported()).isCloseTo(held, within(1e-9));
    }

    @Test
    void whenTheLicenceCapsTheCrossingOnlyTheGreyOxideThatCrossesIsRegistered() {
        TestContext fx = new TestContext(1);
        ExportTrader tr = new ExportTrader("t", trade(), 1, N, new BehaviourConfig().trader);
        Dealer home = stockedDealer(fx, false), abroad = fx.dealer("foreign users", Stage.WORLD);
        month(fx, tr, home, abroad, true);   // bought unregistered oxide at home, no licence in force
        double held = tr.getStockAtHome();
        assertThat(held).isPositive();

        // a licence for a third of it: the rest waits at home, still unregistered
        tr.setLicence(held / 3);
        for (int e = 0; e < N; e++) fx.setWorldPrice(e, WORLD_EXPORT[e]);
        tr.step(fx);
        double registered = 0;
        for (int e = 0; e < N; e++) registered += fx.ledger().tickReclassified(Stage.TRADE, true, e);
        assertThat(tr.getLastExported()).isCloseTo(held / 3, within(1e-9));
        assertThat(registered).as("grey oxide registered by customs").isCloseTo(tr.getLastExported(), within(1e-9));
        assertThat(tr.getStockAtHome()).isCloseTo(held * 2 / 3, within(1e-9));
    }

    /** Rules of a trader that trades to a stock target, with the given arbitrage margin. */
    private static BehaviourConfig.TraderBehaviour stockTarget(double arbitrageMargin) {
        BehaviourConfig.TraderBehaviour rules = new BehaviourConfig().trader;
        rules.exportToStockTarget = true;
        rules.arbitrageMargin = arbitrageMargin;
        return rules;
    }

    @Test
    void underAStockTargetItsFirstOrdersAreItsMinimumSalesPlusAComfortableStockOfThem() {
        TestContext fx = new TestContext(1);
        BehaviourConfig.TraderBehaviour rules = stockTarget(0);
        new ExportTrader("t", trade(), 1, N, rules).step(fx);
        // no sales yet: it expects minSalesShare of its capacity's third of world demand, and orders that plus comfortable months of it
        double expected = CAPACITY / 12 / N * rules.minSalesShare;
        assertThat(bidQuantity(dom(fx, ND))).isCloseTo(expected * (1 + fx.marketRules().comfortableStockMonths()), within(1e-9));
        assertThat(bidQuantity(dom(fx, DY))).isCloseTo(bidQuantity(dom(fx, ND)), within(1e-9));
        assertThat(bidQuantity(dom(fx, LA))).as("La's export does not pay").isZero();

        // a wide margin draws more: Nd's gap is 34 % beyond the minimum margin, so at an arbitrage margin of 0.68 it orders half as much again
        TestContext eager = new TestContext(1);
        new ExportTrader("t", trade(), 1, N, stockTarget(0.68)).step(eager);
        double drive = ((WORLD[ND] - FREIGHT) / (DOMESTIC[ND] * (1 + MARGIN)) - 1) / 0.68;
        assertThat(drive).isCloseTo(0.5, within(0.01));
        assertThat(bidQuantity(dom(eager, ND))).isCloseTo(bidQuantity(dom(fx, ND)) * (1 + drive), within(1e-9));
    }

    /** Months of a trader with a stocked seller at home and a foreign buyer of {@code sales} t a month of each element. */
    private static void trade(TestContext fx, ExportTrader tr, Dealer home, Dealer abroad, double sales, int months) {
        for (int t = 0; t < months; t++) {
            for (int e = 0; e < N; e++) {
                fx.setDomesticPrice(e, DOMESTIC[e]);
                fx.setWorldPrice(e, WORLD_EXPORT[e]);
            }
            tr.step(fx);
            for (int e = 0; e < N; e++) {
                home.ask(dom(fx, e), 1000, DOMESTIC[e], true);
                abroad.bid(world(fx, e), sales, WORLD_EXPORT[e] * 2);
            }
            fx.clear();
            fx.nextMonth();
        }
    }

    @Test
    void underAStockTargetItBuysWhatSellsAbroadAndKeepsSellingFromItsStockWhenTheGapCloses() {
        double sales = 20;   // above the minimum it expects without sales (100 / 3 x 0.25 a month)
        TestContext fx = new TestContext(1);
        ExportTrader tr = new ExportTrader("t", trade(), 1, N, stockTarget(0));
        Dealer home = stockedDealer(fx, true), abroad = fx.dealer("foreign users", Stage.WORLD);
        trade(fx, tr, home, abroad, sales, 36);
        double boughtBefore = home.sold;
        trade(fx, tr, home, abroad, sales, 12);
        assertThat((home.sold - boughtBefore) / 12).as("bought a month, once settled: what sells abroad").isCloseTo(N * sales, within(0.05 * N * sales));
        double comfortable = fx.marketRules().comfortableStockMonths();
        assertThat(tr.getStockAtHome() + tr.getStockAbroad()).as("its stock: at most its comfortable months of sales, and the month's order")
                .isLessThanOrEqualTo(N * sales * (1 + comfortable) + 1e-6);

        // the old rule buys its budget whatever sells: its stock abroad piles up
        TestContext old = new TestContext(1);
        ExportTrader budget = new ExportTrader("t", trade(), 1, N, new BehaviourConfig().trader);
        Dealer oldHome = stockedDealer(old, true), oldAbroad = old.dealer("foreign users", Stage.WORLD);
        trade(old, budget, oldHome, oldAbroad, sales, 48);
        assertThat(budget.getStockAbroad()).isGreaterThan(10 * (tr.getStockAtHome() + tr.getStockAbroad()));

        // the gap closes (a prohibitive tariff): it buys nothing at home and still offers its stock abroad
        for (int e = 0; e < N; e++) fx.instruments.tariff[e] = 0.9;
        double abroadStock = tr.getStockAbroad();
        assertThat(abroadStock).isPositive();
        tr.step(fx);
        for (int e = 0; e < N; e++) assertThat(bidQuantity(dom(fx, e))).isZero();
        double offered = 0;
        for (int e = 0; e < N; e++) offered += askQuantity(world(fx, e));
        assertThat(offered).isCloseTo(tr.getStockAbroad(), within(1e-9)).isPositive();
    }

    @Test
    void underAStockTargetItPressesItsAsksAbroadByItsStockThere() {
        // a stock abroad of many months of its sales is offered well below the world price; one of about its comfortable stock near it
        TestContext heavy = new TestContext(1), light = new TestContext(1);
        for (TestContext fx : List.of(heavy, light)) {
            ExportTrader tr = new ExportTrader("t", trade(), 1, N, stockTarget(0));
            Dealer home = stockedDealer(fx, true), abroad = fx.dealer("foreign users", Stage.WORLD);
            trade(fx, tr, home, abroad, fx == heavy ? 0.01 : 20, 12);
            tr.step(fx);
            assertThat(askQuantity(world(fx, ND))).isPositive();
        }
        double heavyAsk = TestContext.bestAsk(world(heavy, ND)) / heavy.markets().oxide(ND, true).price();
        double lightAsk = TestContext.bestAsk(world(light, ND)) / light.markets().oxide(ND, true).price();
        // the heavy stock at about the full discount (the fixture's 20 %), the light one within a few per cent of the price
        assertThat(heavyAsk).isCloseTo(0.8, within(0.005));
        assertThat(lightAsk).isGreaterThan(0.97);
    }
}
