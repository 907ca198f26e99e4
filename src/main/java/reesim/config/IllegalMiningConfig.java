package reesim.config;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** Potential illegal mining sites and how their operators weigh entry, operation and exit. */
public class IllegalMiningConfig implements Serializable {
    public Map<String, SiteGroup> sites = new LinkedHashMap<>();
    /** Probability per month that a dormant site's operator reconsiders entering. */
    public double reconsiderRate;
    /** Months over which an operator wants its set-up cost back. */
    public double paybackMonths;
    /** Months a shut site stays dormant before it may reopen. */
    public int cooldownMonths;
    /** Consecutive loss-making months after which an operator leaves. */
    public int exitAfterLossMonths;

    public static class SiteGroup implements Serializable {
        public int count;
        /** Capacity per site, t REO per year. */
        public double capacity;
        /** Cash cost, USD/kg REO (no tax, no environmental compliance). */
        public double unitCost;
        /** Set-up cost per site, USD. */
        public double setupCost;
        /** Local protection: fraction by which it cuts the chance of detection, 0-1. */
        public double protection;
    }

    public void validate(String path, Problems p, ModelConfig c) {
        sites.forEach((dep, s) -> {
            String sp = path + ".sites." + dep;
            if (!c.deposits.containsKey(dep)) p.add(sp, dep, "a key among the deposits " + c.deposits.keySet());
            p.range(sp + ".count", s.count, 0, 1_000_000, "sites");
            p.positive(sp + ".capacity", s.capacity, "t REO/yr");
            p.positive(sp + ".unitCost", s.unitCost, "USD/kg REO");
            p.nonNegative(sp + ".setupCost", s.setupCost, "USD");
            p.range(sp + ".protection", s.protection, 0, 1, "(fraction)");
        });
        p.range(path + ".reconsiderRate", reconsiderRate, 0, 1, "per month");
        p.range(path + ".paybackMonths", paybackMonths, 1, 600, "months");
        p.range(path + ".cooldownMonths", cooldownMonths, 0, 600, "months");
        p.range(path + ".exitAfterLossMonths", exitAfterLossMonths, 1, 600, "months");
    }
}
