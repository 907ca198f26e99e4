package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.config.StockholderConfig;
import reesim.kernel.TestContext;
import reesim.ledger.Stage;
import reesim.market.Market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.kernel.TestContext.DOMESTIC;
import static reesim.kernel.TestContext.ELEMENTS;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.WORLD;

/**
 * The inventory holders on the fixture: abroad, it holds its cover, buys ahead when the world market turns short, sells
 * into a dear one; with a trend cover it also buys ahead of a climbing price; in China it trades on the domestic market
 * and sells its grey oxide as grey.
 */
class StockholderTest {
    static final double USE = 100;   // t a month of Nd bought by others on the world market

    static StockholderConfig config() {
        StockholderConfig c = new StockholderConfig();
        c.enabled = true;
        c.coverMonths = 2;
        c.shortageCoverMonths = 6;
        c.signalWeight = 0.5;
        c.adjustmentRate = 0.25;
        c.sellAboveTrailing = 1.2;
        return c;
    }

    static Stockholder primed(TestContext fx) { return primed(fx, Stockholder.abroad(config(), ELEMENTS.size())); }

    /** The holder with its normal cover of others' use of Nd, USE t a month. */
    static Stockholder primed(TestContext fx, Stockholder h) {
        double[] use = new double[ELEMENTS.size()];
        use[ND] = USE;
        h.prime(fx.ledger(), use);
        return h;
    }

    /** Others bid USE t of Nd on the world market at the price; sellers offer {@code supplied} t of it; the market clears. */
    static void month(TestContext fx, double supplied) {
        Market w = fx.markets().oxide(ND, true);
        TestContext.Dealer users = fx.dealer("users", Stage.WORLD), sellers = fx.dealer("sellers", Stage.WORLD);
        fx.supply(sellers.account, ND, supplied, true);
        users.bid(w, USE, w.price());
        if (supplied > 0) sellers.ask(w, supplied, w.price(), true);
        fx.clear();
    }

    @Test
    void startsWithItsCoverAndBuysNothingWhileTheMarketIsSupplied() {
        TestContext fx = new TestContext(5);
        Stockholder h = primed(fx);
        assertThat(h.stock(ND)).isCloseTo(2 * USE, within(1e-9));
        month(fx, USE);   // others' demand met in full
        h.step(fx);
        assertThat(h.tightness(ND)).isZero();
        assertThat(TestContext.bidQuantity(fx.markets().oxide(ND, true))).isZero();
        assertThat(TestContext.askQuantity(fx.markets().oxide(ND, true))).isZero();
    }

    @Test
    void buysAheadWhenTheWorldMarketTurnsShort() {
        TestContext fx = new TestContext(5);
        Stockholder h = primed(fx);
        month(fx, USE / 2);   // half of others' demand unfilled
        h.step(fx);
        // shortage signal 0.5 x 0.5; target cover 2 + 6 x 0.25 = 3.5 months: it bids a quarter of the 150 t gap
        assertThat(h.tightness(ND)).isCloseTo(0.25, within(1e-12));
        assertThat(TestContext.bidQuantity(fx.markets().oxide(ND, true))).isCloseTo(0.25 * (3.5 * USE - 2 * USE), within(1e-9));
        // and more urgently than a balanced market would ever make it bid
        assertThat(TestContext.bestBid(fx.markets().oxide(ND, true))).isGreaterThan(WORLD[ND]);
    }

    @Test
    void sellsStockBeyondItsCoverOnlyIntoADearMarket() {
        TestContext fx = new TestContext(5);
        Stockholder h = primed(fx);
        fx.supply(h.account(), ND, 4 * USE, true);   // 6 months of use on hand, cover 2
        month(fx, USE);
        h.step(fx);
        assertThat(TestContext.askQuantity(fx.markets().oxide(ND, true))).as("price at its trailing level: holds").isZero();

        TestContext dear = new TestContext(5);
        Stockholder h2 = primed(dear);
        dear.supply(h2.account(), ND, 4 * USE, true);
        dear.setWorldPrice(ND, 1.5 * WORLD[ND]);   // well above the trailing price
        month(dear, USE);
        h2.step(dear);
        Market w = dear.markets().oxide(ND, true);
        assertThat(w.price()).isGreaterThan(1.2 * w.trailingPrice());
        assertThat(TestContext.askQuantity(w)).isCloseTo(0.25 * (6 * USE - 2 * USE), within(1e-9));
    }

    @Test
    void readsAShortageIntoAnAnnouncedQuotaCutOnceItIsKnown() {
        TestContext fx = new TestContext(5);
        fx.instruments.exportQuotaSchedule.put(2009, 50_000.0);
        fx.instruments.exportQuotaSchedule.put(2010, 30_000.0);
        fx.instruments.exportQuotaSchedule.put(2011, 30_000.0);
        StockholderConfig c = config();
        c.quotaCutWeight = 1;
        c.quotaAnnounceMonths = 3;
        Stockholder h = Stockholder.abroad(c, ELEMENTS.size());
        long sep2009 = (2009 - TestContext.START_YEAR) * 12 + 8, oct2009 = sep2009 + 1;
        assertThat(h.announcedQuotaCut(fx.at(sep2009))).as("2010's quota not yet known, 2009's no cut (2008 none)").isZero();
        assertThat(h.announcedQuotaCut(fx.at(oct2009))).as("2010's 30 kt known from October: 40 % below 2009's").isCloseTo(0.4, within(1e-12));
        assertThat(h.announcedQuotaCut(fx.at(oct2009 + 6))).as("in force through 2010").isCloseTo(0.4, within(1e-12));
        assertThat(h.announcedQuotaCut(fx.at(oct2009 + 12))).as("2011's quota as 2010's: no cut").isZero();
        assertThat(h.announcedQuotaCut(fx.at(oct2009 + 24))).as("2012 without a quota").isZero();

        // with the market supplied in full, the announced cut alone makes it buy ahead
        TestContext market = new TestContext(5).at(oct2009);
        market.instruments.exportQuotaSchedule.putAll(fx.instruments.exportQuotaSchedule);
        Stockholder buyer = primed(market, Stockholder.abroad(c, ELEMENTS.size()));
        month(market, USE);
        buyer.step(market);
        // signal 0.5 (signalWeight) x 0.4; target cover 2 + 6 x 0.2 = 3.2 months: it bids a quarter of the 120 t gap
        assertThat(buyer.tightness(ND)).isCloseTo(0.2, within(1e-12));
        assertThat(TestContext.bidQuantity(market.markets().oxide(ND, true))).isCloseTo(0.25 * (3.2 * USE - 2 * USE), within(1e-9));

        c.quotaCutWeight = 0;   // the rule before it: the same month, no shortage read
        TestContext plain = new TestContext(5).at(oct2009);
        plain.instruments.exportQuotaSchedule.putAll(fx.instruments.exportQuotaSchedule);
        Stockholder reader = primed(plain, Stockholder.abroad(c, ELEMENTS.size()));
        month(plain, USE);
        reader.step(plain);
        assertThat(reader.tightness(ND)).isZero();
    }

    @Test
    void buysAheadOfAClimbingPriceOnlyWithATrendCover() {
        StockholderConfig c = config();
        c.trendCoverMonths = 6;
        TestContext fx = new TestContext(5);
        Stockholder h = primed(fx, Stockholder.abroad(c, ELEMENTS.size()));
        fx.setWorldPrice(ND, 1.5 * WORLD[ND]);   // the price jumps; the trailing price moves a twelfth of the way
        month(fx, USE);                          // others' demand met in full: no shortage
        h.step(fx);
        Market w = fx.markets().oxide(ND, true);
        double excess = w.price() / w.trailingPrice() - 1;
        assertThat(h.tightness(ND)).isZero();
        assertThat(h.trend(ND)).isCloseTo(0.5 * excess, within(1e-12));
        // target cover 2 + 6 x trend months: it bids a quarter of the gap, urgently in proportion to the trend
        assertThat(TestContext.bidQuantity(w)).isCloseTo(0.25 * 6 * 0.5 * excess * USE, within(1e-9));
        assertThat(TestContext.bestBid(w)).isGreaterThan(w.price());

        TestContext plain = new TestContext(5);   // the rule before it: the same month, no bid
        Stockholder p = primed(plain);
        plain.setWorldPrice(ND, 1.5 * WORLD[ND]);
        month(plain, USE);
        p.step(plain);
        assertThat(p.trend(ND)).isZero();
        assertThat(TestContext.bidQuantity(plain.markets().oxide(ND, true))).isZero();
    }

    @Test
    void inChinaTradesOnTheDomesticMarketAndSellsGreyOxideAsGrey() {
        StockholderConfig c = config();
        c.sellAboveTrailing = 0.9;
        TestContext fx = new TestContext(5);
        Stockholder h = primed(fx, Stockholder.inChina(c, ELEMENTS.size()));
        assertThat(h.abroad()).isFalse();
        assertThat(h.account().stage()).isEqualTo(Stage.TRADE);
        fx.supply(h.account(), ND, 2 * USE, false);   // 4 months on hand, half of it grey; cover 2
        Market home = fx.markets().oxide(ND, false);
        TestContext.Dealer users = fx.dealer("users", Stage.INTERMEDIATE), sellers = fx.dealer("sellers", Stage.SMELTING);
        fx.supply(sellers.account, ND, USE, true);
        users.bid(home, USE, home.price());
        sellers.ask(home, USE, home.price(), true);
        fx.clear();
        h.step(fx);
        // at its trailing price, above 0.9 of it: it sells a quarter of the 200 t beyond its cover, half registered, half grey
        assertThat(TestContext.bidQuantity(fx.markets().oxide(ND, true))).isZero();
        assertThat(TestContext.askQuantity(fx.markets().oxide(ND, true))).isZero();
        double registered = home.pendingAsks().stream().filter(reesim.market.Order::registered).mapToDouble(reesim.market.Order::quantity).sum();
        double grey = home.pendingAsks().stream().filter(o -> !o.registered()).mapToDouble(reesim.market.Order::quantity).sum();
        assertThat(registered).isCloseTo(0.25 * 2 * USE / 2, within(1e-9));
        assertThat(grey).isCloseTo(0.25 * 2 * USE / 2, within(1e-9));
        assertThat(TestContext.bestAsk(home)).isGreaterThanOrEqualTo(0.9 * home.trailingPrice()).isLessThanOrEqualTo(DOMESTIC[ND]);
    }
}
