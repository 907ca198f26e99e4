package reesim.config;

import java.io.Serializable;

/** A final-product family (one Manufacturer agent each). */
public class ProductConfig implements Serializable {
    /** Name of the intermediate the product is made from. */
    public String intermediate;
    /** Element whose content per unit is given (the rest follows from the intermediate's recipe). */
    public String keyElement;
    /** Key-element content per unit of product, kg. */
    public double contentPerUnit;
    /** Share of units that contain the rare-earth intermediate at all (0-1). */
    public double adoptionRate;
    public DemandConfig demand;
    /** Mean lifetime in use, years (Weibull). */
    public double lifetimeYears;
    /** Weibull shape of the lifetime distribution. */
    public double lifetimeShape;
    /** Share of production exported as final products. */
    public double exportShare;
    /** Price elasticity of units demanded with respect to the intermediate's price (>= 0). */
    public double priceElasticity;
    /** Cost to collect and dismantle end-of-life units, USD per kg REO contained. */
    public double collectionCost;
    /** Key element in use in China at the start, t. */
    public double initialInUseStock;

    public void validate(String path, Problems p, ModelConfig c) {
        if (intermediate == null || !c.intermediates.containsKey(intermediate))
            p.add(path + ".intermediate", intermediate, "one of the intermediates " + c.intermediates.keySet());
        else if (keyElement != null && c.intermediates.get(intermediate).recipe != null
                && c.intermediates.get(intermediate).recipe.getOrDefault(keyElement, 0.0) <= 0)
            p.add(path + ".keyElement", keyElement, "an element present in the recipe of " + intermediate);
        if (keyElement == null || c.elements == null || !c.elements.contains(keyElement))
            p.add(path + ".keyElement", keyElement, "one of the simulated elements " + c.elements);
        p.positive(path + ".contentPerUnit", contentPerUnit, "kg/unit");
        p.range(path + ".adoptionRate", adoptionRate, 0, 1, "(fraction)");
        if (p.required(path + ".demand", demand)) demand.validate(path + ".demand", p, c);
        p.range(path + ".lifetimeYears", lifetimeYears, 0.01, 200, "years");
        p.range(path + ".lifetimeShape", lifetimeShape, 0.1, 20, "(Weibull shape)");
        p.range(path + ".exportShare", exportShare, 0, 1, "(fraction)");
        p.range(path + ".priceElasticity", priceElasticity, 0, 5, "(elasticity)");
        p.nonNegative(path + ".collectionCost", collectionCost, "USD/kg REO");
        p.nonNegative(path + ".initialInUseStock", initialInUseStock, "t");
    }
}
