package reesim.agents;

import reesim.config.WorldConfig;
import reesim.kernel.Context;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import reesim.market.Market;

/**
 * Foreign holders of oxide inventory: users' strategic stocks and the traders who keep them (the
 * Japanese and Western buyers who bought ahead in 2010-2011). They hold a normal cover of some
 * months of the world's use and raise it as the world market turns short (bids it cannot fill);
 * beyond their cover, when the price stands well above its trailing level, they sell. Buying ahead
 * when a shortage looms and releasing into a dear market is what they add to the world price. With
 * {@code quotaCutWeight} they also read a shortage into an announced cut of China's export quota.
 */
public class ForeignStockholder extends Agent {
    private final WorldConfig.Stockholder cfg;
    private final Account stock;
    /** Per element: the smoothed share of last months' world demand that found no supply (0-1). */
    private final double[] tightness;
    /** Per element: what this holder bid last month, t (taken out of the world's demand it covers). */
    private final double[] lastBid;

    public ForeignStockholder(WorldConfig.Stockholder cfg, int elements) {
        super("foreign-stockholder");
        this.cfg = cfg;
        this.stock = new Account(this, Stage.WORLD, "foreign inventory", elements);
        this.tightness = new double[elements];
        this.lastBid = new double[elements];
    }

    /** Starts the run holding its normal cover of the world's use, t per month by element. */
    public void prime(ShipmentLedger ledger, double[] monthlyUse) {
        for (int e = 0; e < monthlyUse.length; e++) ledger.openStock(stock, e, cfg.coverMonths * monthlyUse[e], true);
    }

    @Override
    protected void act(Context m) {
        double announcedCut = cfg.quotaCutWeight > 0 ? announcedQuotaCut(m) : 0;
        for (int e = 0; e < tightness.length; e++) {
            Market w = m.markets().oxide(e, true);
            double others = Math.max(0, w.lastDemand() - lastBid[e]);
            double unfilled = w.lastDemand() > 0 ? Math.max(0, 1 - w.lastSupply() / w.lastDemand()) : 0;
            unfilled = Math.max(unfilled, cfg.quotaCutWeight * announcedCut);
            tightness[e] += cfg.signalWeight * (unfilled - tightness[e]);
            double target = others * (cfg.coverMonths + cfg.shortageCoverMonths * tightness[e]);
            double gap = target - stock.total(e);
            lastBid[e] = 0;
            if (gap > 0) {
                lastBid[e] = gap * cfg.adjustmentRate;
                m.pricing().bid(w, this, stock, lastBid[e], w.price(), tightness[e], m.marketRules().chokePrice(e, true));
            } else if (w.price() > cfg.sellAboveTrailing * w.trailingPrice()) {
                m.pricing().ask(w, this, stock, -gap * cfg.adjustmentRate, true, w.price(), cfg.askPressure, cfg.sellAboveTrailing * w.trailingPrice());
            }
        }
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
    public Account account() { return stock; }
    public double getStock() { return stock.total(); }
}
