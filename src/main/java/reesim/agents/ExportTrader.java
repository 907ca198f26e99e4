package reesim.agents;

import reesim.agents.rules.ExportCustoms;
import reesim.agents.rules.SalesMemory;
import reesim.config.BehaviourConfig;
import reesim.config.TradeConfig;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.market.Good;
import reesim.market.Market;
import reesim.kernel.Context;

/**
 * A registered trader. It exports oxide through customs when the world price net of the export
 * tariff and freight beats the domestic price by its margin, within the export licences it holds,
 * and imports when the domestic price beats the world price plus freight. Goods bought this month
 * cross the border next month. With {@code exportToStockTarget} it trades as a distributor holding stock abroad: it
 * buys for export the sales abroad it expects plus the gap to its comfortable stock (home and abroad), and presses its
 * asks abroad by that stock as producers press theirs.
 */
public class ExportTrader extends Agent {
    private final TradeConfig cfg;
    private final BehaviourConfig.TraderBehaviour rules;
    /** This trader's freight and handling cost relative to the typical trader. */
    private final double costFactor;
    private final Account homeExport;
    private final Account abroadExport;
    private final Account abroadImport;
    private final Account homeImport;
    /** Its sales of exported oxide abroad, per element. */
    private final SalesMemory abroadSales;
    /** Scratch: per element, the oxide it would buy for export this month under its stock target. */
    private final double[] restock;
    private double licence = Double.POSITIVE_INFINITY;
    private double exportedThisYear;
    private double lastExported, lastImported, tariffPaid;

    public ExportTrader(String id, TradeConfig cfg, double costFactor, int elements, BehaviourConfig.TraderBehaviour rules) {
        super(id);
        this.cfg = cfg;
        this.rules = rules;
        this.costFactor = costFactor;
        homeExport = new Account(this, Stage.TRADE, "oxide for export", elements);
        abroadExport = new Account(this, Stage.WORLD, "exported oxide", elements);
        abroadImport = new Account(this, Stage.WORLD, "oxide for import", elements);
        homeImport = new Account(this, Stage.TRADE, "imported oxide", elements);
        abroadSales = new SalesMemory(elements, rules.salesMemoryWeight);
        restock = new double[elements];
    }

    @Override
    protected void act(Context m) {
        long t = m.tick();
        if (m.calendar().isJanuary(t)) exportedThisYear = 0;
        crossBorder(m);
        int n = homeExport.elements();
        double monthlyCap = cfg.traderCapacity / 12;
        double licenceRoom = Double.isFinite(licence)
                ? Math.max(0, licence - exportedThisYear - homeExport.total()) / m.calendar().monthsLeftThrough(t, m.instruments().licencePeriodEnd()) : monthlyCap;
        double exportBudget = rules.licenceCatchUp && Double.isFinite(licence) ? licenceRoom : Math.min(monthlyCap, licenceRoom);
        boolean toPaying = rules.budgetToPayingElements || rules.licenceToPayingElements && Double.isFinite(licence);
        double payingShare = toPaying ? payingDemandShare(m) : 1;
        abroadSales.roll();
        if (rules.exportToStockTarget) restock(m, monthlyCap, exportBudget);
        for (int e = 0; e < n; e++) {
            Market dom = m.markets().oxide(e, false);
            Market world = m.markets().oxide(e, true);
            ExportCustoms.offerAbroad(m, this, abroadExport, e, rules.exportToStockTarget ? abroadAskPressure(m, e, monthlyCap) : rules.askPressure);
            m.pricing().ask(dom, this, homeImport, homeImport.registered(e), true, dom.price(), rules.askPressure, m.marketRules().sellerFloor(e, false));
            double netExport = netExport(m, e);
            if (netExport > dom.price() * (1 + cfg.minMargin) && exportBudget > 0) {
                double qty = rules.exportToStockTarget ? restock[e] : exportBudget * m.markets().worldDemandShare(e) / payingShare;
                m.pricing().bid(dom, this, homeExport, qty, dom.price(), exportUrgency(netExport, dom.price()), netExport / (1 + cfg.minMargin));
            }
            double netImport = dom.price() - cfg.transportCost * costFactor;
            if (netImport > world.price() * (1 + cfg.minMargin)) {
                m.pricing().bid(world, this, abroadImport, monthlyCap * m.markets().worldDemandShare(e), world.price(), rules.bidUrgency, netImport / (1 + cfg.minMargin));
            }
        }
    }

    /**
     * Oxide to buy for export this month under the stock target, per element whose export pays: the sales abroad it
     * expects (its recent average, at least {@code minSalesShare} of its capacity's share of world demand) plus the
     * gap between its comfortable stock of those sales and what it holds at home and abroad (the order-up-to rule
     * producers plan by), raised by up to as much again as the margin is wide ({@link #arbitrageDrive}); scaled down
     * together to the month's export budget.
     */
    private void restock(Context m, double monthlyCap, double exportBudget) {
        double total = 0;
        for (int e = 0; e < restock.length; e++) {
            restock[e] = 0;
            double netExport = netExport(m, e), domestic = m.markets().oxide(e, false).price();
            if (!(netExport > domestic * (1 + cfg.minMargin))) continue;
            double expected = expectedSales(m, e, monthlyCap);
            restock[e] = m.marketRules().orderUpTo(expected, (homeExport.total(e) + abroadExport.total(e)) / expected)
                    * (1 + arbitrageDrive(netExport, domestic));
            total += restock[e];
        }
        if (total > exportBudget) for (int e = 0; e < restock.length; e++) restock[e] *= exportBudget / total;
    }

    private double expectedSales(Context m, int e, double monthlyCap) {
        return Math.max(abroadSales.average(e), minSales(m, e, monthlyCap));
    }

    /** The sales abroad it expects of an element it has not sold yet: {@code minSalesShare} of its capacity's share of world demand. */
    private double minSales(Context m, int e, double monthlyCap) {
        return monthlyCap * m.markets().worldDemandShare(e) * rules.minSalesShare;
    }

    /**
     * The pressure of its asks abroad: producers' rule on its stock abroad as comfortable-stock units of its sales
     * there, plus its {@link #arbitrageDrive}: a trader whose margin is wide undercuts to sell more, so the world price
     * is drawn toward the domestic price plus tariff, freight and margin (a price set only by stock would stay at
     * whatever level it reached).
     */
    private double abroadAskPressure(Context m, int e, double monthlyCap) {
        double stock = m.marketRules().askPressure(abroadSales.stockPressure(e, abroadExport.registered(e), minSales(m, e, monthlyCap),
                m.marketRules().comfortableStockMonths()));
        return stock + arbitrageDrive(netExport(m, e), m.markets().oxide(e, false).price());
    }

    /** What a kg of element e fetches abroad net of the export tariff and freight, USD/kg. */
    private double netExport(Context m, int e) {
        return ExportCustoms.netback(m, e, cfg.transportCost * costFactor);
    }

    /** World demand share (in tonnes) of the elements whose export pays this month; 1 when none does (no bids then). */
    double payingDemandShare(Context m) {
        double share = 0;
        for (int e = 0; e < homeExport.elements(); e++)
            if (netExport(m, e) > m.markets().oxide(e, false).price() * (1 + cfg.minMargin)) share += m.markets().worldDemandShare(e);
        return share > 1e-12 ? share : 1;
    }

    /**
     * How hard the trader bids for oxide to export: the wider the gap between the world price (net of tariff and
     * freight) and the domestic price beyond its minimum margin, the more it pays to buy now (arbitrage closes the gap).
     */
    double exportUrgency(double netExport, double domesticPrice) {
        return rules.bidUrgency + (1 - rules.bidUrgency) * arbitrageDrive(netExport, domesticPrice);
    }

    /**
     * How wide the export margin is beyond the trader's minimum, as a share of {@code arbitrageMargin} (0-1; 0 when
     * that is 0): the wider, the harder it bids and, under its stock target, the more it buys beyond its plan (a gap
     * that pays draws more trade until it closes).
     */
    double arbitrageDrive(double netExport, double domesticPrice) {
        if (rules.arbitrageMargin <= 0) return 0;
        double excess = netExport / (domesticPrice * (1 + cfg.minMargin)) - 1;
        return Math.max(0, Math.min(1, excess / rules.arbitrageMargin));
    }

    private void crossBorder(Context m) {
        lastExported = lastImported = 0;
        for (int e = 0; e < homeExport.elements(); e++) {
            double q = homeExport.total(e);
            if (Double.isFinite(licence)) q = Math.min(q, Math.max(0, licence - exportedThisYear));
            if (q > 0) {
                // laundered grey oxide leaves with papers: customs registers what crosses (grey first), not what stays behind
                m.ledger().reclassify(homeExport, e, Math.min(homeExport.grey(e), q), true);
                pay(-ExportCustoms.clear(m, homeExport, abroadExport, e, q));
                exportedThisYear += q;
                lastExported += q;
            }
            double imp = abroadImport.registered(e);
            if (imp > 0) {
                m.ledger().move(abroadImport, Stage.WORLD, homeImport, Stage.TRADE, e, imp, true);
                lastImported += imp;
            }
        }
    }

    /**
     * What one kg of export licence is worth to this trader: last year's export margin per element
     * (world price net of tariff and its freight, less the domestic price), where positive, weighted
     * by the world market's volume.
     */
    public double licenceValue(Context m) {
        double value = 0, volume = 0;
        for (int e = 0; e < homeExport.elements(); e++) {
            Market w = m.markets().oxide(e, true), d = m.markets().oxide(e, false);
            double gap = w.averagePriceThisYear() * (1 - m.instruments().exportTariff(e)) - cfg.transportCost * costFactor - d.averagePriceThisYear();
            double weight = w.volumeThisYear() > 0 ? w.volumeThisYear() : 1;   // first year: no history yet
            value += Math.max(0, gap) * weight;
            volume += weight;
        }
        return value / volume;
    }

    @Override
    public void onFill(Market market, boolean bought, double quantity, double price, boolean registered) {
        super.onFill(market, bought, quantity, price, registered);
        if (!bought && market.isWorld() && market.good() instanceof Good.Oxide ox) abroadSales.add(ox.element(), quantity);
    }

    public double capacity() { return cfg.traderCapacity; }
    public void setLicence(double t) { licence = t; }
    public double licence() { return licence; }

    public double getLicence() { return licence; }
    public double getExportedThisYear() { return exportedThisYear; }
    public double getLastExported() { return lastExported; }
    public double getLastImported() { return lastImported; }
    public double getStockAtHome() { return homeExport.total() + homeImport.total(); }
    /** Exported oxide abroad not yet sold, t. */
    public double getStockAbroad() { return abroadExport.total(); }
}
