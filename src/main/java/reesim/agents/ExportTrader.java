package reesim.agents;

import reesim.agents.rules.ExportCustoms;
import reesim.config.BehaviourConfig;
import reesim.config.TradeConfig;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.market.Market;
import reesim.kernel.Context;

/**
 * A registered trader. It exports oxide through customs when the world price net of the export
 * tariff and freight beats the domestic price by its margin, within the export licences it holds,
 * and imports when the domestic price beats the world price plus freight. Goods bought this month
 * cross the border next month.
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
    }

    @Override
    protected void act(Context m) {
        long t = m.tick();
        if (m.calendar().isJanuary(t)) exportedThisYear = 0;
        crossBorder(m);
        int n = homeExport.elements();
        double monthlyCap = cfg.traderCapacity / 12;
        double licenceRoom = Double.isFinite(licence)
                ? Math.max(0, licence - exportedThisYear - homeExport.total()) / m.calendar().monthsLeftInYear(t) : monthlyCap;
        double exportBudget = Math.min(monthlyCap, licenceRoom);
        double payingShare = rules.budgetToPayingElements ? payingDemandShare(m) : 1;
        for (int e = 0; e < n; e++) {
            Market dom = m.markets().oxide(e, false);
            Market world = m.markets().oxide(e, true);
            ExportCustoms.offerAbroad(m, this, abroadExport, e, rules.askPressure);
            m.pricing().ask(dom, this, homeImport, homeImport.registered(e), true, dom.price(), rules.askPressure, m.marketRules().sellerFloor(e, false));
            double netExport = netExport(m, e);
            if (netExport > dom.price() * (1 + cfg.minMargin) && exportBudget > 0) {
                double qty = exportBudget * m.markets().worldDemandShare(e) / payingShare;
                m.pricing().bid(dom, this, homeExport, qty, dom.price(), exportUrgency(netExport, dom.price()), netExport / (1 + cfg.minMargin));
            }
            double netImport = dom.price() - cfg.transportCost * costFactor;
            if (netImport > world.price() * (1 + cfg.minMargin)) {
                m.pricing().bid(world, this, abroadImport, monthlyCap * m.markets().worldDemandShare(e), world.price(), rules.bidUrgency, netImport / (1 + cfg.minMargin));
            }
        }
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
        if (rules.arbitrageMargin <= 0) return rules.bidUrgency;
        double excess = netExport / (domesticPrice * (1 + cfg.minMargin)) - 1;
        return rules.bidUrgency + (1 - rules.bidUrgency) * Math.max(0, Math.min(1, excess / rules.arbitrageMargin));
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

    public double capacity() { return cfg.traderCapacity; }
    public void setLicence(double t) { licence = t; }
    public double licence() { return licence; }

    public double getLicence() { return licence; }
    public double getExportedThisYear() { return exportedThisYear; }
    public double getLastExported() { return lastExported; }
    public double getLastImported() { return lastImported; }
    public double getStockAtHome() { return homeExport.total() + homeImport.total(); }
}
