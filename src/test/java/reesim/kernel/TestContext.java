package reesim.kernel;

import reesim.config.DepositConfig;
import reesim.config.MarketConfig;
import reesim.config.ScenarioConfig;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import reesim.market.Market;
import reesim.market.MarketRules;
import reesim.market.Markets;
import reesim.market.Pricing;
import reesim.market.Trader;
import sim.engine.SimState;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small {@link Context} for unit tests of one agent: three elements (La, Nd, Dy), one deposit
 * ("ore"), markets at known prices, a ledger, the market rules of a small {@link MarketConfig},
 * instruments the test sets ({@link StubInstruments}), a treasury that records what it is paid
 * ({@link RecordingTreasury}), a clock the test moves ({@link #at}, {@link #nextMonth}) and random
 * streams from a seed. Agents are stepped with {@code agent.step(fixture)}.
 *
 * <p>Everything is built in code, nothing is read from configs/baseline.yaml. Material enters
 * accounts only through {@link ShipmentLedger#move} from a boundary stage ({@link #supply}).
 */
public final class TestContext extends SimState implements Context {
    public static final List<String> ELEMENTS = List.of("La", "Nd", "Dy");
    public static final int LA = 0, ND = 1, DY = 2;
    public static final String DEPOSIT = "ore";
    /** Element shares of the deposit's rare-earth oxide. */
    public static final double[] ORE_SHARES = {0.5, 0.4, 0.1};
    /** Starting domestic (China) oxide prices, USD/kg. */
    public static final double[] DOMESTIC = {2, 40, 200};
    /** Starting world oxide prices, USD/kg. */
    public static final double[] WORLD = {3, 60, 300};
    public static final int START_YEAR = 2000, END_YEAR = 2030;

    public final MarketConfig marketConfig;
    private final Calendar calendar = new Calendar(START_YEAR, END_YEAR);
    private long tick;
    private double costIndex = 1;
    private final RandomStreams streams;
    private final ShipmentLedger ledger;
    private final Markets markets;
    private final MarketRules rules;
    private final Pricing pricing;
    public final StubInstruments instruments = new StubInstruments(ELEMENTS.size());
    public final RecordingTreasury treasury = new RecordingTreasury();
    public final ScenarioConfig scenario = new ScenarioConfig();
    private final Account state;
    /** Places the one-sided orders of {@link #setPrice}; never fills. */
    private final Dealer pricer;

    /** The fixture with the default market config (one tranche, 20 % premium and discount, choke at 5x). */
    public TestContext(long seed) { this(seed, defaultMarketConfig()); }

    public TestContext(long seed, MarketConfig mc) {
        super(seed);
        this.marketConfig = mc;
        int n = ELEMENTS.size();
        double[] dom = new double[n], world = new double[n];
        for (int e = 0; e < n; e++) {
            dom[e] = mc.initialPriceDomestic.get(ELEMENTS.get(e));
            world[e] = mc.initialPriceWorld.get(ELEMENTS.get(e));
        }
        Map<String, double[]> deposits = new LinkedHashMap<>();
        deposits.put(DEPOSIT, ORE_SHARES.clone());
        streams = new RandomStreams(seed);
        ledger = new ShipmentLedger(n);
        markets = new Markets(ELEMENTS, dom, world, deposits);
        rules = new MarketRules(mc, ELEMENTS, markets);
        pricing = new Pricing(mc.tranches, mc.buyerPremiumMax, mc.sellerDiscountMax);
        state = new Account("state", Stage.STATE, "stockpile", n);
        pricer = new Dealer("pricer", Stage.TRADE, n);
    }

    public static MarketConfig defaultMarketConfig() {
        MarketConfig mc = new MarketConfig();
        mc.initialPriceDomestic = priceMap(DOMESTIC);
        mc.initialPriceWorld = priceMap(WORLD);
        mc.buyerPremiumMax = 0.2;
        mc.sellerDiscountMax = 0.2;
        mc.tranches = 1;
        mc.chokePriceMultiple = 5;
        mc.sellerFloorFraction = 0.3;
        mc.sellerTrailingFloor = 0.5;
        mc.comfortableStockMonths = 2;
        mc.priceMemoryYears = 2;
        return mc;
    }

    public static Map<String, Double> priceMap(double[] prices) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int e = 0; e < ELEMENTS.size(); e++) m.put(ELEMENTS.get(e), prices[e]);
        return m;
    }

    /** A deposit config for {@link #DEPOSIT}: the ore shares, the given reserves and visibility, light tax class. */
    public static DepositConfig deposit(double reserves, double detectability, double gradeDeclineExponent) {
        DepositConfig d = new DepositConfig();
        d.distribution = priceMap(ORE_SHARES);
        d.reserves = reserves;
        d.oreGrade = 0.05;
        d.taxClass = "light";
        d.detectability = detectability;
        d.gradeDeclineExponent = gradeDeclineExponent;
        return d;
    }

    // ---- the clock ----

    /** Sets the clock to a tick (months since January of {@link #START_YEAR}). */
    public TestContext at(long t) { tick = t; return this; }

    /** Sets the clock to a month (1-12) of a year. */
    public TestContext at(int year, int month) { return at((long) (year - START_YEAR) * 12 + month - 1); }

    /** Closes the month's flow accounts and moves the clock on by one month. */
    public void nextMonth() {
        ledger.endTick();
        tick++;
    }

    /** Clears every market, as the model's MarketClearing does (a new market year in January). */
    public void clear() { markets.clearAll(ledger, streams.market, calendar.isJanuary(tick)); }

    // ---- helpers ----

    /** Puts qty t of element e into an account from outside (a boundary stage), through the ledger. */
    public void supply(Account to, int e, double qty, boolean registered) {
        ledger.move(null, Stage.DEPOSIT, to, to.stage(), e, qty, registered);
    }

    /**
     * Sets a market's price by clearing it with a single tiny one-sided order at that price (a bid
     * above the price raises it, an ask below lowers it; nothing trades), then clears every market
     * once more with empty books, so that afterwards the markets look as after a month without
     * orders: no last demand or supply anywhere (equal world demand shares), prices as they were
     * except this one. Trailing prices move towards the prices, as in any clearing. Refuses while
     * any order is pending: call it before agents post.
     */
    public void setPrice(Market mk, double price) {
        for (Market x : markets.all()) {
            if (!x.pendingBids().isEmpty() || !x.pendingAsks().isEmpty()) throw new IllegalStateException("orders pending on " + x.name());
        }
        if (price > mk.price()) mk.bid(pricer, pricer.account, 1e-6, price);
        else if (price < mk.price()) mk.ask(pricer, pricer.account, 1e-6, price, true);
        mk.clear(ledger, streams.market);
        markets.clearAll(ledger, streams.market, false);
        if (Math.abs(mk.price() - price) > 1e-12 * price) throw new IllegalStateException("price of " + mk.name() + " not set: " + mk.price());
    }

    /** Sets the cost index agents read ({@link #costIndex}); 1 unless set. */
    public void setCostIndex(double index) { costIndex = index; }

    public void setDomesticPrice(int e, double price) { setPrice(markets.oxide(e, false), price); }
    public void setWorldPrice(int e, double price) { setPrice(markets.oxide(e, true), price); }

    /** Total quantity of the bids posted on a market since its last clearing. */
    public static double bidQuantity(Market mk) {
        return mk.pendingBids().stream().mapToDouble(reesim.market.Order::quantity).sum();
    }

    /** Total quantity of the asks posted on a market since its last clearing. */
    public static double askQuantity(Market mk) {
        return mk.pendingAsks().stream().mapToDouble(reesim.market.Order::quantity).sum();
    }

    /** Highest limit among the bids posted on a market since its last clearing (NaN if none). */
    public static double bestBid(Market mk) {
        return mk.pendingBids().stream().mapToDouble(reesim.market.Order::limit).max().orElse(Double.NaN);
    }

    /** Lowest limit among the asks posted on a market since its last clearing (NaN if none). */
    public static double bestAsk(Market mk) {
        return mk.pendingAsks().stream().mapToDouble(reesim.market.Order::limit).min().orElse(Double.NaN);
    }

    /** The state's account's holding of all elements. */
    public Account state() { return state; }

    // ---- Context ----
    @Override public long tick() { return tick; }
    @Override public Calendar calendar() { return calendar; }
    @Override public RandomStreams streams() { return streams; }
    @Override public ShipmentLedger ledger() { return ledger; }
    @Override public Markets markets() { return markets; }
    @Override public MarketRules marketRules() { return rules; }
    @Override public Pricing pricing() { return pricing; }
    @Override public Instruments instruments() { return instruments; }
    @Override public double costIndex() { return costIndex; }
    @Override public Treasury treasury() { return treasury; }
    @Override public ScenarioConfig scenario() { return scenario; }
    @Override public Account stateAccount() { return state; }

    /**
     * A counterparty the test controls: one account (at a stage of the test's choosing) it sells from
     * and buys into, and a record of its fills.
     */
    public static final class Dealer implements Trader, Serializable {
        public final Account account;
        private final String name;
        public double bought, sold, cash;

        public Dealer(String name, Stage stage, int elements) {
            this.name = name;
            this.account = new Account(this, stage, "dealer", elements);
        }

        @Override
        public void onFill(Market market, boolean b, double quantity, double price, boolean registered) {
            if (b) { bought += quantity; cash -= quantity * 1000 * price; }
            else { sold += quantity; cash += quantity * 1000 * price; }
        }

        public void ask(Market mk, double qty, double limit, boolean registered) { mk.ask(this, account, qty, limit, registered); }
        public void bid(Market mk, double qty, double limit) { mk.bid(this, account, qty, limit); }

        @Override public String toString() { return name; }
    }

    /** A dealer at the given stage. */
    public Dealer dealer(String name, Stage stage) { return new Dealer(name, stage, ELEMENTS.size()); }

    /** Instruments the test sets. Detection follows the regulator's form: 1 - exp(-rate * detectability * (1 - protection) * activity). */
    public static final class StubInstruments implements Instruments, Serializable {
        public double miningQuota = Double.POSITIVE_INFINITY;
        public double exportQuota = Double.POSITIVE_INFINITY;
        /** The export quota the schedule sets by year, t (a year not listed: none). */
        public final java.util.Map<Integer, Double> exportQuotaSchedule = new java.util.HashMap<>();
        public final double[] tariff;
        public double licencePrice;
        /** Flat resource tax, USD per kg REO of concentrate. */
        public double resourceTax;
        /** Detection hazard per unit of detectability and activity. */
        public double detectionRate;
        public double customsSeizure;
        public double fineMine;
        public double fineSmuggling;
        public int shutdownMonths;
        public double smelterDetectability = 0.5;
        public double recyclingSubsidy;
        public double collectionMandate;
        public double mineEffort, customsEffort;
        /** The environmental standard every deposit's legal mines must meet (null: none). */
        public EnvironmentalStandard environmentalStandard;
        /** The last month (1-12) the licences issued so far must last. */
        public int licencePeriodEnd = 12;

        StubInstruments(int elements) { tariff = new double[elements]; }

        @Override public double miningQuota() { return miningQuota; }
        @Override public double exportQuota() { return exportQuota; }
        @Override public double scheduledExportQuota(int year) { return exportQuotaSchedule.getOrDefault(year, Double.POSITIVE_INFINITY); }
        @Override public double exportTariff(int e) { return tariff[e]; }
        @Override public double licencePrice() { return licencePrice; }
        @Override public double resourceTaxPerKg(DepositConfig deposit, double concentratePrice) { return resourceTax; }
        @Override public double detectionProbability(double detectability, double activity, double protection) {
            return 1 - Math.exp(-detectionRate * detectability * (1 - protection) * activity);
        }
        @Override public double customsSeizureProbability() { return customsSeizure; }
        @Override public double fineMine() { return fineMine; }
        @Override public double fineSmuggling() { return fineSmuggling; }
        @Override public int shutdownMonths() { return shutdownMonths; }
        @Override public double smelterDetectability() { return smelterDetectability; }
        @Override public double recyclingSubsidy() { return recyclingSubsidy; }
        @Override public double collectionMandate(String family) { return collectionMandate; }
        @Override public double mineEffort() { return mineEffort; }
        @Override public EnvironmentalStandard environmentalStandard(DepositConfig deposit) { return environmentalStandard; }
        @Override public double customsEffort() { return customsEffort; }
        @Override public int licencePeriodEnd() { return licencePeriodEnd; }
    }

    /** A treasury that records every payment. */
    public static final class RecordingTreasury implements Treasury, Serializable {
        public final List<Double> revenues = new ArrayList<>();
        public final List<Double> subsidies = new ArrayList<>();

        @Override public void collectRevenue(double usd) { revenues.add(usd); }
        @Override public void paySubsidy(double usd) { subsidies.add(usd); }

        public double revenue() { return revenues.stream().mapToDouble(Double::doubleValue).sum(); }
        public double spending() { return subsidies.stream().mapToDouble(Double::doubleValue).sum(); }
    }
}
