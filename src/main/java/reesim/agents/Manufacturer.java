package reesim.agents;

import reesim.config.ProductConfig;
import reesim.demand.DemandPath;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.market.ReferencePrice;
import reesim.kernel.Context;

import java.util.List;

/**
 * Makes one final-product family. Each month it turns the intermediates delivered last month
 * into products, ships the export share abroad and the rest into use in China, then orders next
 * month's intermediates: units demanded (the family's demand path, scaled, and cut back when the
 * intermediate's price rises above the price its users are used to) times content per unit.
 */
public class Manufacturer extends Agent {
    private final String family;
    private final ProductConfig cfg;
    private final DemandPath demand;
    private final double[] recipe;
    private final int key;
    private final Account input;
    private final InUseStock inUse;
    private final List<IntermediateMaker> makers;
    private final ReferencePrice reference;
    private final double[] neededThisTick;
    private double lastUnits, lastPriceFactor = 1, lastProducedContent, lastExportedContent;

    public Manufacturer(String family, ProductConfig cfg, DemandPath demand, double[] recipe, int keyElement,
                        InUseStock inUse, List<IntermediateMaker> makers, double priceMemoryYears) {
        super("manufacturer-" + family);
        this.family = family;
        this.cfg = cfg;
        this.demand = demand;
        this.recipe = recipe;
        this.key = keyElement;
        this.input = new Account(this, Stage.MANUFACTURING, "intermediate", recipe.length);
        this.inUse = inUse;
        this.makers = makers;
        this.neededThisTick = new double[recipe.length];
        this.reference = new ReferencePrice(priceMemoryYears);
    }

    @Override
    protected void act(Context m) {
        produce(m);
        order(m);
    }

    private void produce(Context m) {
        lastProducedContent = input.total();
        lastExportedContent = 0;
        for (int e = 0; e < recipe.length; e++) {
            double q = input.registered(e);
            if (q <= 0) continue;
            double exported = q * cfg.exportShare;
            m.ledger().move(input, Stage.MANUFACTURING, null, Stage.WORLD, e, exported, true);
            m.ledger().move(input, Stage.MANUFACTURING, inUse.account(), Stage.IN_USE, e, q - exported, true);
            inUse.addToCohort(m.tick(), e, q - exported);
            lastExportedContent += exported;
        }
    }

    private void order(Context m) {
        if (makers.isEmpty()) return;
        int year = m.calendar().year(m.tick());
        double priceFactor = Math.pow(reference.relative(makers.get(0).quote(m)), -cfg.priceElasticity);
        lastPriceFactor = priceFactor;
        lastUnits = demand.unitsPerYear(year) * m.scenario().demandScaleFor(cfg.intermediate) * priceFactor / 12;
        double keyTonnes = lastUnits * cfg.adoptionRate * cfg.contentPerUnit / 1000;
        double reo = keyTonnes / recipe[key];
        for (int e = 0; e < recipe.length; e++) neededThisTick[e] = reo * recipe[e];
        double cap = 0;
        for (IntermediateMaker mk : makers) cap += mk.capacity();
        for (IntermediateMaker mk : makers) mk.order(this, input, Stage.MANUFACTURING, reo * mk.capacity() / cap);
    }

    /** t REO of intermediate a month at the start year's demand and starting prices. */
    public double initialMonthlyNeed(int startYear, double demandScale) {
        return demand.unitsPerYear(startYear) * demandScale / 12 * cfg.adoptionRate * cfg.contentPerUnit / 1000 / recipe[key];
    }

    public double needed(int e) { return neededThisTick[e]; }

    /** What this month's order would have been on the demand path at the reference price (no price response). */
    public double neededOnPath(int e) { return lastPriceFactor > 0 ? neededThisTick[e] / lastPriceFactor : 0; }
    public String family() { return family; }
    public ProductConfig config() { return cfg; }

    public String getFamily() { return family; }
    public double getUnitsDemandedPerMonth() { return lastUnits; }
    public double getPriceFactor() { return lastPriceFactor; }
    public double getLastProducedContent() { return lastProducedContent; }
    public double getLastExportedContent() { return lastExportedContent; }
    public double getReferencePrice() { return reference.value(); }
}
