package reesim.agents;

import reesim.config.BehaviourConfig;
import org.junit.jupiter.api.Test;
import reesim.config.TradeConfig;
import reesim.kernel.TestContext;
import reesim.kernel.TestContext.Dealer;
import reesim.ledger.Stage;
import reesim.market.Market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.kernel.TestContext.DOMESTIC;
import static reesim.kernel.TestContext.DY;
import static reesim.kernel.TestContext.LA;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.WORLD;
import static reesim.kernel.TestContext.bidQuantity;

/** Smuggler on the small fixture: smuggles when the gap pays for the risk-weighted expected seizure and fine. */
class SmugglerTest {
    static final int N = TestContext.ELEMENTS.size();
    static final double FINE = 10;
    /** World prices: La raised to 8 so that each element has its own break-even seizure probability. */
    static final double[] WORLD_PRICES = {8, WORLD[ND], WORLD[DY]};

    static TradeConfig trade() { return ExportTraderTest.trade(); }

    /** Seizure probability above which smuggling element e no longer pays: gap = riskAversion * p * (domestic price + fine). */
    static double breakEven(TradeConfig c, int e) {
        double gap = WORLD_PRICES[e] - c.transportCost - c.smugglingCost - DOMESTIC[e];
        return gap / (c.smugglerRiskAversion * (DOMESTIC[e] + FINE));
    }

    private static TestContext fixture(double pSeize) {
        TestContext fx = new TestContext(7);
        fx.setWorldPrice(LA, WORLD_PRICES[LA]);
        fx.instruments.customsSeizure = pSeize;
        fx.instruments.fineSmuggling = FINE;
        return fx;
    }

    @Test
    void breakEvenProbabilitiesOfTheFixture() {
        TradeConfig c = trade();
        // La: (8 - 3 - 2) / (2 * 12); Nd: 17 / (2 * 50); Dy: 97 / (2 * 210)
        assertThat(breakEven(c, LA)).isCloseTo(0.125, within(1e-12));
        assertThat(breakEven(c, ND)).isCloseTo(0.17, within(1e-12));
        assertThat(breakEven(c, DY)).isCloseTo(97.0 / 420, within(1e-12));
    }

    @Test
    void smugglesLessAsTheSeizureProbabilityRises() {
        TradeConfig c = trade();
        double[] ps = {0, 0.1, 0.15, 0.2, 0.25};
        double previous = Double.POSITIVE_INFINITY;
        for (double p : ps) {
            TestContext fx = fixture(p);
            new Smuggler("s", c, N, new BehaviourConfig().smuggler).step(fx);
            double total = 0;
            int paying = 0;
            for (int e = 0; e < N; e++) {
                double q = bidQuantity(fx.markets().oxide(e, false));
                boolean pays = p < breakEven(c, e);
                if (pays) paying++;
                assertThat(q).as("element %d at p=%s", e, p).isCloseTo(pays ? c.smugglerCapacity / 12 / N : 0, within(1e-9));
                total += q;
            }
            assertThat(total).as("at p=%s", p).isCloseTo(paying * c.smugglerCapacity / 12 / N, within(1e-9))
                    .isLessThanOrEqualTo(previous);
            previous = total;
        }
        assertThat(previous).as("at p=0.25 nothing pays").isZero();
    }

    @Test
    void theMostItPaysFallsWithTheExpectedSeizureLoss() {
        TradeConfig c = trade();
        // Dy: the bid is capped by world - freight - smuggling cost - expected loss once that is under the urgency limit 200 * 1.1
        double lax = TestContext.bestBid(bid(c, 0).markets().oxide(DY, false));
        double strict = TestContext.bestBid(bid(c, 0.2).markets().oxide(DY, false));
        assertThat(lax).isCloseTo(DOMESTIC[DY] * 1.1, within(1e-9));
        assertThat(strict).isCloseTo(WORLD[DY] - 3 - c.smugglerRiskAversion * 0.2 * (DOMESTIC[DY] + FINE), within(1e-9)).isLessThan(lax);
    }

    private static TestContext bid(TradeConfig c, double p) {
        TestContext fx = fixture(p);
        new Smuggler("s", c, N, new BehaviourConfig().smuggler).step(fx);
        return fx;
    }

    /** Month 0 without customs: the smuggler buys registered oxide at home; returns what it bought per element. */
    private static double[] buyAtHome(TestContext fx, Smuggler s) {
        Dealer home = fx.dealer("smelters", Stage.SMELTING);
        for (int e = 0; e < N; e++) fx.supply(home.account, e, 10_000, true);
        s.step(fx);
        for (int e = 0; e < N; e++) home.ask(fx.markets().oxide(e, false), 10_000, DOMESTIC[e], true);
        fx.clear();
        fx.nextMonth();
        double[] bought = new double[N];
        for (int e = 0; e < N; e++) bought[e] = 10_000 - home.account.total(e);
        return bought;
    }

    @Test
    void seizedGoodsGoToTheStateAndTheFineToTheTreasury() {
        TradeConfig c = trade();
        TestContext fx = fixture(0);
        Smuggler s = new Smuggler("s", c, N, new BehaviourConfig().smuggler);
        double[] bought = buyAtHome(fx, s);
        double total = 0;
        for (double b : bought) total += b;
        assertThat(total).isCloseTo(c.smugglerCapacity / 12, within(1e-9));
        assertThat(s.getStockAtHome()).isCloseTo(total, within(1e-9));
        double cash = s.getCash();

        fx.instruments.customsSeizure = 1;   // every consignment is caught
        s.step(fx);
        for (int e = 0; e < N; e++) {
            assertThat(fx.state().total(e)).isCloseTo(bought[e], within(1e-9));
            assertThat(s.seized(e)).isCloseTo(bought[e], within(1e-9));
            assertThat(fx.ledger().tickFlow(Stage.TRADE, Stage.STATE, false, e)).isCloseTo(bought[e], within(1e-9));
            assertThat(fx.ledger().tickFlow(Stage.TRADE, Stage.WORLD, false, e)).isZero();
        }
        // it left without papers: the state holds it in its unregistered pool
        assertThat(fx.state().poolTotal(false)).isCloseTo(total, within(1e-9));
        assertThat(fx.state().poolTotal(true)).isZero();
        assertThat(s.getLastSeized()).isCloseTo(total, within(1e-9));
        assertThat(s.getLastSmuggled()).isZero();
        assertThat(s.getStockAtHome()).isZero();
        assertThat(fx.treasury.revenue()).isCloseTo(total * 1000 * FINE, within(1e-6));
        assertThat(s.getCash()).isCloseTo(cash - total * 1000 * FINE, within(1e-6));
    }

    @Test
    void unseizedGoodsLeaveUnregistered() {
        TestContext fx = fixture(0);
        Smuggler s = new Smuggler("s", trade(), N, new BehaviourConfig().smuggler);
        double[] bought = buyAtHome(fx, s);
        s.step(fx);
        double total = 0;
        for (int e = 0; e < N; e++) {
            assertThat(fx.ledger().tickFlow(Stage.TRADE, Stage.WORLD, false, e)).isCloseTo(bought[e], within(1e-9));
            assertThat(fx.ledger().tickFlow(Stage.TRADE, Stage.WORLD, true, e)).isZero();
            total += bought[e];
        }
        assertThat(s.getLastSmuggled()).isCloseTo(total, within(1e-9));
        assertThat(fx.state().total()).isZero();
        assertThat(fx.treasury.revenues).isEmpty();
    }

    /**
     * Share of its Dy consignments customs seized from a smuggler over {@code months} months at seizure probability
     * {@code p}, with a world price that makes the gap pay; asserts that every month after the first crossed.
     */
    private static double seizedShare(TradeConfig c, double p, double worldDy, int months) {
        TestContext fx = fixture(p);
        Smuggler s = new Smuggler("s", c, N, new BehaviourConfig().smuggler);
        Dealer home = fx.dealer("smelters", Stage.SMELTING);
        fx.supply(home.account, DY, 1e6, true);
        int crossings = 0;
        for (int t = 0; t < months; t++) {
            fx.setWorldPrice(DY, worldDy);
            fx.setDomesticPrice(DY, DOMESTIC[DY]);
            if (s.getStockAtHome() > 0) crossings++;
            s.step(fx);
            home.ask(fx.markets().oxide(DY, false), 1000, DOMESTIC[DY], true);
            fx.clear();
            fx.nextMonth();
        }
        assertThat(crossings).isEqualTo(months - 1);
        assertThat(fx.state().total(DY)).isPositive();
        return (double) s.getSeizures() / crossings;
    }

    @Test
    void theShareOfConsignmentsSeizedFollowsTheSeizureProbability() {
        double p = 0.3;
        // a gap wide enough to pay at p = 0.3; binomial(399, 0.3): standard deviation 0.023
        assertThat(seizedShare(trade(), p, 1000, 400)).isBetween(p - 0.08, p + 0.08);
    }

    /** Seizure probability rising with the lot (trade.seizureRiseAtCapacity = k): p x (1 + k lot / full lot). */
    private static TradeConfig risingRisk(double k) {
        TradeConfig c = trade();
        c.seizureRiseAtCapacity = k;
        return c;
    }

    @Test
    void withRisingRiskTheLotIsWhereTheMarginMeetsTheMarginalExpectedLoss() {
        double full = trade().smugglerCapacity / 12 / N;
        // Nd breaks even at p = 0.17: at p = 0.05 the margin is 3.4 small-lot losses, so the lot is (3.4 - 1) / (2 k) of a full one
        for (double k : new double[] {1.5, 2, 4}) {
            double q = bidQuantity(bid(risingRisk(k), 0.05).markets().oxide(ND, false));
            assertThat(q).as("k=%s", k).isCloseTo(Math.min(1, 2.4 / (2 * k)) * full, within(1e-9));
        }
        // that lot maximises the expected profit margin x q - loss x q x (1 + k q / full)
        TradeConfig c = risingRisk(2);
        double gap = WORLD_PRICES[ND] - c.transportCost - c.smugglingCost - DOMESTIC[ND];
        double loss = c.smugglerRiskAversion * 0.05 * (DOMESTIC[ND] + FINE);
        double best = bidQuantity(bid(c, 0.05).markets().oxide(ND, false));
        java.util.function.DoubleUnaryOperator profit = q -> gap * q - loss * q * (1 + 2 * q / full);
        for (double d : new double[] {-0.1, -0.01, 0.01, 0.1})
            assertThat(profit.applyAsDouble(best)).isGreaterThan(profit.applyAsDouble(best + d * full));
    }

    @Test
    void withRisingRiskSmugglingShrinksSmoothlyAsEnforcementRises() {
        TradeConfig c = risingRisk(2);
        double full = c.smugglerCapacity / 12 / N, previous = Double.POSITIVE_INFINITY;
        for (double p : new double[] {0.02, 0.05, 0.08, 0.12, 0.16}) {
            double q = bidQuantity(bid(c, p).markets().oxide(ND, false));
            assertThat(q).as("p=%s", p).isLessThan(previous).isPositive().isLessThanOrEqualTo(full);
            previous = q;
        }
        // without the rise the same smuggler moves its whole share at every one of those probabilities
        for (double p : new double[] {0.02, 0.16})
            assertThat(bidQuantity(bid(trade(), p).markets().oxide(ND, false))).isCloseTo(full, within(1e-9));
        // and nothing once the gap no longer pays even a small lot
        assertThat(bidQuantity(bid(c, 0.18).markets().oxide(ND, false))).isZero();
    }

    @Test
    void withRisingRiskTheMostItPaysAllowsForTheRiskOfItsLot() {
        TradeConfig c = risingRisk(1);
        double full = c.smugglerCapacity / 12 / N;
        TestContext fx = bid(c, 0.2);
        double q = bidQuantity(fx.markets().oxide(DY, false));
        double loss = c.smugglerRiskAversion * 0.2 * (DOMESTIC[DY] + FINE);
        assertThat(TestContext.bestBid(fx.markets().oxide(DY, false)))
                .isCloseTo(WORLD[DY] - 3 - loss * (1 + q / full), within(1e-9));
    }

    @Test
    void aFullLotIsSeizedMoreOftenThanTheSmallLotProbability() {
        TradeConfig c = risingRisk(2);
        c.smugglerCapacity = 12;   // full Dy lot 1/N t; the smuggler buys it whole (the gap pays far beyond the risk)
        // a full lot: 0.1 x (1 + 2) = 0.3; binomial(599, 0.3) standard deviation 0.019, while 0.1 is 10 of them away
        assertThat(seizedShare(c, 0.1, 100_000, 600)).isBetween(0.3 - 0.07, 0.3 + 0.07);
    }
}
