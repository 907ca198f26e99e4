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
 * The state reserve (seed 000's storage centres). It holds confiscated material and, when enabled,
 * buys an element when its domestic price falls below a floor share of its average over the last
 * {@code averageMonths} (three years in the baseline) and
 * sells when it rises above a ceiling multiple of it.
 */
public class StateStockpile implements Steppable, Trader {
    /** Months of prices the average covers. */
    private final int window;
    private final PolicyConfig.Stockpile cfg;
    private final Account account;
    private final double[][] history;
    private int filled;
    private double cash;

    public StateStockpile(PolicyConfig.Stockpile cfg, int elements) {
        this.cfg = cfg;
        this.account = new Account(this, Stage.STATE, "state reserve", elements);
        this.window = cfg.averageMonths;
        this.history = new double[elements][window];
    }

    @Override
    public void step(SimState state) {
        Context m = (Context) state;
        long t = m.tick();
        int slot = (int) (t % window);
        for (int e = 0; e < history.length; e++) history[e][slot] = m.markets().oxide(e, false).price();
        filled = Math.min(window, filled + 1);
        if (!cfg.enabled || m.calendar().year(t) < cfg.fromYear || filled < 12) return;
        for (int e = 0; e < history.length; e++) {
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

    /** Net cash of the reserve's trading so far, USD (negative: the state has spent on stock). */
    public double cash() { return cash; }

    public Account account() { return account; }
    public double stock(int e) { return account.total(e); }
}
