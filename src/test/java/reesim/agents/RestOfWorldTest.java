package reesim.agents;

import reesim.config.BehaviourConfig;
import org.junit.jupiter.api.Test;
import reesim.config.WorldConfig;
import reesim.kernel.TestContext;
import reesim.ledger.Stage;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.kernel.TestContext.ELEMENTS;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.ORE_SHARES;
import static reesim.kernel.TestContext.START_YEAR;
import static reesim.kernel.TestContext.WORLD;

/** RestOfWorld on the small fixture: foreign mines idle below cost, candidate projects wait for prices, users cut back. */
class RestOfWorldTest {
    static final int N = ELEMENTS.size();
    static final double HURDLE = 1.5, CAPACITY = 1200, ELASTICITY = 0.3;
    static final double[] DEMAND = {600, 1200, 120};

    /** The world price of the ore's oxide basket at the fixture's starting prices: 0.5 * 3 + 0.4 * 60 + 0.1 * 300. */
    static double basket() {
        double v = 0;
        for (int e = 0; e < N; e++) v += ORE_SHARES[e] * WORLD[e];
        return v;
    }

    static WorldConfig.ForeignProject project(String name, double unitCost, int operatingFrom, double leadYears) {
        WorldConfig.ForeignProject p = new WorldConfig.ForeignProject();
        p.name = name;
        p.distribution = TestContext.priceMap(ORE_SHARES);
        p.capacity = CAPACITY;
        p.unitCost = unitCost;
        p.operatingFrom = operatingFrom;
        p.leadTimeYears = leadYears;
        return p;
    }

    static RestOfWorld world(WorldConfig.ForeignProject... projects) { return world(true, projects); }

    /** The fixture's foreign demand (DEMAND at ELASTICITY) and hurdle, without projects. */
    static WorldConfig config() {
        WorldConfig c = new WorldConfig();
        c.demand = TestContext.priceMap(DEMAND);
        c.priceElasticity = ELASTICITY;
        c.investmentHurdle = HURDLE;
        return c;
    }

    /** A rest of the world without projects whose users keep a reference price over {@code memoryYears}. */
    static RestOfWorld users(WorldConfig c, double memoryYears, BehaviourConfig.WorldBehaviour rules) {
        return new RestOfWorld(c, START_YEAR, new double[0][], WORLD.clone(), Map.of(), Map.of(), memoryYears, ELEMENTS, 1, rules);
    }

    static RestOfWorld world(boolean closedProjectsRecommit, WorldConfig.ForeignProject... projects) {
        WorldConfig c = config();
        c.closedProjectsRecommit = closedProjectsRecommit;
        c.projects = List.of(projects);
        double[][] shares = new double[projects.length][];
        for (int i = 0; i < projects.length; i++) shares[i] = ORE_SHARES.clone();
        return new RestOfWorld(c, START_YEAR, shares, WORLD.clone(), Map.of(), Map.of(), 2, ELEMENTS, 1, new BehaviourConfig().world);
    }

    @Test
    void anOperatingMineProducesWhenTheBasketCoversItsCostAndIdlesBelow() {
        assertThat(basket()).isCloseTo(55.5, within(1e-12));
        TestContext fx = new TestContext(11);
        RestOfWorld covered = world(project("pass", basket() - 1, START_YEAR, 3));
        covered.step(fx);
        for (int e = 0; e < N; e++) {
            assertThat(covered.minedThisTick(e)).isCloseTo(CAPACITY / 12 * ORE_SHARES[e], within(1e-9));
            assertThat(covered.minedThisTick("pass", e)).as("by project").isCloseTo(covered.minedThisTick(e), within(1e-12));
            assertThat(covered.minedThisTick("elsewhere", e)).isZero();
            assertThat(fx.ledger().tickFlow(Stage.DEPOSIT, Stage.WORLD, true, e)).isCloseTo(CAPACITY / 12 * ORE_SHARES[e], within(1e-9));
        }
        assertThat(covered.getForeignProducerStock()).isCloseTo(CAPACITY / 12, within(1e-9));
        assertThat(covered.getCash()).isCloseTo(-CAPACITY / 12 * 1000 * (basket() - 1), within(1e-6));
        // its output is offered on the world markets
        assertThat(TestContext.askQuantity(fx.markets().oxide(ND, true))).isCloseTo(CAPACITY / 12 * ORE_SHARES[ND], within(1e-9));

        TestContext fx2 = new TestContext(11);
        RestOfWorld idle = world(project("pass", basket() + 1, START_YEAR, 3));
        idle.step(fx2);
        for (int e = 0; e < N; e++) assertThat(idle.minedThisTick(e)).isZero();
        assertThat(idle.getForeignProducerStock()).isZero();

        // when the Nd price falls so that the basket no longer covers the cost, the same mine idles
        TestContext cheaper = new TestContext(11).at(1);
        cheaper.setWorldPrice(ND, WORLD[ND] - 5);   // basket 55.5 - 0.4 * 5 = 53.5 < cost 54.5
        covered.step(cheaper);
        assertThat(covered.minedThisTick(ND)).isZero();
        assertThat(covered.getForeignProducerStock()).isCloseTo(CAPACITY / 12, within(1e-9));
    }

    @Test
    void aMineWithUnsoldStockOfHalfAYearsOutputStops() {
        TestContext fx = new TestContext(11);
        RestOfWorld w = world(project("pass", 10, START_YEAR, 3));
        int producing = 0;
        for (int t = 0; t < 12; t++) {   // nobody buys: the markets are never cleared
            w.step(fx);
            if (w.minedThisTick(ND) > 0) producing++;
            fx.at(t + 1);
        }
        // 100 t a month: it produces while its stock is at most 600 t, i.e. seven months
        assertThat(producing).isEqualTo(7);
        assertThat(w.getForeignProducerStock()).isCloseTo(700, within(1e-9));
    }

    @Test
    void aCandidateCommitsWhenLastYearsPricesClearItsHurdleAndProducesAfterItsLeadTime() {
        double cost = basket() / HURDLE - 1;   // clears the hurdle at the starting prices
        TestContext fx = new TestContext(11);
        RestOfWorld w = world(project("candidate", cost, 0, 2));
        for (long t = 0; t <= 36; t++) {   // the markets are never cleared: prices stay at the start
            fx.at(t);
            w.step(fx);
            if (t < 12) assertThat(w.getProjectsBuiltOrOperating()).as("tick %d", t).isZero();
            else assertThat(w.getProjectsBuiltOrOperating()).as("tick %d", t).isEqualTo(1);
            if (t < 36) assertThat(w.minedThisTick(ND)).as("tick %d", t).isZero();
        }
        // decided in January of the second year, 24 months of construction
        assertThat(w.getProjectsBuiltOrOperating()).isEqualTo(1);
        assertThat(w.minedThisTick(ND)).isCloseTo(CAPACITY / 12 * ORE_SHARES[ND], within(1e-9));
    }

    @Test
    void aNewProjectRampsUpLinearlyOverItsRampYearsWhileOneOperatingAtTheStartWorksAtCapacity() {
        double cost = basket() / HURDLE - 1;
        double full = CAPACITY / 12 * ORE_SHARES[ND];
        TestContext fx = new TestContext(11);
        WorldConfig.ForeignProject candidate = project("candidate", cost, 0, 1);
        candidate.rampYears = 2;
        RestOfWorld w = world(candidate);
        for (long t = 0; t <= 40; t++) {   // the markets are never cleared: prices stay at the start
            fx.at(t);
            w.step(fx);
            if (t < 24) assertThat(w.minedThisTick("candidate", ND)).as("tick %d", t).isZero();
            // committed in January of the second year, first output a year later: month k of output works k/24 of capacity
            else assertThat(w.minedThisTick("candidate", ND)).as("tick %d", t).isCloseTo(full * Math.min(1, (t - 23) / 24.0), within(1e-9));
        }

        WorldConfig.ForeignProject running = project("running", cost, START_YEAR, 1);
        running.rampYears = 2;
        RestOfWorld operating = world(running);
        operating.step(new TestContext(11));
        assertThat(operating.minedThisTick("running", ND)).as("operating when the run began").isCloseTo(full, within(1e-9));
    }

    @Test
    void aProjectClosedByTheRecordStopsAndCommitsAgainOnlyIfClosedProjectsMayRecommit() {
        double cost = basket() / HURDLE - 1;   // covers its cost and clears the hurdle at the starting prices
        for (boolean recommit : new boolean[] {true, false}) {
            TestContext fx = new TestContext(11);
            WorldConfig.ForeignProject pass = project("pass", cost, START_YEAR, 1);
            pass.closedFrom = START_YEAR + 1;
            RestOfWorld w = world(recommit, pass);
            for (long t = 0; t <= 40; t++) {   // the markets are never cleared: prices stay at the start
                fx.at(t);
                w.step(fx);
                boolean producing = w.minedThisTick("pass", ND) > 0;
                // the first year it produces (its stock stays under half a year's output for seven months)
                if (t < 7) assertThat(producing).as("recommit %s, tick %d", recommit, t).isTrue();
                // closed from January of the second year; with recommit it commits again the next January (month 24)
                else if (t >= 12 && t < 36) assertThat(producing).as("recommit %s, tick %d", recommit, t).isFalse();
                if (t >= 12 && t < 24) assertThat(w.getProjectsBuiltOrOperating()).as("recommit %s, tick %d", recommit, t).isZero();
                if (t >= 24) assertThat(w.getProjectsBuiltOrOperating()).as("recommit %s, tick %d", recommit, t).isEqualTo(recommit ? 1 : 0);
            }
        }
    }

    @Test
    void aCandidateBelowItsHurdleWaits() {
        double cost = basket() / HURDLE + 1;   // covered by the basket, but not by the hurdle
        assertThat(cost).isLessThan(basket());
        TestContext fx = new TestContext(11);
        RestOfWorld w = world(project("candidate", cost, 0, 2));
        for (long t = 0; t <= 48; t++) {
            fx.at(t);
            w.step(fx);
            assertThat(w.getProjectsBuiltOrOperating()).isZero();
            assertThat(w.minedThisTick(ND)).isZero();
        }
    }

    @Test
    void foreignUsersBidTheirDemandAndCutBackWhenThePriceRises() {
        TestContext fx = new TestContext(11);
        RestOfWorld w = world();
        w.step(fx);
        for (int e = 0; e < N; e++) {
            assertThat(TestContext.bidQuantity(fx.markets().oxide(e, true))).as("element %d", e).isCloseTo(DEMAND[e] / 12, within(1e-9));
        }
        TestContext dear = new TestContext(11);
        dear.setWorldPrice(ND, 2 * WORLD[ND]);
        RestOfWorld w2 = world();
        w2.step(dear);
        assertThat(TestContext.bidQuantity(dear.markets().oxide(ND, true))).isCloseTo(DEMAND[ND] / 12 * Math.pow(2, -ELASTICITY), within(1e-9));
        assertThat(TestContext.bidQuantity(dear.markets().oxide(ND, true))).isLessThan(DEMAND[ND] / 12);
    }

    @Test
    void anElementWithItsOwnElasticityAnswersThePriceByIt() {
        WorldConfig c = config();
        c.priceElasticityByElement = Map.of("Nd", 0.0, "Dy", 1.2);
        assertThat(c.priceElasticity("La")).isEqualTo(ELASTICITY);
        assertThat(c.priceElasticity("Nd")).isZero();
        TestContext dear = new TestContext(11);
        for (int e = 0; e < N; e++) dear.setWorldPrice(e, 2 * WORLD[e]);
        RestOfWorld w = users(c, 2, new BehaviourConfig().world);
        w.step(dear);
        int la = ELEMENTS.indexOf("La"), dy = ELEMENTS.indexOf("Dy");
        assertThat(TestContext.bidQuantity(dear.markets().oxide(la, true))).isCloseTo(DEMAND[la] / 12 * Math.pow(2, -ELASTICITY), within(1e-9));
        assertThat(TestContext.bidQuantity(dear.markets().oxide(ND, true))).as("inelastic: the whole demand at twice the price").isCloseTo(DEMAND[ND] / 12, within(1e-9));
        assertThat(TestContext.bidQuantity(dear.markets().oxide(dy, true))).isCloseTo(DEMAND[dy] / 12 * Math.pow(2, -1.2), within(1e-9));
    }

    @Test
    void whatForeignUsersBoughtIsUsedUpTheNextMonthAndCountedAsConsumption() {
        TestContext fx = new TestContext(11);
        RestOfWorld w = world();
        w.step(fx);
        assertThat(w.consumedThisTick(ND)).as("nothing bought yet").isZero();
        TestContext.Dealer seller = fx.dealer("foreign seller", Stage.WORLD);
        fx.supply(seller.account, ND, 30, true);
        seller.ask(fx.markets().oxide(ND, true), 30, WORLD[ND] / 2, true);
        fx.clear();
        double bought = seller.sold;
        assertThat(bought).isCloseTo(30, within(1e-9));   // users want DEMAND[ND] / 12 = 100 t
        fx.nextMonth();
        w.step(fx);
        assertThat(w.consumedThisTick(ND)).isCloseTo(bought, within(1e-9));
        assertThat(w.consumedThisTick(0)).isZero();
        assertThat(fx.ledger().tickFlow(Stage.WORLD, Stage.WORLD, true, ND)).as("it leaves the world's accounts").isCloseTo(bought, within(1e-9));
    }

    @Test
    void foreignUsersFollowTheMarketsPriceMemoryUnlessTheyHaveTheirOwn() {
        WorldConfig c = new WorldConfig();
        assertThat(c.priceMemoryYears(3)).as("-1: as market.priceMemoryYears").isEqualTo(3);
        c.priceMemoryYears = 0;
        assertThat(c.priceMemoryYears(3)).isZero();
        c.priceMemoryYears = 5;
        assertThat(c.priceMemoryYears(0)).isEqualTo(5);
    }

    @Test
    void withAPriceMemoryALastingPriceLevelStopsCuttingForeignDemand() {
        TestContext fx = new TestContext(11);
        fx.setWorldPrice(ND, 2 * WORLD[ND]);
        BehaviourConfig.WorldBehaviour noBacklog = noBacklog();   // nobody sells here: each month's bid is that month's demand alone
        // memory 0: the reference stays at the starting price; memory 1 year: it moves towards a lasting price
        RestOfWorld fixed = users(config(), 0, noBacklog), adapting = users(config(), 1, noBacklog);
        double fixedBid = 0, adaptingBid = 0;
        for (long t = 0; t < 36; t++) {
            fx.at(t);
            fixed.step(fx);
            fixedBid = TestContext.bidQuantity(fx.markets().oxide(ND, true));
            fx.clear();
            fx.setWorldPrice(ND, 2 * WORLD[ND]);
            adapting.step(fx);
            adaptingBid = TestContext.bidQuantity(fx.markets().oxide(ND, true));
            fx.clear();
            fx.setWorldPrice(ND, 2 * WORLD[ND]);
        }
        assertThat(fixedBid).isCloseTo(DEMAND[ND] / 12 * Math.pow(2, -ELASTICITY), within(1e-6));
        assertThat(adaptingBid).as("after three years at twice the price, nearly the whole demand again").isGreaterThan(0.95 * DEMAND[ND] / 12);
    }

    @Test
    void withAnAdjustmentLagForeignUsersAnswerAPriceStepOverYearsNotInTheMonth() {
        WorldConfig lagged = config();
        lagged.demandAdjustmentYears = 1;
        BehaviourConfig.WorldBehaviour noBacklog = noBacklog();   // nobody sells here: each month's bid is that month's demand alone
        RestOfWorld atOnce = users(config(), 0, noBacklog), slow = users(lagged, 0, noBacklog);
        TestContext fx = new TestContext(11);
        double longRun = Math.pow(2, -ELASTICITY), monthly = 1 - Math.exp(-1.0 / 12);
        double[] atOnceBid = new double[61], slowBid = new double[61];
        for (int t = 0; t <= 60; t++) {
            fx.at(t);
            for (int pass = 0; pass < 2; pass++) {
                fx.setWorldPrice(ND, 2 * WORLD[ND]);   // Nd at twice its starting price from the first month on
                (pass == 0 ? atOnce : slow).step(fx);
                (pass == 0 ? atOnceBid : slowBid)[t] = TestContext.bidQuantity(fx.markets().oxide(ND, true)) / (DEMAND[ND] / 12);
                fx.clear();
            }
        }
        assertThat(atOnceBid[0]).as("at once: the whole long-run cut in the first month").isCloseTo(longRun, within(1e-9));
        assertThat(slowBid[0]).as("lagged: a month takes up 1 - exp(-1/12) of the cut")
                .isCloseTo(1 + (longRun - 1) * monthly, within(1e-9));
        assertThat(slowBid[11]).as("after a year about 63 % of the cut").isCloseTo(1 + (longRun - 1) * (1 - Math.exp(-1)), within(1e-9));
        assertThat(slowBid[60]).as("after five years nearly all of it").isCloseTo(longRun, within(0.01));
        for (int t = 1; t <= 60; t++) assertThat(slowBid[t]).as("month %d: falls steadily", t).isLessThan(slowBid[t - 1]);
        assertThat(atOnceBid[60]).isCloseTo(longRun, within(1e-9));
    }

    @Test
    void anAdjustmentLagOutsideItsRangeIsRefused() {
        reesim.config.ConfigException bad = org.assertj.core.api.Assertions.catchThrowableOfType(() -> reesim.config.ConfigLoader.load(
                reesim.TestModels.BASELINE, List.of("world.demandAdjustmentYears=-1"), reesim.config.ModelConfig.class),
                reesim.config.ConfigException.class);
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("world.demandAdjustmentYears");
            assertThat(p.expected()).contains("years");
        });
    }

    @Test
    void withThriftALastingRiseCutsForeignUseForGoodAndAFallBackRestoresItOnlySlowly() {
        WorldConfig c = config();
        switchOn(c.thrift, 0, 3, 0.5);
        RestOfWorld w = users(c, 0, noBacklog()), plain = users(config(), 0, noBacklog());
        TestContext fx = new TestContext(11), base = new TestContext(11);
        // a month at the starting price fixes the reference the premium is a multiple of; then Nd at 4x for 5 years
        double[] bids = new double[2];
        long t = 0;
        for (int phase = 0; phase < 3; phase++) {
            int months = phase == 0 ? 1 : 60;
            double price = phase == 1 ? 4 * WORLD[ND] : WORLD[ND];
            for (int k = 0; k < months; k++, t++) {
                for (TestContext ctx : List.of(fx, base)) {
                    ctx.at(t);
                    for (int e = 0; e < N; e++) ctx.setWorldPrice(e, e == ND ? price : WORLD[e]);
                }
                w.step(fx);
                plain.step(base);
                bids[0] = TestContext.bidQuantity(fx.markets().oxide(ND, true));
                bids[1] = TestContext.bidQuantity(base.markets().oxide(ND, true));
                fx.clear();
                base.clear();
            }
            if (phase == 1) {
                // premiums spread on 1.5x-4.5x the starting price: at 4x, 5/6 of the uses that can switch have switched, up to half of all
                assertThat(w.thriftShare(ND)).isCloseTo(0.5 * 5 / 6, within(0.01));
                assertThat(bids[0]).isCloseTo(bids[1] * (1 - w.thriftShare(ND)), within(1e-9));
                assertThat(w.thriftShare(ND == 0 ? 1 : 0)).as("an element whose price stayed put").isZero();
            }
        }
        // five years back at the starting price: with a 10-year reversal, 1 - exp(-0.5) of the thrifted use has returned
        assertThat(w.thriftShare(ND)).isCloseTo(0.5 * 5 / 6 * Math.exp(-0.5), within(0.02));
        assertThat(bids[0]).isLessThan(0.85 * bids[1]);
        assertThat(plain.thriftShare(ND)).isZero();
    }

    /** Switches {@code s} on from the fixture's first year: up to half of the use, adopted over 1 year, returning over 10. */
    static void switchOn(WorldConfig.UseSwitch s, double premiumPerUnit, double premiumMultiple, double premiumSpread) {
        s.enabled = true;
        s.availableFrom = START_YEAR;
        s.premiumPerUnit = premiumPerUnit;
        s.premiumMultiple = premiumMultiple;
        s.premiumSpread = premiumSpread;
        s.maxShare = 0.5;
        s.adoptionYears = 1;
        s.reversalYears = 10;
    }

    /** The world's rules with no unmet demand carried over, so that each month's bids are that month's want. */
    static BehaviourConfig.WorldBehaviour noBacklog() {
        BehaviourConfig.WorldBehaviour rules = new BehaviourConfig().world;
        rules.backlogCarryOver = 0;
        return rules;
    }

    /** Foreign users whose plants move into China when the world price stands above {@code threshold} times the domestic one. */
    static WorldConfig relocating(double threshold) {
        WorldConfig c = config();
        switchOn(c.relocation, threshold, 0, 0);
        return c;
    }

    @Test
    void withRelocationALastingDualPriceMovesForeignUseOntoTheDomesticMarketAndItStaysThere() {
        RestOfWorld w = users(relocating(1.5), 0, noBacklog()), plain = users(config(), 0, noBacklog());
        TestContext fx = new TestContext(11), base = new TestContext(11);
        double domestic = WORLD[ND] / 1.2;
        double[] worldBids = new double[2];
        double homeBid = 0;
        long t = 0;
        // a year with the world price 1.2 times the domestic one, five with it at 2 times, five back at 1.2
        for (int phase = 0; phase < 3; phase++) {
            int months = phase == 0 ? 12 : 60;
            double world = phase == 1 ? 2 * domestic : WORLD[ND];
            for (int k = 0; k < months; k++, t++) {
                for (TestContext ctx : List.of(fx, base)) {
                    ctx.at(t);
                    for (int e = 0; e < N; e++) {
                        ctx.setWorldPrice(e, e == ND ? world : WORLD[e]);
                        ctx.setDomesticPrice(e, e == ND ? domestic : WORLD[e]);
                    }
                }
                w.step(fx);
                plain.step(base);
                worldBids[0] = TestContext.bidQuantity(fx.markets().oxide(ND, true));
                worldBids[1] = TestContext.bidQuantity(base.markets().oxide(ND, true));
                homeBid = TestContext.bidQuantity(fx.markets().oxide(ND, false));
                fx.clear();
                base.clear();
            }
            if (phase == 0) {
                assertThat(w.relocatedShare(ND)).as("below the threshold nothing moves").isZero();
                assertThat(homeBid).isZero();
                assertThat(worldBids[0]).isCloseTo(worldBids[1], within(1e-9));
            }
            if (phase == 1) {
                // every use that can move has passed its threshold: half of the use, taken up with a 1-year lag over 5 years
                assertThat(w.relocatedShare(ND)).isCloseTo(0.5 * (1 - Math.exp(-5)), within(0.01));
                assertThat(worldBids[0]).as("abroad").isCloseTo(worldBids[1] * (1 - w.relocatedShare(ND)), within(1e-9));
                // at home they bid for the moved share of their use, at the domestic price they have always paid
                assertThat(homeBid).isCloseTo(DEMAND[ND] / 12 * w.relocatedShare(ND), within(1e-9));
                assertThat(w.relocatedShare(ND == 0 ? 1 : 0)).as("an element without a dual price").isZero();
            }
        }
        // five years without the gap: with a 10-year reversal only 1 - exp(-0.5) of the moved use has come back
        assertThat(w.relocatedShare(ND)).isCloseTo(0.5 * (1 - Math.exp(-5)) * Math.exp(-0.5), within(0.01));
        assertThat(homeBid).isPositive();
        assertThat(plain.relocatedShare(ND)).isZero();
        assertThat(TestContext.bidQuantity(base.markets().oxide(ND, false))).isZero();
    }

    @Test
    void oxideTheMovedPlantsBuyInChinaLeavesInTheirGoodsTheMonthAfter() {
        WorldConfig c = relocating(1.5);
        c.relocation.adoptionYears = 0;   // the whole movable half moves in the first month past the threshold
        RestOfWorld w = users(c, 0, noBacklog());
        TestContext fx = new TestContext(11);
        TestContext.Dealer plant = fx.dealer("separation plant", Stage.SMELTING);
        fx.supply(plant.account, ND, 1000, true);
        double domestic = WORLD[ND] / 3;
        fx.setWorldPrice(ND, WORLD[ND]);
        fx.setDomesticPrice(ND, domestic);
        w.step(fx);
        double wanted = TestContext.bidQuantity(fx.markets().oxide(ND, false));
        assertThat(wanted).isCloseTo(DEMAND[ND] / 12 * 0.5, within(1e-9));
        plant.ask(fx.markets().oxide(ND, false), 1000, domestic, true);
        fx.clear();
        assertThat(plant.sold).isCloseTo(wanted, within(1e-9));
        assertThat(w.getCash()).isNegative();
        fx.nextMonth();
        w.step(fx);
        assertThat(w.relocatedUseThisTick(ND)).isCloseTo(wanted, within(1e-9));
        assertThat(fx.ledger().tickFlow(Stage.MANUFACTURING, Stage.WORLD, true, ND)).as("shipped out in goods").isCloseTo(wanted, within(1e-9));
        assertThat(w.consumedThisTick(ND)).as("not counted as use abroad").isZero();
    }

    @Test
    void aRelocationThresholdBelowZeroIsRefused() {
        reesim.config.ConfigException bad = org.assertj.core.api.Assertions.catchThrowableOfType(() -> reesim.config.ConfigLoader.load(
                reesim.TestModels.BASELINE, List.of("world.relocation.enabled=true", "world.relocation.premiumPerUnit=-1"),
                reesim.config.ModelConfig.class), reesim.config.ConfigException.class);
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("world.relocation.premiumPerUnit");
            assertThat(p.expected()).contains("ratio of the world to the domestic price");
        });
    }
}
