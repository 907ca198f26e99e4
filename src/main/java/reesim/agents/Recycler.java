package reesim.agents;

import reesim.config.ProductConfig;
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
    private double processedThisYear;
    private double marginThisYear;
    private final double[] recoveredThisTick;
    private final OxideSales sales;

    public Recycler(String id, RecyclingConfig cfg, int elements) {
        super(id);
        this.cfg = cfg;
        this.capacity = cfg.capacity;
        this.input = new Account(this, Stage.RECYCLING, "end-of-life and scrap", elements);
        this.output = new Account(this, Stage.RECYCLING, "oxide", elements);
        this.recoveredThisTick = new double[elements];
        this.sales = new OxideSales(elements);
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
        double mandate = m.instruments().collectionMandate();
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
        if (m.calendar().isJanuary(t) && t > 0) invest();
        java.util.Arrays.fill(recoveredThisTick, 0);
        double total = input.total();
        double process = Math.min(total, capacity / 12 * 1.5);
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
            processedThisYear += process;
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
            double pressure = sales.stockPressure(e, stock, recoveredThisTick[e] * 0.1 + 1e-9, m.marketRules().comfortableStockMonths()) - 0.5;
            m.pricing().ask(market, this, output, stock, true, market.price(), pressure, m.marketRules().sellerFloor(e, false));
        }
    }

    private void invest() {
        double utilisation = processedThisYear / Math.max(1e-9, capacity);
        if (utilisation > 0.85 && marginThisYear > 0) capacity *= 1 + Math.min(cfg.maxCapacityGrowth, utilisation - 0.85 + 0.05);
        else if (utilisation < 0.3) capacity = Math.max(cfg.capacity * 0.2, capacity * 0.9);
        processedThisYear = 0;
        marginThisYear = 0;
    }

    @Override
    public void onFill(Market market, boolean bought, double quantity, double price, boolean registered) {
        super.onFill(market, bought, quantity, price, registered);
        sales.record(market, bought, quantity);
    }

    public double recoveredThisTick(int e) { return recoveredThisTick[e]; }
    public double capacity() { return capacity; }
    public Account outputAccount() { return output; }

    public double getCapacity() { return capacity; }
    public double getInputStock() { return input.total(); }
    public double getOutputStock() { return output.total(); }
}
