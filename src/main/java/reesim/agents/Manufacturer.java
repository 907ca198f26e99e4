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
 * With a substitute technology ({@link TechnologySubstitution}) the units it makes with the substitute
 * need no intermediate; with new uses of a cheap element ({@link NewUseGrowth}) its demand grows beyond
 * the path.
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
    private final double observedPriceFactor;
    private final double[] neededThisTick;
    private double lastUnits, lastPriceFactor = 1, lastProducedContent, lastExportedContent;
    /** Null unless the family has a substitute technology / new uses (instruments of issue 20, off in the baseline). */
    private final TechnologySubstitution substitution;
    private final NewUseGrowth newUses;
    /** Intermediate ordered this month before the substitute's share was taken off, t REO. */
    private double lastGrossReo;
    private double lastSubstituteShare, lastNewUseMultiple = 1;

    public Manufacturer(String family, ProductConfig cfg, DemandPath demand, double[] recipe, int keyElement,
                        InUseStock inUse, List<IntermediateMaker> makers, double priceMemoryYears) {
        this(family, cfg, demand, recipe, keyElement, inUse, makers, priceMemoryYears, 1.0, null, null);
    }

    /**
     * @param observedPriceFactor the price factor at which the family's demand data were observed (its intermediate's
     *                            {@code observedPriceFactor}; 1: at starting prices)
     * @param substitution the family's substitute technology, or null; @param newUses its new uses, or null
     */
    public Manufacturer(String family, ProductConfig cfg, DemandPath demand, double[] recipe, int keyElement,
                        InUseStock inUse, List<IntermediateMaker> makers, double priceMemoryYears, double observedPriceFactor,
                        TechnologySubstitution substitution, NewUseGrowth newUses) {
        super("manufacturer-" + family);
        this.observedPriceFactor = observedPriceFactor;
        this.substitution = substitution;
        this.newUses = newUses;
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
        // a recipe that changes over the years changes what a unit's key-element content means in REO and other elements
        if (makers.get(0).recipeDrifts()) System.arraycopy(makers.get(0).recipeFor(year), 0, recipe, 0, recipe.length);
        double priceFactor = StrictMath.pow(reference.relative(makers.get(0).quote(m)), -cfg.priceElasticity);
        lastPriceFactor = priceFactor;
        lastUnits = demand.unitsPerYear(year) * m.scenario().demandScaleFor(cfg.intermediate) * priceFactor / observedPriceFactor / 12;
        if (newUses != null) {
            lastNewUseMultiple = newUses.grow(year, m.marketRules().priceRelativeToStart(newUses.element(), false));
            lastUnits *= lastNewUseMultiple;
        }
        double keyTonnes = lastUnits * cfg.adoptionRate * cfg.contentPerUnit / 1000;
        double reo = keyTonnes / recipe[key];
        lastGrossReo = reo;
        if (substitution != null) {
            // units made with the substitute need no intermediate
            lastSubstituteShare = substitution.decide(year, makers.get(0).quote(m));
            reo *= 1 - lastSubstituteShare;
        }
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
    public double neededOnPath(int e) {
        if (lastPriceFactor <= 0) return 0;
        // the path: neither the price response (relative to the prices the data were observed at) nor the substitute's share nor new uses
        double onPath = lastGrossReo * recipe[e] * observedPriceFactor / lastPriceFactor;
        return newUses == null ? onPath : onPath / lastNewUseMultiple;
    }
    public String family() { return family; }
    public ProductConfig config() { return cfg; }

    public String getFamily() { return family; }
    public double getUnitsDemandedPerMonth() { return lastUnits; }
    public double getPriceFactor() { return lastPriceFactor; }
    public double getLastProducedContent() { return lastProducedContent; }
    public double getLastExportedContent() { return lastExportedContent; }
    public double getReferencePrice() { return reference.value(); }
    /** Share of the units (that would use the intermediate) made with the substitute technology this month (0 without one). */
    public double getSubstituteShare() { return lastSubstituteShare; }
    /** Multiple of the demand path the family's demand reached through new uses this month (1 without them). */
    public double getNewUseMultiple() { return lastNewUseMultiple; }
    public TechnologySubstitution substitution() { return substitution; }
    public NewUseGrowth newUses() { return newUses; }
}
