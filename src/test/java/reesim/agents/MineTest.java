package reesim.agents;

import reesim.config.BehaviourConfig;
import org.junit.jupiter.api.Test;
import reesim.config.MineGroupConfig;
import reesim.kernel.TestContext;
import reesim.kernel.TestContext.Dealer;
import reesim.ledger.Stage;
import reesim.market.Market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.kernel.TestContext.DEPOSIT;
import static reesim.kernel.TestContext.ORE_SHARES;
import static reesim.kernel.TestContext.START_YEAR;

/** Mine on the small fixture: registered output within the allotment, over-quota digging weighed against its risk. */
class MineTest {
    static final int N = TestContext.ELEMENTS.size();
    static final double CAPACITY = 1200, COST = 5;

    static MineGroupConfig group(double riskAversion) {
        MineGroupConfig g = new MineGroupConfig();
        g.name = "test mines";
        g.deposit = DEPOSIT;
        g.count = 1;
        g.capacity = CAPACITY;
        g.unitCost = COST;
        g.riskAversion = riskAversion;
        g.openYear = START_YEAR;
        g.maxCapacityGrowth = 0;
        return g;
    }

    static Mine mine(double riskAversion, double reserves, double detectability) {
        return new Mine("mine", group(riskAversion), TestContext.deposit(reserves, detectability, 1), 1, riskAversion, N, new BehaviourConfig().mine);
    }

    /** Detection at full activity 0.5 (hazard ln 2), fine 10 USD/kg, no shutdown. */
    static TestContext enforced() {
        TestContext fx = new TestContext(1);
        fx.instruments.detectionRate = Math.log(2);
        fx.instruments.fineMine = 10;
        fx.instruments.shutdownMonths = 0;
        return fx;
    }

    @Test
    void overQuotaChoiceRisesWithTheGreyMargin() {
        TestContext fx = enforced();
        Mine m = mine(1, 1e6, 1);
        double cost = 10;
        // value per t of headroom at share f: f * ((g - cost) - (1 - 2^-f) * (fine + g)); by hand:
        // g = 20: f = 0.25 gives 1.31, 0.5 gives 0.61, 0.75 and 1 lose; g = 50: 0.75 (11.8) beats 0.5 (11.2) and 1 (10);
        // g = 100: 1 (35) beats 0.75 (34.1)
        assertThat(m.chooseOverQuota(fx, 100, 20, 20, 0, cost)).isEqualTo(0.25);
        assertThat(m.chooseOverQuota(fx, 100, 50, 50, 0, cost)).isEqualTo(0.75);
        assertThat(m.chooseOverQuota(fx, 100, 100, 100, 0, cost)).isEqualTo(1.0);
        double previous = -1;
        for (double g : new double[]{5, 10, 12, 15, 20, 30, 50, 70, 100, 200}) {
            double f = m.chooseOverQuota(fx, 100, g, g, 0, cost);
            assertThat(f).as("grey price %s", g).isGreaterThanOrEqualTo(previous);
            if (g <= cost) assertThat(f).as("no margin at grey price %s", g).isZero();
            previous = f;
        }
    }

    @Test
    void overQuotaChoiceFallsWithDetectionProbability() {
        TestContext fx = enforced();
        Mine m = mine(1, 1e6, 1);
        double previous = 2;
        double[] rates = {0, 0.1, 0.3, Math.log(2), 1.5, 5};
        for (double rate : rates) {
            fx.instruments.detectionRate = rate;
            double f = m.chooseOverQuota(fx, 100, 50, 50, 0, 10);
            assertThat(f).as("detection rate %s", rate).isLessThanOrEqualTo(previous);
            previous = f;
        }
        fx.instruments.detectionRate = 0;
        assertThat(m.chooseOverQuota(fx, 100, 50, 50, 0, 10)).as("undetectable").isEqualTo(1.0);
        fx.instruments.detectionRate = 5;
        assertThat(m.chooseOverQuota(fx, 100, 50, 50, 0, 10)).as("caught 71 % of the time at a quarter of its headroom").isZero();
        // an invisible deposit is as good as no enforcement
        Mine hidden = mine(1, 1e6, 0);
        assertThat(hidden.chooseOverQuota(fx, 100, 50, 50, 0, 10)).isEqualTo(1.0);
    }

    @Test
    void aMoreRiskAverseMineOrOneWithMoreToLoseDigsLess() {
        TestContext fx = enforced();
        assertThat(mine(3, 1e6, 1).chooseOverQuota(fx, 100, 50, 50, 0, 10))
                .isLessThan(mine(1, 1e6, 1).chooseOverQuota(fx, 100, 50, 50, 0, 10));
        // a shutdown would cost it its registered margin for the months shut
        fx.instruments.shutdownMonths = 6;
        assertThat(mine(1, 1e6, 1).chooseOverQuota(fx, 100, 50, 50, 100, 10)).isLessThan(0.75);
    }

    @Test
    void digsRegisteredOreWithinItsAllotmentAndTheRestOverQuotaWhenEnforcementIsLax() {
        TestContext fx = new TestContext(1);
        Mine m = mine(1, 1e6, 1);
        m.setAllotment(120);   // 10 t a month over twelve months
        m.step(fx);
        assertThat(m.lastRegistered()).isCloseTo(120.0 / 12, within(1e-9));
        assertThat(m.lastUnregistered()).isCloseTo(CAPACITY / 12 - 10, within(1e-9));
        assertThat(m.concentrateAccount().poolTotal(true)).isCloseTo(10, within(1e-9));
        assertThat(m.concentrateAccount().poolTotal(false)).isCloseTo(90, within(1e-9));
        for (int e = 0; e < N; e++) {
            assertThat(fx.ledger().tickFlow(Stage.DEPOSIT, Stage.MINING, true, e)).isCloseTo(10 * ORE_SHARES[e], within(1e-9));
            assertThat(fx.ledger().tickFlow(Stage.DEPOSIT, Stage.MINING, false, e)).isCloseTo(90 * ORE_SHARES[e], within(1e-9));
        }
        // registered ore is offered on the registered market, grey ore on the grey one
        assertThat(TestContext.askQuantity(fx.markets().concentrate(DEPOSIT, true))).isCloseTo(10, within(1e-9));
        assertThat(TestContext.askQuantity(fx.markets().concentrate(DEPOSIT, false))).isCloseTo(90, within(1e-9));
        assertThat(m.getCash()).isCloseTo(-100 * 1000 * COST, within(1e-6));

        TestContext strict = enforced();
        strict.instruments.detectionRate = 10;
        Mine careful = mine(1, 1e6, 1);
        careful.setAllotment(120);
        careful.step(strict);
        assertThat(careful.lastRegistered()).isCloseTo(10, within(1e-9));
        assertThat(careful.lastUnregistered()).isZero();
    }

    @Test
    void aStateGroupStopsItsShareOfTheOverQuotaDigging() {
        TestContext fx = new TestContext(1);
        Mine member = mine(1, 1e6, 1);
        member.setAllotment(120);
        member.setGroupControl(0.8);
        member.step(fx);
        assertThat(member.lastRegistered()).as("the quota is dug as before").isCloseTo(10, within(1e-9));
        assertThat(member.lastUnregistered()).as("a fifth of the 90 t an independent mine digs").isCloseTo(0.2 * (CAPACITY / 12 - 10), within(1e-9));
        Mine policed = mine(1, 1e6, 1);
        policed.setAllotment(120);
        policed.setGroupControl(1);
        policed.step(new TestContext(1));
        assertThat(policed.lastUnregistered()).isZero();
    }

    static Mine mineWithFaces(double spread) {
        BehaviourConfig.MineBehaviour rules = new BehaviourConfig().mine;
        rules.costSpread = spread;
        return new Mine("mine", group(1), TestContext.deposit(1e6, 1, 1), 1, 1, N, rules);
    }

    /** Registered output and cash of a fresh mine with faces spread by {@code spread}, one month at concentrate price {@code price}. */
    static double[] oneMonthAt(double spread, double price) {
        TestContext fx = new TestContext(1);
        fx.setPrice(fx.markets().concentrate(DEPOSIT, true), price);
        Mine m = mineWithFaces(spread);
        m.step(fx);
        return new double[]{m.lastRegistered(), m.getCash()};
    }

    @Test
    void withFacesOfDifferentCostItWorksThoseThePriceCoversAtTheirMeanCost() {
        // faces uniform on 5 x (1 +/- 0.5) = [2.5, 7.5]: at 5 half of them pay, at their mean cost (2.5 + 5) / 2
        double[] half = oneMonthAt(0.5, 5);
        assertThat(half[0]).isCloseTo(CAPACITY / 12 / 2, within(1e-9));
        assertThat(half[1]).isCloseTo(-CAPACITY / 12 / 2 * 1000 * 3.75, within(1e-6));
        double[] all = oneMonthAt(0.5, 8);
        assertThat(all[0]).isCloseTo(CAPACITY / 12, within(1e-9));
        assertThat(all[1]).isCloseTo(-CAPACITY / 12 * 1000 * COST, within(1e-6));
        assertThat(oneMonthAt(0.5, 2)[0]).isZero();
        // output rises with the price in between, not in one step
        double previous = 0;
        for (double p = 2.5; p <= 7.5; p += 0.5) {
            double q = oneMonthAt(0.5, p)[0];
            assertThat(q).as("price %s", p).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(CAPACITY / 12);
            previous = q;
        }
    }

    @Test
    void aGroupsOwnSpreadOverridesTheBehaviouralOneAndMinusOneKeepsIt() {
        BehaviourConfig.MineBehaviour rules = new BehaviourConfig().mine;
        rules.costSpread = 0;
        MineGroupConfig own = group(1);
        own.costSpread = 0.5;
        TestContext fx = new TestContext(1);
        fx.setPrice(fx.markets().concentrate(DEPOSIT, true), 5);
        Mine spread = new Mine("mine", own, TestContext.deposit(1e6, 1, 1), 1, 1, N, rules);
        spread.step(fx);
        // as withFacesOfDifferentCost...: at 5 half of the faces on [2.5, 7.5] pay
        assertThat(spread.lastRegistered()).isCloseTo(CAPACITY / 12 / 2, within(1e-9));
        MineGroupConfig inherit = group(1);
        assertThat(inherit.costSpread).isEqualTo(-1);
        TestContext fx2 = new TestContext(1);
        fx2.setPrice(fx2.markets().concentrate(DEPOSIT, true), COST * 1.01);
        Mine whole = new Mine("mine", inherit, TestContext.deposit(1e6, 1, 1), 1, 1, N, rules);
        whole.step(fx2);
        assertThat(whole.lastRegistered()).isCloseTo(CAPACITY / 12, within(1e-9));
    }

    @Test
    void aGroupSpreadOutsideZeroToOneOtherThanMinusOneIsRefused() {
        for (String bad : new String[]{"mines.0.costSpread=1.5", "mines.0.costSpread=-0.5"}) {
            reesim.config.ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> reesim.config.ConfigLoader.load(
                    reesim.TestModels.BASELINE, java.util.List.of(bad), reesim.config.ModelConfig.class), reesim.config.ConfigException.class);
            assertThat(e).as(bad).isNotNull();
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("mines.0.costSpread");
                assertThat(p.expected()).contains("-1 for behaviour.mine.costSpread");
            });
        }
    }

    @Test
    void withoutASpreadItWorksAllOrNothingAtItsUnitCost() {
        assertThat(oneMonthAt(0, COST * 0.99)[0]).isZero();
        double[] all = oneMonthAt(0, COST * 1.01);
        assertThat(all[0]).isCloseTo(CAPACITY / 12, within(1e-9));
        assertThat(all[1]).isCloseTo(-CAPACITY / 12 * 1000 * COST, within(1e-6));
    }

    @Test
    void withoutAQuotaItDigsItsCapacityAndNothingGrey() {
        TestContext fx = new TestContext(1);
        Mine m = mine(1, 1e6, 1);
        m.step(fx);
        assertThat(m.lastRegistered()).isCloseTo(CAPACITY / 12, within(1e-9));
        assertThat(m.lastUnregistered()).isZero();
    }

    @Test
    void digsOnlyAsFastAsItsOreSells() {
        for (boolean sells : new boolean[]{false, true}) {
            TestContext fx = new TestContext(1);
            Mine m = mine(1, 1e6, 1);
            m.step(fx);
            if (sells) {
                Dealer smelters = fx.dealer("smelters", Stage.SMELTING);
                Market reg = fx.markets().concentrate(DEPOSIT, true);
                smelters.bid(reg, 1000, reg.price() * 1.5);
            }
            fx.clear();
            fx.nextMonth();
            if (sells) assertThat(m.getConcentrateStock()).isZero();
            m.step(fx);
            // unsold: 100 t in store over the floor on its sales (5 % of 100 t a month) is ten times the 2 comfortable months: it stops
            assertThat(m.lastRegistered()).as("sold=%s", sells).isCloseTo(sells ? CAPACITY / 12 : 0, within(1e-9));
        }
    }

    static Mine planningMine() {
        BehaviourConfig.MineBehaviour rules = new BehaviourConfig().mine;
        rules.outputToStockTarget = true;
        return new Mine("mine", group(1), TestContext.deposit(1e6, 1, 1), 1, 1, N, rules);
    }

    /** Months of its expected sales a planning mine aims to hold: its comfortable stock. */
    static double targetMonths(TestContext fx) {
        return fx.marketRules().comfortableStockMonths();
    }

    @Test
    void planningItsOutputAMineWithoutSalesDigsItsMinimumSalesAndTheTargetStock() {
        TestContext fx = new TestContext(1);
        Mine m = planningMine();
        m.step(fx);
        double minSales = CAPACITY / 12 * new BehaviourConfig().mine.minSalesShare;
        double first = m.lastRegistered();
        assertThat(first).isCloseTo(minSales * (1 + targetMonths(fx)), within(1e-9)).isLessThan(CAPACITY / 12);
        // unsold, that ore is exactly the expected month's sales plus the target stock: next month it digs nothing
        fx.nextMonth();
        m.step(fx);
        assertThat(m.lastRegistered()).isZero();
        assertThat(m.getConcentrateStock()).isCloseTo(first, within(1e-9));
    }

    /** One month of a mine whose buyers take all its registered ore (or none); returns what it dug. */
    static double month(TestContext fx, Mine m, boolean buyersTakeAll) {
        m.step(fx);
        if (buyersTakeAll) {
            Market reg = fx.markets().concentrate(DEPOSIT, true);
            fx.dealer("smelters", Stage.SMELTING).bid(reg, 10_000, reg.price() * 1.5);
        }
        fx.clear();
        fx.nextMonth();
        return m.lastRegistered();
    }

    @Test
    void planningItsOutputAMineWhoseOreSellsRaisesItsOutputTowardCapacity() {
        TestContext fx = new TestContext(1);
        Mine m = planningMine();
        double previous = 0;
        for (int t = 0; t < 24; t++) {
            double dug = month(fx, m, true);
            assertThat(dug).as("month %d", t).isGreaterThanOrEqualTo(previous - 1e-9).isLessThanOrEqualTo(CAPACITY / 12 + 1e-9);
            previous = dug;
        }
        assertThat(previous).as("after two years of selling out").isCloseTo(CAPACITY / 12, within(1e-6));
    }

    @Test
    void planningItsOutputAMineDigsNothingWhileItHoldsMoreThanItsTarget() {
        TestContext fx = new TestContext(1);
        Mine m = planningMine();
        for (int t = 0; t < 12; t++) month(fx, m, true);   // a year of selling out: sales of about capacity a month
        // the buyers stop: it keeps its expected sales plus the target in store, then stops digging
        double dug = 0;
        for (int t = 0; t < 6; t++) dug += month(fx, m, false);
        assertThat(m.lastRegistered()).isZero();
        assertThat(m.getConcentrateStock()).isCloseTo(dug, within(1e-9)).isLessThanOrEqualTo(CAPACITY / 12 * (1 + targetMonths(fx)) + 1e-9);
    }

    @Test
    void aMineWithItsOwnComfortableStockPlansTowardItNotTheMarkets() {
        double minSales = CAPACITY / 12 * new BehaviourConfig().mine.minSalesShare;
        for (double own : new double[]{0.5, 1, 5}) {
            TestContext fx = new TestContext(1);
            BehaviourConfig.MineBehaviour rules = new BehaviourConfig().mine;
            rules.outputToStockTarget = true;
            rules.comfortableStockMonths = own;
            Mine m = new Mine("mine", group(1), TestContext.deposit(1e6, 1, 1), 1, 1, N, rules);
            m.step(fx);
            assertThat(targetMonths(fx)).isNotEqualTo(own);
            assertThat(m.lastRegistered()).as("own %s months", own).isCloseTo(minSales * (1 + own), within(1e-9));
        }
    }

    @Test
    void aMinesComfortableStockIsTheMarketsUnlessItHasItsOwn() {
        BehaviourConfig.MineBehaviour rules = new BehaviourConfig().mine;
        assertThat(rules.comfortableStockMonths(3)).isEqualTo(3);
        rules.comfortableStockMonths = 1;
        assertThat(rules.comfortableStockMonths(3)).isEqualTo(1);
        reesim.config.ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> reesim.config.ConfigLoader.load(
                reesim.TestModels.BASELINE, java.util.List.of("behaviour.mine.comfortableStockMonths=0"), reesim.config.ModelConfig.class),
                reesim.config.ConfigException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("behaviour.mine.comfortableStockMonths");
            assertThat(p.expected()).contains("-1: market.comfortableStockMonths");
        });
    }

    @Test
    void costRisesAsReservesDepleteAndWithTheResourceTax() {
        TestContext fx = new TestContext(1);
        fx.instruments.resourceTax = 3;
        Mine m = mine(1, 1000, 1);   // reserves 1000 t, cost ~ R0 / R
        assertThat(m.unitCost(fx, 10)).isCloseTo(COST + 3, within(1e-12));
        m.step(fx);
        assertThat(m.getReserves()).isCloseTo(900, within(1e-9));
        assertThat(m.unitCost(fx, 10)).isCloseTo(COST * 1000 / 900 + 3, within(1e-12));
        fx.nextMonth();
        m.step(fx);
        assertThat(m.getUnitCost()).isCloseTo(COST * 1000 / 900 + 3, within(1e-12));
    }

    @Test
    void withCostsInRmbTheCashCostFollowsTheCostIndexAndTheTaxDoesNot() {
        TestContext fx = new TestContext(1);
        fx.instruments.resourceTax = 3;
        Mine m = mine(1, 1000, 1);
        fx.setCostIndex(1.3);
        assertThat(m.unitCost(fx, 10)).isCloseTo(COST * 1.3 + 3, within(1e-12));
        fx.setCostIndex(0.76);
        assertThat(m.unitCost(fx, 10)).isCloseTo(COST * 0.76 + 3, within(1e-12));
    }

    /** The lowest ask a fresh mine posts for its first month's ore, under market.concentratePayable. */
    static double firstAsk(double payable, double ndPrice) {
        reesim.config.MarketConfig mc = TestContext.defaultMarketConfig();
        mc.concentratePayable = payable;
        TestContext fx = new TestContext(1, mc);
        fx.setPrice(fx.markets().concentrate(DEPOSIT, true), 10);
        fx.setDomesticPrice(TestContext.ND, ndPrice);
        mine(1, 1e6, 1).step(fx);
        return TestContext.bestAsk(fx.markets().concentrate(DEPOSIT, true));
    }

    @Test
    void onAPayableBasisItsAskFollowsTheOxidesItsOreCarries() {
        // a first month's 100 t with no sales presses the ask to the full 20 % discount of the fixture
        assertThat(firstAsk(0, 40)).as("around the last clearing price").isCloseTo(0.8 * 10, within(1e-9));
        assertThat(firstAsk(0, 80)).as("whatever the oxides fetch").isCloseTo(0.8 * 10, within(1e-9));
        // ore 0.5 La + 0.4 Nd + 0.1 Dy at 2, 40 (or 80), 200 USD/kg: 37 (53) USD/kg of oxides, of which it asks 30 %
        assertThat(firstAsk(0.3, 40)).isCloseTo(0.8 * 0.3 * 37, within(1e-9));
        assertThat(firstAsk(0.3, 80)).isCloseTo(0.8 * 0.3 * 53, within(1e-9));
        // never below its cost (5 USD/kg)
        assertThat(firstAsk(0.1, 40)).isCloseTo(COST, within(1e-9));
    }
}
