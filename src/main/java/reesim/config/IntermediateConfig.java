package reesim.config;

import java.io.Serializable;
import java.util.Map;

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

    public void validate(String path, Problems p, ModelConfig c) {
        ModelConfig.checkShares(path + ".recipe", recipe, c, p);
        p.range(path + ".makers", makers, 0, 100000, "makers");
        p.positive(path + ".capacity", capacity, "t REO/yr");
        p.range(path + ".maxCapacityGrowth", maxCapacityGrowth, 0, 10, "(fraction per year)");
        p.nonNegative(path + ".conversionCost", conversionCost, "USD/kg REO");
        p.range(path + ".scrapRate", scrapRate, 0, 0.9, "(fraction)");
        p.range(path + ".inputStockMonths", inputStockMonths, 0, 60, "months");
    }
}
