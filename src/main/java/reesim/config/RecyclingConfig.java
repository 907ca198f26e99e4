package reesim.config;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/** Recyclers: collection of end-of-life products and production scrap, recovery, investment. */
public class RecyclingConfig implements Serializable {
    public int recyclers;
    /** Processing capacity per recycler in the first year, t REO input per year. */
    public double capacity;
    /** Share of the REO input recovered as oxide. */
    public double recoveryEfficiency;
    /** Processing cost, USD per kg REO input. */
    public double processingCost;
    /** Share of production scrap collected (cheap, concentrated). */
    public double scrapCollection;
    /** Cost of handling production scrap, USD per kg REO. */
    public double scrapHandlingCost;
    /** Largest yearly capacity growth a recycler invests in when it is full and profitable. */
    public double maxCapacityGrowth;
    /** Subsidy schedule, USD per kg recovered (scenario.recyclingSubsidy is added). */
    public Map<Integer, Double> subsidy = new TreeMap<>();
    /** Extended-producer-responsibility mandate: share of end-of-life units producers must hand to recyclers. */
    public Map<Integer, Double> collectionMandate = new TreeMap<>();
    /** The product families the mandate covers (empty: every family). */
    public java.util.List<String> mandateFamilies = new java.util.ArrayList<>();

    public void validate(String path, Problems p, ModelConfig c) {
        p.range(path + ".recyclers", recyclers, 0, 100000, "recyclers");
        p.positive(path + ".capacity", capacity, "t REO/yr");
        p.range(path + ".recoveryEfficiency", recoveryEfficiency, 0, 1, "(fraction)");
        p.nonNegative(path + ".processingCost", processingCost, "USD/kg");
        p.range(path + ".scrapCollection", scrapCollection, 0, 1, "(fraction)");
        p.nonNegative(path + ".scrapHandlingCost", scrapHandlingCost, "USD/kg");
        p.range(path + ".maxCapacityGrowth", maxCapacityGrowth, 0, 10, "(fraction per year)");
        ModelConfig.checkSchedule(path + ".subsidy", subsidy, c, p, 0, 10000, "USD/kg");
        ModelConfig.checkSchedule(path + ".collectionMandate", collectionMandate, c, p, 0, 1, "(fraction)");
        for (int i = 0; i < mandateFamilies.size(); i++)
            if (c.products == null || !c.products.containsKey(mandateFamilies.get(i)))
                p.add(path + ".mandateFamilies." + i, mandateFamilies.get(i), "one of the product families " + (c.products == null ? "[]" : c.products.keySet()));
    }
}
