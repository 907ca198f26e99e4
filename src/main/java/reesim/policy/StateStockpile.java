package reesim.policy;

import reesim.config.PolicyConfig;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.market.Market;
import reesim.market.Trader;
import reesim.kernel.Context;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A state holder of oxide: the state reserve, which also takes in confiscated material, or the regional storage
 * centres for surplus elements (seed 000 s3). When enabled, it buys one of its elements when the domestic price
 * falls below a floor share of its average over the last {@code averageMonths} (three years in the baseline) and
 * sells when it rises above a ceiling multiple of it; keeping the stock costs the state {@code storageCost} a tonne
 * and year.
 */
public class StateStockpile implements Steppable, Trader {
    /** Months of prices the average covers. */
    private final int window;
    private final PolicyConfig.Stockpile cfg;
    private final String label;
    private final Account account;
    private final double[][] history;
    /** Per element: whether this holder trades it. */
    private final boolean[] trades;
    private int filled;
    private double cash, storagePaid;

    public StateStockpile(PolicyConfig.Stockpile cfg, java.util.List<String> elements, String label) {
        this.cfg = cfg;
        this.label = label;
        int n = elements.size();
        this.account = new Account(this, Stage.STATE, label, n);
        this.window = cfg.averageMonths;
        this.history = new double[n][window];
        this.trades = new boolean[n];
        for (int e = 0; e < n; e++) trades[e] = cfg.elements == null || cfg.elements.isEmpty() || cfg.elements.contains(elements.get(e));
    }

    @Override
    public void step(SimState state) {
        Context m = (Context) state;
        long t = m.tick();
        int slot = (int) (t % window);
        for (int e = 0; e < history.length; e++) history[e][slot] = m.markets().oxide(e, false).price();
        filled = Math.min(window, filled + 1);
        if (cfg.storageCost > 0) {
            double cost = account.total() * cfg.storageCost / 12;
            cash -= cost;
            storagePaid += cost;
        }
        if (!cfg.enabled || m.calendar().year(t) < cfg.fromYear || filled < 12) return;
        for (int e = 0; e < history.length; e++) {
            if (!trades[e]) continue;
            double avg = 0;
            for (int k = 0; k < filled; k++) avg += history[e][k];
            avg /= filled;
            Market dom = m.markets().oxide(e, false);
            if (dom.price() < cfg.floorFactor * avg) {
                dom.bid(this, account, cfg.maxMonthlyTrade, cfg.floorFactor * avg);
            } else if (dom.price() > cfg.ceilingFactor * avg && account.total(e) > 0) {
                // confiscated goods are released with papers
                m.ledger().reclassify(account, e, account.grey(e), true);
                dom.ask(this, account, Math.min(cfg.maxMonthlyTrade, account.registered(e)), cfg.ceilingFactor * avg, true);
            }
        }
    }

    @Override
    public void onFill(Market market, boolean bought, double quantity, double price, boolean registered) {
        double usd = quantity * 1000 * price;
        cash += bought ? -usd : usd;
    }

    /** Net cash of the holder's trading and storage so far, USD (negative: the state has spent on stock). */
    public double cash() { return cash; }

    /** What keeping the stock has cost so far, USD. */
    public double storagePaid() { return storagePaid; }

    @Override
    public String toString() { return label; }

    public Account account() { return account; }
    public double stock(int e) { return account.total(e); }
}
