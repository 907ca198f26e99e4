package reesim.config;

import java.io.Serializable;

/** A group of identical legal mines (firms) on one deposit type. */
public class MineGroupConfig implements Serializable {
    public String name;
    public String deposit;
    public int count;
    /** Extraction capacity per mine, t REO per year. */
    public double capacity;
    /** Cash cost of concentrate at full reserves, USD/kg REO. */
    public double unitCost;
    /** Mean weight on expected penalties relative to a risk-neutral firm (1 = neutral). */
    public double riskAversion;
    /** First year the mines operate. */
    public int openYear;
    /** Largest yearly capacity growth of a mine that ran near full at a profit (fraction). */
    public double maxCapacityGrowth;
    /**
     * The spread of the group's faces' costs around its unit cost (fraction), or -1 for behaviour.mine.costSpread: a
     * firm working one large deposit with many faces differs from a small mine with one.
     */
    public double costSpread = -1;

    /** The cost spread this group's mines work with, given the behavioural default. */
    public double costSpread(double fallback) { return costSpread >= 0 ? costSpread : fallback; }

    public void validate(String path, Problems p, ModelConfig c) {
        p.required(path + ".name", name);
        if (deposit == null || !c.deposits.containsKey(deposit)) p.add(path + ".deposit", deposit, "one of the deposits " + c.deposits.keySet());
        p.range(path + ".count", count, 0, 100000, "mines");
        p.positive(path + ".capacity", capacity, "t REO/yr");
        p.positive(path + ".unitCost", unitCost, "USD/kg REO");
        p.range(path + ".riskAversion", riskAversion, 0, 100, "(penalty weight)");
        p.range(path + ".openYear", openYear, 1900, 2200, "year");
        p.range(path + ".maxCapacityGrowth", maxCapacityGrowth, 0, 10, "(fraction per year)");
        if (costSpread != -1 && !(costSpread >= 0 && costSpread <= 1))
            p.add(path + ".costSpread", costSpread, "a fraction of unit cost in [0, 1], or -1 for behaviour.mine.costSpread");
    }
}
