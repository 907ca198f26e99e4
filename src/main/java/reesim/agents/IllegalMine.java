package reesim.agents;

import ec.util.MersenneTwisterFast;
import reesim.config.BehaviourConfig;
import reesim.config.DepositConfig;
import reesim.config.IllegalMiningConfig;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.market.Market;
import reesim.kernel.Context;

/**
 * A potential illegal mining site. Dormant, its operator reconsiders now and then and opens when
 * the expected monthly profit (grey price x output - cost - detection probability x losses) pays
 * back the set-up cost; active, it digs at capacity and sells on the grey concentrate market, and
 * leaves after several loss-making months. Inspections shut it and seize its stock.
 */
public class IllegalMine extends Agent {
    private final String deposit;
    private final DepositConfig depositCfg;
    private final IllegalMiningConfig cfg;
    private final IllegalMiningConfig.SiteGroup site;
    private final BehaviourConfig.IllegalMineBehaviour rules;
    private final Account concentrate;
    private boolean active;
    private long dormantUntil;
    private int lossMonths;
    private double lastOutput, lastExpectedProfit;
    private int entries, detections;

    public IllegalMine(String id, String deposit, DepositConfig d, IllegalMiningConfig cfg, IllegalMiningConfig.SiteGroup site, int elements,
                       BehaviourConfig.IllegalMineBehaviour rules) {
        super(id);
        this.deposit = deposit;
        this.depositCfg = d;
        this.cfg = cfg;
        this.site = site;
        this.rules = rules;
        this.concentrate = new Account(this, Stage.MINING, "concentrate", elements);
    }

    @Override
    protected void act(Context m) {
        long t = m.tick();
        Market grey = m.markets().concentrate(deposit, false);
        double monthly = site.capacity / 12;
        // the unregistered stock, read once until the mine digs (paying costs does not change it)
        double stock = concentrate.poolTotal(false);
        lastExpectedProfit = expectedMonthlyProfit(m, grey.price(), monthly, stock);
        lastOutput = 0;
        if (!active) {
            MersenneTwisterFast r = m.streams().illegalEntry;
            if (t >= dormantUntil && r.nextDouble() < cfg.reconsiderRate
                    && lastExpectedProfit * cfg.paybackMonths > setupCost(m)) {
                active = true;
                entries++;
                lossMonths = 0;
                pay(-setupCost(m));
            }
        }
        if (active) {
            // it digs at capacity, but stops while stockMonths of output lie unsold: without buyers the
            // stock would only grow, and a seized stock is part of what it stands to lose
            double q = stock > rules.stockMonths * monthly ? 0 : monthly;
            if (q > 0) {
                double[] shares = m.markets().concentrateShares(deposit);
                for (int e = 0; e < shares.length; e++) m.ledger().move(null, Stage.DEPOSIT, concentrate, Stage.MINING, e, q * shares[e], false);
                pay(-q * 1000 * unitCost(m));
                lastOutput = q;
                stock = concentrate.poolTotal(false);
            }
            lossMonths = lastExpectedProfit < 0 ? lossMonths + 1 : 0;
            if (lossMonths >= cfg.exitAfterLossMonths) {
                active = false;
                dormantUntil = t + 1;
            }
        }
        m.pricing().ask(grey, this, concentrate, stock, false, grey.price(), rules.askPressureBase + (1 - rules.askPressureBase) * Math.min(1, stock / Math.max(monthly, 1e-9) / rules.stockMonths), unitCost(m));
    }

    /** Its cash cost this year, USD/kg REO. */
    private double unitCost(Context m) { return site.unitCost * m.costIndex(); }

    /** What opening the site costs this year, USD. */
    private double setupCost(Context m) { return site.setupCost * m.costIndex(); }

    double expectedMonthlyProfit(Context m, double greyPrice, double monthly) {
        return expectedMonthlyProfit(m, greyPrice, monthly, concentrate.poolTotal(false));
    }

    private double expectedMonthlyProfit(Context m, double greyPrice, double monthly, double stock) {
        double pDetect = m.instruments().detectionProbability(depositCfg.detectability, 1, site.protection);
        double revenue = greyPrice * 1000 * monthly;
        double cost = unitCost(m) * 1000 * monthly;
        double loss = m.instruments().fineMine() * 1000 * monthly + setupCost(m) + stock * 1000 * greyPrice;
        return revenue - cost - pDetect * loss;
    }

    /** Detected: shut, fined; the stock is confiscated by the caller. */
    public void shutDown(Context m, double fineUsd, long dormantUntilTick) {
        pay(-fineUsd);
        active = false;
        detections++;
        dormantUntil = dormantUntilTick;
    }

    public Account concentrateAccount() { return concentrate; }
    public DepositConfig depositConfig() { return depositCfg; }
    public double protection() { return site.protection; }
    public boolean isActive() { return active; }
    public double lastOutput() { return lastOutput; }

    public String getDeposit() { return deposit; }
    public boolean getActive() { return active; }
    public double getCapacity() { return site.capacity; }
    public double getExpectedMonthlyProfit() { return lastExpectedProfit; }
    public double getLastOutput() { return lastOutput; }
    public double getStock() { return concentrate.total(); }
    public int getEntries() { return entries; }
    public int getDetections() { return detections; }
}
