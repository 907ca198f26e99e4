package reesim.config;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An intermediate product (NdFeB magnets, NiMH batteries, catalysts, phosphors...) and its makers. */
public class IntermediateConfig implements Serializable {
    /** Element shares of the REO contained in the product; sums to 1. */
    public Map<String, Double> recipe;
    public int makers;
    /** Capacity per maker in the first year, t REO contained per year. */
    public double capacity;
    /** Largest yearly capacity growth a maker invests in when it is full (fraction). */
    public double maxCapacityGrowth;
    /** Conversion cost, USD per kg REO contained. */
    public double conversionCost;
    /** Share of oxide input that ends as production scrap (goes to recyclers). */
    public double scrapRate;
    /** Months of input a maker keeps in stock. */
    public double inputStockMonths;
    /** Optional groups of elements the makers can substitute for each other by price. */
    public List<SubstituteGroup> substitutes = List.of();
    /** Optional: an abundant element in place of part of dear ones (Ce in NdFeB); null or off: none. */
    public DilutionConfig dilution;
    /**
     * The price factor (the makers' quote relative to the first one, to the power -elasticity of each family) at
     * which the demand data of the families made from this intermediate were observed: a family demands its path
     * times its price factor over this one, so it meets its data when prices are where they were then. 1: the paths
     * hold at starting prices (the rule of rounds 1-9).
     */
    public double observedPriceFactor = 1.0;
    /**
     * Optional: the recipe at given years (element shares, each point summing to 1, with the same elements as
     * {@link #recipe}); between two points the shares move linearly, before the first and after the last they hold.
     * Empty: {@link #recipe} in every year (the rule of rounds 1-V).
     */
    public Map<Integer, Map<String, Double>> recipeByYear = new java.util.TreeMap<>();

    /** Whether the recipe changes over the years ({@link #recipeByYear} has points). */
    public boolean drifts() { return recipeByYear != null && !recipeByYear.isEmpty(); }

    /** The recipe in {@code year}, as shares of the simulated elements in their order. */
    public double[] recipeIn(int year, List<String> elements) {
        if (!drifts()) return ModelConfig.byElement(recipe, elements);
        java.util.TreeMap<Integer, Map<String, Double>> points = new java.util.TreeMap<>(recipeByYear);
        Map.Entry<Integer, Map<String, Double>> lo = points.floorEntry(year), hi = points.ceilingEntry(year);
        if (lo == null) return ModelConfig.byElement(hi.getValue(), elements);
        if (hi == null || hi.getKey().equals(lo.getKey())) return ModelConfig.byElement(lo.getValue(), elements);
        double f = (double) (year - lo.getKey()) / (hi.getKey() - lo.getKey());
        double[] a = ModelConfig.byElement(lo.getValue(), elements), b = ModelConfig.byElement(hi.getValue(), elements);
        for (int e = 0; e < a.length; e++) a[e] += f * (b[e] - a[e]);
        return a;
    }


    public void validate(String path, Problems p, ModelConfig c) {
        ModelConfig.checkShares(path + ".recipe", recipe, c, p);
        p.range(path + ".makers", makers, 0, 100000, "makers");
        p.positive(path + ".capacity", capacity, "t REO/yr");
        p.range(path + ".maxCapacityGrowth", maxCapacityGrowth, 0, 10, "(fraction per year)");
        p.nonNegative(path + ".conversionCost", conversionCost, "USD/kg REO");
        p.range(path + ".scrapRate", scrapRate, 0, 0.9, "(fraction)");
        p.range(path + ".inputStockMonths", inputStockMonths, 0, 60, "months");
        p.range(path + ".observedPriceFactor", observedPriceFactor, 0.01, 100, "(price factor)");
        if (dilution != null) dilution.validate(path + ".dilution", p, c, recipe);
        if (recipeByYear == null) p.add(path + ".recipeByYear", null, "a map of years to recipes (may be empty)");
        else recipeByYear.forEach((y, r) -> {
            String rp = path + ".recipeByYear." + y;
            if (c.time != null && (y < c.time.startYear - 100 || y > c.time.endYear + 100))
                p.add(rp, y, "a year near the horizon " + c.time.startYear + "-" + c.time.endYear);
            ModelConfig.checkShares(rp, r, c, p);
            if (r != null && recipe != null) for (String el : c.elements == null ? List.<String>of() : c.elements)
                if ((recipe.getOrDefault(el, 0.0) > 0) != (r.getOrDefault(el, 0.0) > 0))
                    p.add(rp + "." + el, r.get(el), "a share above 0 exactly where the recipe has one (" + el + " " + recipe.getOrDefault(el, 0.0) + ")");
        });
        if (substitutes == null) { p.add(path + ".substitutes", null, "a list of substitute groups (may be empty)"); return; }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < substitutes.size(); i++) {
            SubstituteGroup g = substitutes.get(i);
            String gp = path + ".substitutes." + i;
            if (g == null) { p.add(gp, null, "a group with elements, elasticity and minShareOfRecipe"); continue; }
            g.validate(gp, p, c, recipe);
            if (g.elements != null) for (String el : g.elements) {
                if (!seen.add(el)) p.add(gp + ".elements", el, "each element in at most one substitute group");
            }
        }
    }
}
