package reesim.config;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rest of the world: foreign demand, foreign magnet making, foreign mines that enter when prices justify it. */
public class WorldConfig implements Serializable {
    /** Foreign demand for separated oxide in the start year, t per year. */
    public Map<String, Double> demand;
    /** Growth rate of foreign oxide demand per year, keyed by the first year it applies. */
    public Map<Integer, Double> demandGrowth = new TreeMap<>();
    /** Price elasticity of foreign oxide demand (>= 0). */
    public double priceElasticity;
    /** Per element, a price elasticity of foreign oxide demand in place of {@link #priceElasticity}; elements absent use it. */
    public Map<String, Double> priceElasticityByElement = new LinkedHashMap<>();
    /**
     * Years of world prices foreign users' reference price averages (0: the starting price for ever); -1: as
     * market.priceMemoryYears, which domestic users follow (the rule before this key).
     */
    public double priceMemoryYears = -1;
    /**
     * Years foreign users take to bring their direct oxide use to what a changed world price calls for (a first-order
     * partial adjustment: after that many years about 63 % of the response to a lasting price step is made, so a
     * month's spike barely cuts use while a lasting level does); 0: at once (the rule before this key).
     */
    public double demandAdjustmentYears = 0;
    public Map<String, ForeignIntermediate> intermediateDemand = new LinkedHashMap<>();
    public List<ForeignProject> projects = new ArrayList<>();
    /** Ratio of expected revenue to cost a candidate project needs before construction starts. */
    public double investmentHurdle;
    /**
     * Years of world prices a candidate project's investment decision averages; a project decides
     * only once it has seen that many years of prices (1: last year's prices, the earlier rule).
     */
    public int investmentExpectationYears = 1;
    /**
     * Consecutive months an operating foreign mine may idle below its cash cost before it closes
     * (care and maintenance ends, permits lapse) and becomes a candidate again, restarting only
     * through the investment decision and its lead time; 0: never closes (the earlier rule).
     */
    public int closeAfterIdleMonths = 0;
    /**
     * Whether a project that closed (idle below cost for closeAfterIdleMonths, or at its closedFrom year) may commit
     * again when prices clear its hurdle, at its old cost and lead time. false: it stays closed, and a restart is a
     * separate candidate project with its own cost (as Mountain Pass's second-generation plant).
     */
    public boolean closedProjectsRecommit = true;
    /** Foreign holders of oxide inventory who buy ahead when the world market turns short. */
    public StockholderConfig stockholder = new StockholderConfig();
    /** Separation plants outside China (seed 001 s3.3, seed 003: Malaysia and elsewhere); off unless enabled. */
    public Separation separation = new Separation();
    /**
     * Foreign users who thrift or substitute an oxide when its world price rises far above its starting price, and
     * return to it only slowly: per element, the share of their direct oxide use they give up follows the rule of a
     * technology substitute ({@link SubstitutionConfig.Technology}, a unit being a kg of the oxide); off unless enabled.
     */
    public UseSwitch thrift = new UseSwitch();
    /**
     * Foreign users who move their oxide-using plants into China when the oxide costs them lastingly more abroad than
     * there: per element, the share of their direct oxide use that has moved follows the rule of a technology
     * substitute ({@link SubstitutionConfig.Technology}) whose "price" is the ratio of the world price to the domestic
     * price and whose premium is that ratio's threshold; the moved use buys on China's domestic market. Off unless
     * enabled.
     */
    public UseSwitch relocation = new UseSwitch();

    /** A switch of foreign users' direct oxide use away from buying it abroad, by the rule of a technology substitute. */
    public static class UseSwitch extends SubstitutionConfig.Technology {
        public boolean enabled;
    }

    public static class Separation implements Serializable {
        public boolean enabled;
        /** Their input capacity, t REO of concentrate a year, keyed by year. */
        public Map<Integer, Double> capacity = new TreeMap<>();
        /** Cost of separating concentrate, USD/kg REO of input. */
        public double processingCost;
        /** Share of the input recovered as oxide. */
        public double recovery;
        /** Months of their capacity in unseparated feed beyond which the mines that ship to them stop. */
        public double idleFeedMonths;
        /** Pressure (0-1) of their asks on the world markets. */
        public double askPressure;
        /**
         * Largest yearly growth of their capacity by their own investment (fraction of the capacity in place): they add
         * capacity, beyond the schedule, after a year run above {@code nearFull} that paid; 0: the schedule only.
         */
        public double maxCapacityGrowth;
        /** Use of capacity above which a year counts as full for investment (fraction). */
        public double nearFull = 0.9;
    }

    public static class ForeignIntermediate implements Serializable {
        /** Foreign demand for the intermediate in the start year, t REO contained per year. */
        public double demand;
        public Map<Integer, Double> growth = new TreeMap<>();
        /** Conversion cost outside China, USD per kg REO contained. */
        public double conversionCost;
        /** How strongly buyers switch to the cheaper origin: logit slope per unit relative cost gap. */
        public double choiceSensitivity;
        /** Extra relative cost foreign makers put on each unit share of their oxide needs they could not buy. */
        public double supplyRiskWeight;
        /**
         * How foreign users' demand for the intermediate responds to what a unit costs them (the two origins' costs
         * weighted by the share bought from each) relative to its first observed cost, as the Chinese product
         * families respond to the makers' quote; 0: the demand path alone (the rule of rounds 1-9).
         */
        public double priceElasticity;
    }

    public static class ForeignProject implements Serializable {
        public String name;
        public Map<String, Double> distribution;
        /** Mining and separation capacity, t REO per year. */
        public double capacity;
        /**
         * Capacity the project may grow to by its own investment (behaviour.world.capacityGrowth), t REO per year;
         * 0: it keeps {@link #capacity}.
         */
        public double maxCapacity = 0;
        /** Cash cost of separated oxide, USD/kg REO. */
        public double unitCost;
        /** Year it operates from if already built; 0 for a candidate that waits for prices. */
        public int operatingFrom;
        /** Years from decision to first output for a candidate. */
        public double leadTimeYears;
        /**
         * Years from first output to full capacity for a project that starts, or restarts after closing, within the
         * run: it works a linearly rising share of its capacity until then. 0: full capacity from the first month.
         */
        public double rampYears = 0;
        /**
         * Year from which the project stops for reasons outside the market (the record's closures: Mountain Pass's
         * separation plant and then its mine, shut to avoid radioactive waste, seed 003); 0: none.
         */
        public int closedFrom = 0;
        /**
         * Deposit type whose registered concentrate market in China the project sells into (ore exported to
         * China for separation, as Myanmar's clays and, from 2018, Mountain Pass did); empty: it separates
         * abroad and sells oxide on the world market; {@value #ABROAD}: it ships its ore to the separation plants
         * outside China (world.separation). With a deposit type its distribution must be that deposit type's; with a
         * deposit type or {@value #ABROAD} its unit cost is the cost of concentrate, without separation.
         */
        public String concentrateMarket = "";
        /**
         * Expected revenue over cost at which this project commits (its own hurdle: a project with little capital to
         * recover, such as artisanal digging or an idle plant bought cheaply, commits near its cost); 0: the world's
         * {@link WorldConfig#investmentHurdle}.
         */
        public double investmentHurdle = 0;

        /** The hurdle this project commits at: its own, or the world's. */
        public double hurdle(double worldHurdle) { return investmentHurdle > 0 ? investmentHurdle : worldHurdle; }

        /** The value of {@link #concentrateMarket} for ore shipped to the separation plants outside China (world.separation). */
        public static final String ABROAD = "abroad";

        /** Whether the project is producing in the run's first month (committed by then and not closed in that year). */
        public boolean operatesAtStart(int startYear) {
            return operatingFrom > 0 && operatingFrom <= startYear && (closedFrom == 0 || closedFrom > startYear);
        }

        public boolean sellsConcentrate() { return concentrateMarket != null && !concentrateMarket.isEmpty() && !separatedAbroad(); }
        public boolean separatedAbroad() { return ABROAD.equals(concentrateMarket); }
    }

    /** The price memory foreign users judge the world price by: their own, or the domestic users' ({@code marketYears}). */
    public double priceMemoryYears(double marketYears) { return priceMemoryYears >= 0 ? priceMemoryYears : marketYears; }

    /** The price elasticity of foreign demand for an element's oxide. */
    public double priceElasticity(String element) {
        Double own = priceElasticityByElement == null ? null : priceElasticityByElement.get(element);
        return own != null ? own : priceElasticity;
    }

    public void validate(String path, Problems p, ModelConfig c) {
        ModelConfig.checkElementMap(path + ".demand", demand, c, p, 0, 1e8, "t/yr", true);
        ModelConfig.checkSchedule(path + ".demandGrowth", demandGrowth, c, p, -0.9, 5, "per year");
        p.range(path + ".priceElasticity", priceElasticity, 0, 5, "(elasticity)");
        if (priceMemoryYears != -1) p.range(path + ".priceMemoryYears", priceMemoryYears, 0, 100, "years (or -1: as market.priceMemoryYears)");
        p.range(path + ".demandAdjustmentYears", demandAdjustmentYears, 0, 30, "years (0 = at once)");
        ModelConfig.checkElementMap(path + ".priceElasticityByElement", priceElasticityByElement, c, p, 0, 5, "elasticity", false);
        p.range(path + ".investmentHurdle", investmentHurdle, 0.1, 100, "(ratio)");
        p.range(path + ".investmentExpectationYears", investmentExpectationYears, 1, 30, "years");
        p.range(path + ".closeAfterIdleMonths", closeAfterIdleMonths, 0, 600, "months (0: never closes)");
        stockholder.validate(path + ".stockholder", p);
        ModelConfig.checkSchedule(path + ".separation.capacity", separation.capacity, c, p, 0, 1e8, "t REO/yr");
        p.range(path + ".separation.processingCost", separation.processingCost, 0, 1000, "USD/kg");
        p.range(path + ".separation.recovery", separation.recovery, 0, 1, "(fraction)");
        p.range(path + ".separation.idleFeedMonths", separation.idleFeedMonths, 0, 120, "months of capacity");
        if (thrift.enabled) thrift.validate(path + ".thrift", p, "USD/kg of the oxide");
        if (relocation.enabled) relocation.validate(path + ".relocation", p, "(ratio of the world to the domestic price)");
        p.range(path + ".separation.askPressure", separation.askPressure, 0, 1, "(0-1)");
        p.range(path + ".separation.maxCapacityGrowth", separation.maxCapacityGrowth, 0, 10, "(fraction per year)");
        p.range(path + ".separation.nearFull", separation.nearFull, 0, 1, "(fraction of capacity)");
        intermediateDemand.forEach((k, fi) -> {
            String ip = path + ".intermediateDemand." + k;
            if (!c.intermediates.containsKey(k)) p.add(ip, k, "a key among the intermediates " + c.intermediates.keySet());
            p.nonNegative(ip + ".demand", fi.demand, "t REO/yr");
            ModelConfig.checkSchedule(ip + ".growth", fi.growth, c, p, -0.9, 5, "per year");
            p.nonNegative(ip + ".conversionCost", fi.conversionCost, "USD/kg");
            p.range(ip + ".choiceSensitivity", fi.choiceSensitivity, 0, 1000, "(logit slope)");
            p.range(ip + ".supplyRiskWeight", fi.supplyRiskWeight, 0, 100, "(relative cost per unit shortfall)");
            p.range(ip + ".priceElasticity", fi.priceElasticity, 0, 5, "(elasticity)");
        });
        for (int i = 0; i < projects.size(); i++) {
            ForeignProject fp = projects.get(i);
            String pp = path + ".projects." + i;
            p.required(pp + ".name", fp.name);
                ModelConfig.checkShares(pp + ".distribution", fp.distribution, c, p);
            p.positive(pp + ".capacity", fp.capacity, "t REO/yr");
            if (fp.maxCapacity != 0) p.range(pp + ".maxCapacity", fp.maxCapacity, fp.capacity, 1e8, "t REO/yr, at least its capacity (or 0: no growth)");
            p.positive(pp + ".unitCost", fp.unitCost, "USD/kg REO");
            if (fp.operatingFrom != 0) p.range(pp + ".operatingFrom", fp.operatingFrom, 1900, 2200, "year (or 0 for a candidate)");
            p.range(pp + ".leadTimeYears", fp.leadTimeYears, 0, 50, "years");
            p.range(pp + ".rampYears", fp.rampYears, 0, 50, "years (0: full capacity from the first month)");
            if (fp.investmentHurdle != 0) p.range(pp + ".investmentHurdle", fp.investmentHurdle, 0.1, 100, "(ratio; 0: the world's investmentHurdle)");
            if (fp.closedFrom != 0) p.range(pp + ".closedFrom", fp.closedFrom, 1900, 2200, "year (or 0: no closure outside the market)");
            if (fp.sellsConcentrate()) checkConcentrateMarket(pp, fp, c, p);
            if (fp.separatedAbroad() && !separation.enabled)
                p.add(pp + ".concentrateMarket", fp.concentrateMarket, "a deposit type, empty, or 'abroad' only with world.separation.enabled: true");
        }
    }

    private static void checkConcentrateMarket(String pp, ForeignProject fp, ModelConfig c, Problems p) {
        DepositConfig d = c.deposits.get(fp.concentrateMarket);
        if (d == null) {
            p.add(pp + ".concentrateMarket", fp.concentrateMarket, "a deposit type among " + c.deposits.keySet() + " (or empty: the project sells oxide)"
                    + Suggestions.closest(fp.concentrateMarket, c.deposits.keySet()).map(k -> "; did you mean '" + k + "'?").orElse(""));
            return;
        }
        if (fp.distribution == null || d.distribution == null) return;
        for (var e : d.distribution.entrySet()) {
            double own = fp.distribution.getOrDefault(e.getKey(), 0.0);
            if (Math.abs(own - e.getValue()) > 1e-9) {
                p.add(pp + ".distribution." + e.getKey(), own, e.getValue() + ", the share in deposit type " + fp.concentrateMarket
                        + " whose concentrate the project sells (concentrateMarket)");
                return;
            }
        }
    }
}
