package reesim.agents;

import reesim.agents.rules.CapacityInvestment;
import reesim.config.WorldConfig;
import reesim.kernel.Context;
import reesim.kernel.Schedules;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.market.Market;

/**
 * The separation plants outside China (seed 001 s3.3, seed 003: Malaysia and elsewhere), as one agent. Foreign mines
 * that ship their ore here ({@code concentrateMarket: abroad}) are paid its netback: the oxides it yields at world
 * prices less the cost of separating it. The plants separate what their capacity allows each month, lose the rest to
 * tailings, and sell the oxide on the world markets, so that ore can reach foreign users without passing through
 * China. Feed beyond their capacity waits, and the mines stop shipping while it is more than some months' worth.
 * Their capacity is the schedule's (plants built by programmes) plus what they invested in themselves: after a year
 * run nearly full that paid, they add capacity as China's plants do ({@link CapacityInvestment}), up to
 * {@code maxCapacityGrowth} a year (0: the schedule only).
 */
public class ForeignSeparator extends Agent {
    private final WorldConfig.Separation cfg;
    private final Account feed;
    private final Account oxide;
    private double lastSeparated;
    private final CapacityInvestment investment;
    /** Capacity added by their own investment, beyond the schedule, t REO a year. */
    private double invested;

    public ForeignSeparator(WorldConfig.Separation cfg, int elements) {
        super("separation-abroad");
        this.cfg = cfg;
        feed = new Account(this, Stage.WORLD, "concentrate for separation abroad", elements);
        oxide = new Account(this, Stage.WORLD, "oxide separated abroad", elements);
        investment = CapacityInvestment.growing(CapacityInvestment.Growth.SCALED, cfg.maxCapacityGrowth, cfg.nearFull, 0);
    }

    /** Input capacity this month, t REO. */
    public double monthlyCapacity(Context m) {
        return annualCapacity(m.calendar().year(m.tick())) / 12;
    }

    private double annualCapacity(int year) { return Schedules.at(cfg.capacity, year, 0) + invested; }

    /** What the plants pay for one kg REO of ore of these element shares: its oxides at world prices, recovered, less processing (USD/kg). */
    public double netback(Context m, double[] shares) {
        double v = 0;
        for (int e = 0; e < shares.length; e++) v += shares[e] * m.markets().oxide(e, true).price();
        return v * cfg.recovery - cfg.processingCost;
    }

    /** Unseparated feed in months of this month's capacity (infinite without capacity). */
    public double feedMonths(Context m) {
        double cap = monthlyCapacity(m);
        return feed.total() <= 1e-12 ? 0 : cap > 0 ? feed.total() / cap : Double.POSITIVE_INFINITY;
    }

    /** Whether mines that ship here should stop: more feed waiting than {@code idleFeedMonths} of capacity. */
    public boolean feedBacklogged(Context m) { return feedMonths(m) > cfg.idleFeedMonths; }

    /** Buys {@code qty} t REO of ore (already shipped into its feed) from a mine at {@code price} USD/kg. */
    public void payFor(Agent seller, double qty, double price) {
        double usd = qty * 1000 * Math.max(0, price);
        pay(-usd);
        seller.pay(usd);
    }

    @Override
    protected void act(Context m) {
        long t = m.tick();
        if (cfg.maxCapacityGrowth > 0 && m.calendar().isJanuary(t) && t > 0) invest(m.calendar().year(t - 1));
        lastSeparated = 0;
        double stock = feed.total(), q = Math.min(stock, monthlyCapacity(m));
        if (q > 1e-12) {
            double f = q / stock;
            for (int e = 0; e < feed.elements(); e++) {
                double take = feed.registered(e) * f, recovered = take * cfg.recovery;
                m.ledger().transform(feed, oxide, e, recovered, true);
                m.ledger().move(feed, Stage.WORLD, null, Stage.TAILINGS, e, take - recovered, true);
            }
            pay(-q * 1000 * cfg.processingCost);
            lastSeparated = q;
            investment.record(q);
        }
        for (int e = 0; e < oxide.elements(); e++) {
            Market w = m.markets().oxide(e, true);
            m.pricing().ask(w, this, oxide, oxide.registered(e), true, w.price(), cfg.askPressure, m.marketRules().sellerFloor(e, true));
        }
    }

    /** Each January: last year's use of last year's capacity and whether the year paid decide the growth. */
    private void invest(int lastYear) {
        double capacity = annualCapacity(lastYear);
        invested += investment.review(capacity, investment.cashRose(cash)) - capacity;
    }

    public Account feed() { return feed; }
    /** Capacity added by their own investment, t REO a year. */
    public double getInvestedCapacity() { return invested; }
    public Account oxide() { return oxide; }
    public double getLastSeparated() { return lastSeparated; }
    public double getFeedStock() { return feed.total(); }
    public double getOxideStock() { return oxide.total(); }
}
