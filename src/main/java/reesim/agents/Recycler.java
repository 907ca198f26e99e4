package reesim.agents;

import reesim.agents.rules.CapacityInvestment;
import reesim.agents.rules.SalesMemory;
import reesim.config.BehaviourConfig;
import reesim.config.ProductConfig;
import reesim.market.Good;
import reesim.config.RecyclingConfig;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.market.Market;
import reesim.kernel.Context;

/**
 * Collects end-of-life products and production scrap, recovers oxide, and sells it on the domestic
 * market. It collects a product family when the recovered value plus the subsidy pays for
 * collection and processing at current prices, and always the share a collection mandate (EPR)
 * requires. It grows its capacity when it is full and earning, and shrinks it when idle.
 */
public class Recycler extends Agent {
    private final RecyclingConfig cfg;
    private final Account input;
    private final Account output;
    private double capacity;
    private double acceptedThisMonth;
    private double marginThisYear;
    private final double[] recoveredThisTick;
    /** Oxide sales per element. */
    private final SalesMemory sales;
    private final CapacityInvestment investment;
    private final BehaviourConfig.RecyclerBehaviour rules;

    public Recycler(String id, RecyclingConfig cfg, int elements, BehaviourConfig.RecyclerBehaviour rules) {
        super(id);
        this.cfg = cfg;
        this.capacity = cfg.capacity;
        this.input = new Account(this, Stage.RECYCLING, "end-of-life and scrap", elements);
        this.output = new Account(this, Stage.RECYCLING, "oxide", elements);
        this.recoveredThisTick = new double[elements];
        this.rules = rules;
        this.sales = new SalesMemory(elements, rules.salesMemoryWeight);
        this.investment = new CapacityInvestment(CapacityInvestment.Growth.EXCESS, cfg.maxCapacityGrowth, rules.nearFull, rules.growthStep,
                rules.idleBelow, rules.idleKeep, cfg.capacity * rules.minCapacityShare);
    }

    /** Net value of recycling one kg of REO of the given composition, USD, before collection cost. */
    double valuePerKg(Context m, double[] content, double total) {
        if (total <= 0) return 0;
        double v = 0;
        for (int e = 0; e < content.length; e++) v += content[e] / total * m.markets().oxide(e, false).price();
        return (v + m.instruments().recyclingSubsidy()) * cfg.recoveryEfficiency - cfg.processingCost;
    }

    /** Takes what it chooses of an end-of-life stream; subtracts the taken part from {@code eol}. */
    void collect(Context m, InUseStock from, double[] eol) {
        double total = 0;
        for (double q : eol) total += q;
        if (total <= 1e-12) return;
        ProductConfig pc = from.config();
        double margin = valuePerKg(m, eol, total) - pc.collectionCost;
        double mandate = m.instruments().collectionMandate(from.getFamily());
        double share = margin > 0 ? 1 : mandate;
        double room = Math.max(0, capacity / 12 - acceptedThisMonth);
        double take = Math.min(total * share, room);
        if (take <= 0) return;
        double f = take / total;
        for (int e = 0; e < eol.length; e++) {
            double q = eol[e] * f;
            m.ledger().move(from.account(), Stage.IN_USE, input, Stage.RECYCLING, e, q, true);
            eol[e] -= q;
        }
        acceptedThisMonth += take;
        pay(-take * 1000 * Math.max(0, pc.collectionCost));
    }

    /** Production scrap: concentrated and cheap to handle, taken whenever handling pays. */
    void takeScrap(Context m, Account from, int e, double q) {
        m.ledger().move(from, from.stage(), input, Stage.RECYCLING, e, q, true);
        acceptedThisMonth += q;
        pay(-q * 1000 * cfg.scrapHandlingCost);
    }

    @Override
    protected void act(Context m) {
        long t = m.tick();
        if (m.calendar().isJanuary(t) && t > 0) {
            capacity = investment.review(capacity, marginThisYear > 0);
            marginThisYear = 0;
        }
        java.util.Arrays.fill(recoveredThisTick, 0);
        double total = input.total();
        double process = Math.min(total, capacity / 12 * rules.processingSurge);
        if (process > 0) {
            double f = process / total;
            double recovered = 0;
            for (int e = 0; e < recoveredThisTick.length; e++) {
                double in = input.registered(e) * f;
                double out = in * cfg.recoveryEfficiency;
                m.ledger().transform(input, output, e, out, true);
                recoveredThisTick[e] = out;
                recovered += out;
                m.ledger().move(input, Stage.RECYCLING, null, Stage.LANDFILL, e, in - out, true);
            }
            pay(-process * 1000 * cfg.processingCost + recovered * 1000 * m.instruments().recyclingSubsidy());
            m.treasury().paySubsidy(recovered * 1000 * m.instruments().recyclingSubsidy());
            investment.record(process);
            marginThisYear += valuePerKg(m, recoveredThisTick, recovered);
        }
        acceptedThisMonth = 0;
        sell(m);
    }

    private void sell(Context m) {
        sales.roll();
        for (int e = 0; e < output.elements(); e++) {
            double stock = output.registered(e);
            if (stock <= 1e-12) continue;
            Market market = m.markets().oxide(e, false);
            double pressure = m.marketRules().askPressure(sales.stockPressure(e, stock, recoveredThisTick[e] * rules.minSalesShare + 1e-9, m.marketRules().comfortableStockMonths()));
            m.pricing().ask(market, this, output, stock, true, market.price(), pressure, m.marketRules().sellerFloor(e, false));
        }
    }

    @Override
    public void onFill(Market market, boolean bought, double quantity, double price, boolean registered) {
        super.onFill(market, bought, quantity, price, registered);
        if (!bought && market.good() instanceof Good.Oxide ox) sales.add(ox.element(), quantity);
    }

    public double recoveredThisTick(int e) { return recoveredThisTick[e]; }
    public double capacity() { return capacity; }
    public Account outputAccount() { return output; }

    public double getCapacity() { return capacity; }
    public double getInputStock() { return input.total(); }
    public double getOutputStock() { return output.total(); }
}
