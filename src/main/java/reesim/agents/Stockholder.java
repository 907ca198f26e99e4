package reesim.agents;

import reesim.config.StockholderConfig;
import reesim.kernel.Context;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import reesim.market.Market;

/**
 * Holders of oxide inventory on one market: abroad, users' strategic stocks and the traders who keep them
 * (the Japanese and Western buyers who bought ahead in 2010-2011); in China, traders and users who hoard
 * oxide. They hold a normal cover of some months of the market's use and raise it as the market turns
 * short (bids it cannot fill) and, with {@code trendCoverMonths}, as its price climbs above its trailing
 * level (they expect the climb to go on); beyond their cover, when the price stands above a multiple of
 * its trailing level, they sell. Buying ahead when a shortage looms and releasing into a dear market is
 * what they add to the price. With {@code quotaCutWeight} holders abroad also read a shortage into an
 * announced cut of China's export quota.
 */
public class Stockholder extends Agent {
    private final StockholderConfig cfg;
    /** Abroad (the world market) or in China (the domestic market). */
    private final boolean abroad;
    private final Account stock;
    /** Per element: the smoothed share of last months' demand on its market that found no supply (0-1). */
    private final double[] tightness;
    /** Per element: the smoothed excess of the price over its trailing level (0 while trendCoverMonths is 0). */
    private final double[] trend;
    /** Per element: what this holder bid last month, t (taken out of the market's demand it covers). */
    private final double[] lastBid;

    private Stockholder(String id, StockholderConfig cfg, int elements, boolean abroad) {
        super(id);
        this.cfg = cfg;
        this.abroad = abroad;
        this.stock = new Account(this, abroad ? Stage.WORLD : Stage.TRADE, abroad ? "foreign inventory" : "domestic inventory", elements);
        this.tightness = new double[elements];
        this.trend = new double[elements];
        this.lastBid = new double[elements];
    }

    /** The holders abroad, on the world market. */
    public static Stockholder abroad(StockholderConfig cfg, int elements) { return new Stockholder("foreign-stockholder", cfg, elements, true); }

    /** The holders in China, on the domestic market. */
    public static Stockholder inChina(StockholderConfig cfg, int elements) { return new Stockholder("domestic-stockholder", cfg, elements, false); }

    /** Starts the run holding its normal cover of its market's use, t per month by element. */
    public void prime(ShipmentLedger ledger, double[] monthlyUse) {
        for (int e = 0; e < monthlyUse.length; e++) ledger.openStock(stock, e, cfg.coverMonths * monthlyUse[e], true);
    }

    @Override
    protected void act(Context m) {
        double announcedCut = abroad && cfg.quotaCutWeight > 0 ? announcedQuotaCut(m) : 0;
        for (int e = 0; e < tightness.length; e++) {
            Market w = m.markets().oxide(e, abroad);
            double others = Math.max(0, w.lastDemand() - lastBid[e]);
            double unfilled = w.lastDemand() > 0 ? Math.max(0, 1 - w.lastSupply() / w.lastDemand()) : 0;
            unfilled = Math.max(unfilled, cfg.quotaCutWeight * announcedCut);
            tightness[e] += cfg.signalWeight * (unfilled - tightness[e]);
            double months = cfg.coverMonths + cfg.shortageCoverMonths * tightness[e];
            double urgency = tightness[e];
            if (cfg.trendCoverMonths > 0) {
                trend[e] += cfg.signalWeight * (w.price() / w.trailingPrice() - 1 - trend[e]);
                months += cfg.trendCoverMonths * Math.max(0, trend[e]);
                urgency = Math.max(urgency, trend[e]);
            }
            double gap = others * months - stock.total(e);
            lastBid[e] = 0;
            if (gap > 0) {
                lastBid[e] = gap * cfg.adjustmentRate;
                m.pricing().bid(w, this, stock, lastBid[e], w.price(), urgency, m.marketRules().chokePrice(e, abroad));
            } else {
                double floor = cfg.sellAboveTrailing * w.trailingPrice();
                if (w.price() > floor) sell(m, w, e, -gap * cfg.adjustmentRate, floor);
            }
        }
    }

    /**
     * Offers {@code qty} t of its stock of element e at no less than {@code floor}; in China, its registered and grey oxide
     * in proportion to what it holds of each.
     */
    private void sell(Context m, Market w, int e, double qty, double floor) {
        if (abroad) {
            m.pricing().ask(w, this, stock, qty, true, w.price(), cfg.askPressure, floor);
            return;
        }
        double registeredShare = stock.registered(e) / stock.total(e);
        m.pricing().ask(w, this, stock, qty * registeredShare, true, w.price(), cfg.askPressure, floor);
        m.pricing().ask(w, this, stock, qty * (1 - registeredShare), false, w.price(), cfg.askPressure, floor);
    }

    /**
     * The cut of China's export quota it knows of: the share by which the quota of the latest year announced (next year's
     * from {@code quotaAnnounceMonths} before January, else this year's) falls below the year's before it; 0 when it
     * does not fall, or either year has none.
     */
    double announcedQuotaCut(Context m) {
        long t = m.tick();
        int year = m.calendar().year(t);
        int known = m.calendar().month(t) > 12 - cfg.quotaAnnounceMonths ? year + 1 : year;
        double before = m.instruments().scheduledExportQuota(known - 1), after = m.instruments().scheduledExportQuota(known);
        if (!Double.isFinite(before) || !Double.isFinite(after) || before <= 0) return 0;
        return Math.max(0, 1 - after / before);
    }

    public double stock(int e) { return stock.total(e); }
    public double tightness(int e) { return tightness[e]; }
    public double trend(int e) { return trend[e]; }
    public boolean abroad() { return abroad; }
    public Account account() { return stock; }
    public double getStock() { return stock.total(); }
}
