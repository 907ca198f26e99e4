package reesim.config;

import java.io.Serializable;

/** A group of identical smelting/separation plants. */
public class SmelterGroupConfig implements Serializable {
    public String name;
    public int count;
    /** Separation capacity per plant, t REO per year. */
    public double capacity;
    /** Separation cost, USD/kg REO processed. */
    public double processingCost;
    /** Share of the concentrate's REO recovered as separated oxide (the rest goes to tailings). */
    public double recovery;
    /** Cost of keeping unsold oxide, USD per tonne per month. */
    public double storageCost;
    /** Weight on expected penalties (1 = risk neutral); low values make a plant willing to run grey. */
    public double riskAversion;
    /** Largest yearly capacity growth of a plant that ran near full at a profit (fraction). */
    public double maxCapacityGrowth;
    /**
     * Which capacity a plant fills with unregistered concentrate: {@value #BEYOND_QUOTA} (what its smelting
     * quota leaves unused; none before quotas) or {@value #IDLE_CAPACITY} (also what its registered suppliers
     * left idle last month).
     */
    public String greyFeed = BEYOND_QUOTA;
    /**
     * How a plant values a concentrate: {@value #ALL_OXIDES} (every oxide it yields at its price) or
     * {@value #SALEABLE_OXIDES} (only oxides it is not already overstocked with).
     */
    public String coProductValue = ALL_OXIDES;

    public static final String BEYOND_QUOTA = "beyondQuota", IDLE_CAPACITY = "idleCapacity";
    public static final String ALL_OXIDES = "all", SALEABLE_OXIDES = "saleable";

    public void validate(String path, Problems p) {
        p.required(path + ".name", name);
        p.range(path + ".count", count, 0, 100000, "plants");
        p.positive(path + ".capacity", capacity, "t REO/yr");
        p.nonNegative(path + ".processingCost", processingCost, "USD/kg REO");
        p.range(path + ".recovery", recovery, 0, 1, "(fraction)");
        p.nonNegative(path + ".storageCost", storageCost, "USD/t/month");
        p.range(path + ".riskAversion", riskAversion, 0, 100, "(penalty weight)");
        p.range(path + ".maxCapacityGrowth", maxCapacityGrowth, 0, 10, "(fraction per year)");
        if (!BEYOND_QUOTA.equals(greyFeed) && !IDLE_CAPACITY.equals(greyFeed))
            p.add(path + ".greyFeed", greyFeed, "one of [" + BEYOND_QUOTA + ", " + IDLE_CAPACITY + "]");
        if (!ALL_OXIDES.equals(coProductValue) && !SALEABLE_OXIDES.equals(coProductValue))
            p.add(path + ".coProductValue", coProductValue, "one of [" + ALL_OXIDES + ", " + SALEABLE_OXIDES + "]");
    }
}
