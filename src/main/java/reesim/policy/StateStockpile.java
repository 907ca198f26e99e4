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
 * and year. It trades at most {@code maxMonthlyTrade} tonnes of an element a month or, with {@code maxMonthlyShare}
 * above 0, that share of the element's average monthly domestic trade over the same window, so that its weight is
 * the same in a market of 30 t a month (Tb) as in one of 3,000 t (La).
 */
public class StateStockpile implements Steppable, Trader {
    /** Months of prices the average covers. */
    private final int window;
    private final PolicyConfig.Stockpile cfg;
    private final String label;
    private final Account account;
    private final double[][] history;
    /** Per element, the domestic market's traded volume of the months in {@link #history}, t. */
    private final double[][] volumes;
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
        this.volumes = new double[n][window];
        this.trades = new boolean[n];
        for (int e = 0; e < n; e++) trades[e] = cfg.elements == null || cfg.elements.isEmpty() || cfg.elements.contains(elements.get(e));
    }

    @Override
    public void step(SimState state) {
        Context m = (Context) state;
        long t = m.tick();
        int slot = (int) (t % window);
        for (int e = 0; e < history.length; e++) {
            history[e][slot] = m.markets().oxide(e, false).price();
            volumes[e][slot] = m.markets().oxide(e, false).lastVolume();
        }
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
                dom.bid(this, account, maxTrade(e), cfg.floorFactor * avg);
            } else if (dom.price() > cfg.ceilingFactor * avg && account.total(e) > 0) {
                // confiscated goods are released with papers
                m.ledger().reclassify(account, e, account.grey(e), true);
                dom.ask(this, account, Math.min(maxTrade(e), account.registered(e)), cfg.ceilingFactor * avg, true);
            }
        }
    }

    /** The most of element e it buys or sells this month, t. */
    double maxTrade(int e) {
        if (cfg.maxMonthlyShare <= 0) return cfg.maxMonthlyTrade;
        double volume = 0;
        for (int k = 0; k < filled; k++) volume += volumes[e][k];
        return cfg.maxMonthlyShare * volume / filled;
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
