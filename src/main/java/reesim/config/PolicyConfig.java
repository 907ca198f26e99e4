package reesim.config;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The regulator's instruments, each a schedule by year (a value holds until the next key). */
public class PolicyConfig implements Serializable {
    /** First year a mining quota binds (total-amount control); none before. */
    public int miningQuotaFrom;
    /** Total mining quota, t REO per year. */
    public Map<Integer, Double> miningQuota = new TreeMap<>();
    /** Yearly growth of the mining quota after the last year of the schedule, keyed by the first year it applies. */
    public Map<Integer, Double> miningQuotaGrowth = new TreeMap<>();
    /** Share of the mining quota reserved for heavy (ion-adsorption) deposits. */
    public Map<Integer, Double> heavyQuotaShare = new TreeMap<>();
    /** Smelting quota as a ratio of the mining quota (where no separate figure exists). */
    public double smeltingQuotaRatio;
    /**
     * Separation quota per element, t of oxide a year, keyed by year, from the schedule's first year (seed 001: tighten
     * La/Ce, loosen the magnet elements). Elements not listed have none; the total smelting quota applies as well.
     */
    public Map<String, Map<Integer, Double>> elementQuota = new LinkedHashMap<>();
    /** Export quota on primary products, t REO per year. */
    public Map<Integer, Double> exportQuota = new TreeMap<>();
    /** Last year an export quota applies (0 = never abolished). */
    public int exportQuotaUntil;
    /**
     * The licences of the year's first batch (issued in January), t REO, for the years the quota was issued in two
     * batches; the rest of the year's quota is issued in July. Only the listed years; in the others the whole quota is
     * issued in January. Scaled with the year's quota by the scenario knob.
     */
    public Map<Integer, Double> exportQuotaFirstBatch = new TreeMap<>();
    /**
     * Share of the export quota (and, once quotas end, of the right to export) allotted to the separation plants by
     * capacity, who sell their own oxide abroad; the rest is sold to the registered traders. 0: traders only.
     */
    public double exportLicenceProducerShare = 0;
    /** Ad-valorem export tariff per element (key "default" for the rest), keyed by year. */
    public Map<String, Map<Integer, Double>> exportTariff = new LinkedHashMap<>();
    public ResourceTax resourceTax;
    public Enforcement enforcement;
    public Stockpile stockpile;
    /** Regional storage centres for surplus elements (seed 000 s3), a second state holder with the reserve's rule. */
    public Stockpile storageCentres;
    public Adaptive adaptive;
    /** Consolidation of the legal producers into a few state groups (seed 004, seed 001 s3.2); off when fromYear is 0. */
    public Consolidation consolidation;
    /** Environmental standards legal mines must meet, and the inspections that close those that do not (off while no class has a standard). */
    public Environment environment = new Environment();

    public static class Environment implements Serializable {
        /** Year from which a tax class's (light, heavy) legal mines must meet the standard; a class not listed has none. */
        public Map<String, Integer> standardFrom = new LinkedHashMap<>();
        /** One-off investment that brings a mine to the standard, USD per t REO a year of its capacity. */
        public double complianceCapital;
        /** Years over which a mine wants that investment back from its registered margin. */
        public double paybackYears = 1;
        /** Yearly hazard that inspectors find a mine below the standard, at mine-inspection effort 1. */
        public double inspectionRate;
        /** Months a mine found below the standard stays closed for rectification. */
        public int closureMonths;

        public boolean inForce(String taxClass, int year) {
            Integer from = standardFrom.get(taxClass);
            return from != null && from > 0 && year >= from;
        }
    }

    public static class Consolidation implements Serializable {
        /** First year the groups exist (0: never). */
        public int fromYear;
        /** Number of state groups the legal mines and separation plants are merged into. */
        public int groups;
        /** Share of its members' over-quota digging and grey-ore buying a group stops (0-1). */
        public double internalControl;
        /** Whether a group passes its quota to its cheapest mines first (merit order) instead of by capacity. */
        public boolean meritOrder;

        public boolean activeIn(int year) { return fromYear > 0 && year >= fromYear && groups > 0; }
    }

    public static class ResourceTax implements Serializable {
        /** CNY per tonne of ore, by deposit tax class (light, heavy), keyed by year. */
        public Map<String, Map<Integer, Double>> perTonneOre = new LinkedHashMap<>();
        /** Ad-valorem tax on concentrate sales, fraction, keyed by year. */
        public Map<Integer, Double> adValorem = new TreeMap<>();
        /** Ad-valorem schedules of single tax classes (light, heavy), each replacing {@link #adValorem} for its class. */
        public Map<String, Map<Integer, Double>> adValoremByClass = new LinkedHashMap<>();
        /** Exchange rate, CNY per USD. */
        public double cnyPerUsd;
    }

    public static class Enforcement implements Serializable {
        /** Mine-inspection effort index (1 = the 2011 crackdown level), keyed by year. */
        public Map<Integer, Double> mineInspection = new TreeMap<>();
        /** Customs effort index, keyed by year. */
        public Map<Integer, Double> customs = new TreeMap<>();
        /** Yearly detection hazard of a fully visible unregistered operation at effort 1. */
        public double mineDetectionRate;
        /** Probability that customs seizes one smuggled consignment at effort 1. */
        public double customsSeizureRate;
        /** Fine on detected unregistered output, USD per kg REO. */
        public double fineMine;
        /** Fine on seized smuggled goods, USD per kg. */
        public double fineSmuggling;
        /** Visibility of a smelter's grey processing to inspectors, 0-1 (plants are fixed and large). */
        public double smelterDetectability;
        /** Months a detected legal mine is shut. */
        public int shutdownMonths;
        /** Budget cost of one unit of effort (mines or customs), USD per year. */
        public double costPerEffortUnit;
        /**
         * Least activity (share of a month's capacity run unregistered) inspectors see in a legal mine or plant
         * that holds unregistered stock: an operator idle this month can still be caught with its stock.
         */
        public double minActivity = 0.1;
    }

    public static class Stockpile implements Serializable {
        public boolean enabled;
        public int fromYear;
        /** The state buys when the domestic price falls below this fraction of its 3-year average. */
        public double floorFactor;
        /** The state sells when the domestic price rises above this multiple of its 3-year average. */
        public double ceilingFactor;
        /** Largest monthly purchase or sale, t per element (when {@link #maxMonthlyShare} is 0). */
        public double maxMonthlyTrade;
        /**
         * Largest monthly purchase or sale per element as a share of the element's average monthly domestic trade over
         * the averaging window; 0: {@link #maxMonthlyTrade} tonnes for every element.
         */
        public double maxMonthlyShare;
        /** Months of domestic prices the reserve's average price covers. */
        public int averageMonths = 36;
        /** The elements it buys and sells (empty: every element). */
        public List<String> elements = new java.util.ArrayList<>();
        /** Cost of keeping its stock, USD per tonne and year, paid monthly from the state's budget. */
        public double storageCost;

        void validate(String s, Problems p, ModelConfig c) {
            p.range(s + ".floorFactor", floorFactor, 0, 1, "(fraction of average price)");
            p.range(s + ".ceilingFactor", ceilingFactor, 1, 100, "(multiple of average price)");
            p.nonNegative(s + ".maxMonthlyTrade", maxMonthlyTrade, "t/month");
            p.range(s + ".maxMonthlyShare", maxMonthlyShare, 0, 10, "(share of the month's average domestic trade)");
            p.range(s + ".fromYear", fromYear, 0, 2200, "year");
            p.range(s + ".averageMonths", averageMonths, 12, 600, "months");
            p.range(s + ".storageCost", storageCost, 0, 1e6, "USD/t/yr");
            for (int i = 0; i < elements.size(); i++)
                if (c.elements == null || !c.elements.contains(elements.get(i)))
                    p.add(s + ".elements." + i, elements.get(i), "one of the simulated elements " + c.elements);
        }
    }

    public static class Adaptive implements Serializable {
        public boolean enabled;
        public int fromYear;
        /** Next quota = last year's observed consumption * (1 + headroom) - estimated illegal output * offsetShare. */
        public double headroom;
        public double illegalOffsetShare;
        /** Largest change of the quota from one year to the next (fraction). */
        public double maxChange;
        /** How the state estimates last year's illegal output: ledger (the truth) or balance (its mass balance's gap). */
        public String illegalEstimate = "ledger";
        /** Whether the observed use counts registered exports (oxide and intermediates, as customs counted them) with domestic use. */
        public boolean countExports;
        /** Years between the statistics the quota is set from and the quota's year: 1 = last year's (the rule of rounds 1-6). */
        public int lagYears = 1;
        /** Relative error of the state's yearly count of use and of illegal output (standard deviation of a log-normal factor, mean 1); 0: exact. */
        public double statisticsError;

        public IllegalEstimate estimate() { return IllegalEstimate.valueOf(illegalEstimate.toUpperCase(java.util.Locale.ROOT)); }
    }

    /** The state's view of unregistered mining: the ledger's truth, or the gap of its mass balance (StateStatistics). */
    public enum IllegalEstimate { LEDGER, BALANCE }

    private void checkFirstBatches(String path, ModelConfig c, Problems p) {
        ModelConfig.checkSchedule(path, exportQuotaFirstBatch, c, p, 0, 1e9, "t REO");
        if (exportQuotaFirstBatch == null) return;
        exportQuotaFirstBatch.forEach((y, v) -> {
            if (v == null) return;
            boolean quotaYear = !exportQuota.isEmpty() && y >= exportQuota.keySet().iterator().next()
                    && (exportQuotaUntil == 0 || y <= exportQuotaUntil);
            if (!quotaYear) p.add(path + "." + y, v, "a year with an export quota (policy.exportQuota from its first year"
                    + (exportQuotaUntil == 0 ? "" : " to policy.exportQuotaUntil " + exportQuotaUntil) + ")");
            else {
                Double annual = new TreeMap<>(exportQuota).floorEntry(y).getValue();
                if (annual != null && v > annual) p.add(path + "." + y, v, "at most the year's export quota (policy.exportQuota), " + annual + " t REO");
            }
        });
    }

    public void validate(String path, Problems p, ModelConfig c) {
        p.range(path + ".miningQuotaFrom", miningQuotaFrom, 0, 2200, "year");
        ModelConfig.checkSchedule(path + ".miningQuota", miningQuota, c, p, 0, 1e9, "t REO/yr");
        ModelConfig.checkSchedule(path + ".miningQuotaGrowth", miningQuotaGrowth, c, p, -0.9, 5, "per year");
        ModelConfig.checkSchedule(path + ".heavyQuotaShare", heavyQuotaShare, c, p, 0, 1, "(fraction)");
        p.range(path + ".smeltingQuotaRatio", smeltingQuotaRatio, 0, 10, "(ratio)");
        elementQuota.forEach((el, sched) -> {
            if (c.elements == null || !c.elements.contains(el))
                p.add(path + ".elementQuota." + el, el, "one of the simulated elements " + c.elements);
            ModelConfig.checkSchedule(path + ".elementQuota." + el, sched, c, p, 0, 1e9, "t oxide/yr");
        });
        ModelConfig.checkSchedule(path + ".exportQuota", exportQuota, c, p, 0, 1e9, "t REO/yr");
        p.range(path + ".exportQuotaUntil", exportQuotaUntil, 0, 2200, "year");
        checkFirstBatches(path + ".exportQuotaFirstBatch", c, p);
        p.range(path + ".exportLicenceProducerShare", exportLicenceProducerShare, 0, 1, "(fraction of the export quota)");
        exportTariff.forEach((el, sched) -> {
            if (!"default".equals(el) && (c.elements == null || !c.elements.contains(el)))
                p.add(path + ".exportTariff." + el, el, "\"default\" or one of the simulated elements " + c.elements);
            ModelConfig.checkSchedule(path + ".exportTariff." + el, sched, c, p, 0, 20, "(ad valorem fraction)");
        });
        if (p.required(path + ".resourceTax", resourceTax)) {
            checkByClass(path + ".resourceTax.perTonneOre", resourceTax.perTonneOre, c, p, 1e6, "CNY/t ore");
            ModelConfig.checkSchedule(path + ".resourceTax.adValorem", resourceTax.adValorem, c, p, 0, 1, "(fraction)");
            checkByClass(path + ".resourceTax.adValoremByClass", resourceTax.adValoremByClass, c, p, 1, "(fraction)");
            p.positive(path + ".resourceTax.cnyPerUsd", resourceTax.cnyPerUsd, "CNY/USD");
        }
        if (p.required(path + ".enforcement", enforcement)) {
            String e = path + ".enforcement";
            ModelConfig.checkSchedule(e + ".mineInspection", enforcement.mineInspection, c, p, 0, 1e4, "(effort index)");
            ModelConfig.checkSchedule(e + ".customs", enforcement.customs, c, p, 0, 1e4, "(effort index)");
            p.range(e + ".mineDetectionRate", enforcement.mineDetectionRate, 0, 100, "per year");
            p.range(e + ".customsSeizureRate", enforcement.customsSeizureRate, 0, 1, "(probability)");
            p.nonNegative(e + ".fineMine", enforcement.fineMine, "USD/kg");
            p.nonNegative(e + ".fineSmuggling", enforcement.fineSmuggling, "USD/kg");
            p.range(e + ".smelterDetectability", enforcement.smelterDetectability, 0, 1, "(0-1)");
            p.range(e + ".shutdownMonths", enforcement.shutdownMonths, 0, 600, "months");
            p.nonNegative(e + ".costPerEffortUnit", enforcement.costPerEffortUnit, "USD/yr");
            p.range(e + ".minActivity", enforcement.minActivity, 0, 1, "(share of monthly capacity)");
        }
        if (p.required(path + ".stockpile", stockpile)) stockpile.validate(path + ".stockpile", p, c);
        if (p.required(path + ".storageCentres", storageCentres)) storageCentres.validate(path + ".storageCentres", p, c);
        if (p.required(path + ".environment", environment)) {
            String k = path + ".environment";
            environment.standardFrom.forEach((cls, year) -> {
                if (!"light".equals(cls) && !"heavy".equals(cls)) p.add(k + ".standardFrom." + cls, cls, "one of [light, heavy]");
                p.range(k + ".standardFrom." + cls, year == null ? Double.NaN : year, 0, 2200, "year (0: none)");
            });
            p.range(k + ".complianceCapital", environment.complianceCapital, 0, 1e7, "USD per t REO a year of capacity");
            p.positive(k + ".paybackYears", environment.paybackYears, "years");
            p.range(k + ".inspectionRate", environment.inspectionRate, 0, 100, "per year at effort 1");
            p.range(k + ".closureMonths", environment.closureMonths, 0, 600, "months");
        }
        if (p.required(path + ".consolidation", consolidation)) {
            String k = path + ".consolidation";
            p.range(k + ".fromYear", consolidation.fromYear, 0, 2200, "year (0: never)");
            p.range(k + ".groups", consolidation.groups, 1, 1000, "groups");
            p.range(k + ".internalControl", consolidation.internalControl, 0, 1, "(share of over-quota and grey activity stopped)");
        }
        if (p.required(path + ".adaptive", adaptive)) {
            String a = path + ".adaptive";
            p.range(a + ".fromYear", adaptive.fromYear, 0, 2200, "year");
            p.range(a + ".headroom", adaptive.headroom, -0.9, 5, "(fraction)");
            p.range(a + ".illegalOffsetShare", adaptive.illegalOffsetShare, 0, 1, "(fraction)");
            p.range(a + ".maxChange", adaptive.maxChange, 0, 10, "(fraction)");
            p.oneOf(a + ".illegalEstimate", adaptive.illegalEstimate, List.of("ledger", "balance"));
            p.range(a + ".lagYears", adaptive.lagYears, 1, 10, "years");
            p.range(a + ".statisticsError", adaptive.statisticsError, 0, 2, "(relative standard deviation)");
        }
    }

    /** Schedules keyed by deposit tax class: each key one of light/heavy, each schedule within [0, hi]. */
    private static void checkByClass(String path, Map<String, Map<Integer, Double>> byClass, ModelConfig c, Problems p, double hi, String unit) {
        byClass.forEach((k, s) -> {
            if (!"light".equals(k) && !"heavy".equals(k)) p.add(path + "." + k, k, "one of [light, heavy]");
            ModelConfig.checkSchedule(path + "." + k, s, c, p, 0, hi, unit);
        });
    }
}
