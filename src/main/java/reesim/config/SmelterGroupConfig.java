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

    public void validate(String path, Problems p) {
        p.required(path + ".name", name);
        p.range(path + ".count", count, 0, 100000, "plants");
        p.positive(path + ".capacity", capacity, "t REO/yr");
        p.nonNegative(path + ".processingCost", processingCost, "USD/kg REO");
        p.range(path + ".recovery", recovery, 0, 1, "(fraction)");
        p.nonNegative(path + ".storageCost", storageCost, "USD/t/month");
        p.range(path + ".riskAversion", riskAversion, 0, 100, "(penalty weight)");
        p.range(path + ".maxCapacityGrowth", maxCapacityGrowth, 0, 10, "(fraction per year)");
    }
}
