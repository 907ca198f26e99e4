package reesim.config;

import java.io.Serializable;
import java.util.List;

/**
 * The constants of the agents' decision rules (the rules are in reesim.agents and reesim.agents.rules):
 * thresholds, smoothing weights, the options an operator weighs, urgencies and pressures of orders.
 * The defaults are the values the model has used since calibration round 4 (configs/baseline.yaml
 * states them with their reasoning).
 */
public class BehaviourConfig implements Serializable {
    public MineBehaviour mine = new MineBehaviour();
    public SmelterBehaviour smelter = new SmelterBehaviour();
    public IllegalMineBehaviour illegalMine = new IllegalMineBehaviour();
    public MakerBehaviour maker = new MakerBehaviour();
    public RecyclerBehaviour recycler = new RecyclerBehaviour();
    public TraderBehaviour trader = new TraderBehaviour();
    public SmugglerBehaviour smuggler = new SmugglerBehaviour();
    public WorldBehaviour world = new WorldBehaviour();

    /** Legal mines. */
    public static class MineBehaviour implements Serializable {
        /** Utilisation above which a mine that had a profitable year adds capacity (fraction of capacity). */
        public double nearFull = 0.9;
        /** Shares of the over-quota headroom a mine weighs digging (fractions, 0-1). */
        public List<Double> overQuotaOptions = List.of(0.0, 0.25, 0.5, 0.75, 1.0);
        /** Weight of the month just ended in the moving average of concentrate sales (fraction). */
        public double salesMemoryWeight = 0.2;
        /** Least monthly sales a mine assumes when it gauges its stock, as a share of its monthly capacity. */
        public double minSalesShare = 0.05;
        /** Least a mine asks for unregistered concentrate, as a share of its unit cost. */
        public double greyAskFloor = 0.8;
        /** Share of the initial reserves below which the grade stops declining (caps the cost rise). */
        public double depletionFloor = 0.01;
        /**
         * Spread of the cost of a mine's working faces around its unit cost (fraction): faces cost uniformly unit cost x
         * (1 +/- spread), and a mine works those the concentrate price covers; 0: all or nothing at the unit cost.
         */
        public double costSpread = 0.0;
        /**
         * false: a mine digs its room in full while its stock is light and less as it grows ({@code MarketRules.willingness});
         * true: it digs what it expects to sell plus what brings its stock to its comfortable months of sales.
         */
        public boolean outputToStockTarget = false;
        /**
         * Months of its sales a mine holds as concentrate without pressing its asks, and plans its output toward (with
         * {@code outputToStockTarget}); -1: {@code market.comfortableStockMonths}, as every other seller.
         */
        public double comfortableStockMonths = -1;

        /** The comfortable stock of a mine, months of sales, given the market's. */
        public double comfortableStockMonths(double market) { return comfortableStockMonths >= 0 ? comfortableStockMonths : market; }
    }

    /** Smelting/separation plants. */
    public static class SmelterBehaviour implements Serializable {
        /** Utilisation above which a plant that had a profitable year adds capacity (fraction of capacity). */
        public double nearFull = 0.9;
        /** Shares of its unregistered-ore room a plant weighs buying (fractions, 0-1). */
        public List<Double> greyOptions = List.of(0.0, 0.25, 0.5, 1.0);
        /** Weight of the month just ended in the moving average of oxide sales (fraction). */
        public double salesMemoryWeight = 0.2;
        /** Least monthly sales a plant assumes when it gauges an oxide's stock, as a share of this month's output. */
        public double minSalesShare = 0.1;
        /** Concentrate a plant keeps in store, months of separation (its purchase target and the urgency of its bids). */
        public double feedStockMonths = 1.5;
        /**
         * false: a plant separates all the ore it holds, up to its capacity, and buys as if it ran full while its oxide
         * stock is light ({@code MarketRules.willingness}); true: it separates (and buys ore for) what it expects to sell
         * plus what brings its oxide stock to its comfortable months of sales.
         */
        public boolean throughputToStockTarget = false;
    }

    /** Illegal mining sites. */
    public static class IllegalMineBehaviour implements Serializable {
        /** Months of output lying unsold at which a site stops digging and asks with full pressure. */
        public double stockMonths = 3;
        /** A site's ask pressure with no stock; it rises to 1 at stockMonths of output (0-1). */
        public double askPressureBase = 0.5;
    }

    /** Intermediate makers. */
    public static class MakerBehaviour implements Serializable {
        /** Orders over capacity above which a maker adds capacity (fraction of capacity). */
        public double nearFull = 0.9;
        /** Weight of the month just ended in the moving average of orders (fraction). */
        public double orderMemoryWeight = 0.3;
    }

    /** Recyclers. */
    public static class RecyclerBehaviour implements Serializable {
        /** Utilisation above which a recycler that earned a margin adds capacity (fraction of capacity). */
        public double nearFull = 0.85;
        /** Growth a recycler adds on top of its utilisation above nearFull (fraction per year). */
        public double growthStep = 0.05;
        /** Utilisation under which a recycler sheds capacity (fraction of capacity). */
        public double idleBelow = 0.3;
        /** Share of its capacity an idle recycler keeps each year (fraction). */
        public double idleKeep = 0.9;
        /** Capacity an idle recycler never sheds below, as a share of its first-year capacity. */
        public double minCapacityShare = 0.2;
        /** Most a recycler processes in a month, as a multiple of its monthly capacity (it works off backlogs). */
        public double processingSurge = 1.5;
        /** Weight of the month just ended in the moving average of oxide sales (fraction). */
        public double salesMemoryWeight = 0.2;
        /** Least monthly sales a recycler assumes when it gauges an oxide's stock, as a share of this month's recovery. */
        public double minSalesShare = 0.1;
    }

    /** Registered traders: how hard they press their orders. */
    public static class TraderBehaviour implements Serializable {
        /** Pressure of its asks for exported oxide abroad and imported oxide at home (0-1). */
        public double askPressure = 0.6;
        /** Urgency of its bids for oxide to export or import (0-1). */
        public double bidUrgency = 0.5;
        /**
         * Export margin beyond the trader's minimum margin, as a fraction of the domestic price, at which it bids for
         * oxide to export with full urgency; between none and this margin its urgency rises linearly from
         * {@link #bidUrgency}. 0: a fixed urgency (the rule of rounds 1-6).
         */
        public double arbitrageMargin = 0;
        /**
         * How a trader spreads its monthly export budget over elements: false, by their world demand in tonnes whether
         * exporting them pays or not (the rule of rounds 1-8: the share of elements that do not pay goes unused); true,
         * by their world demand among the elements whose export pays this month.
         */
        public boolean budgetToPayingElements = false;
        /**
         * How a trader buys for export and sells abroad: false, this month's budget share of each element whose export
         * pays, sold abroad at the fixed {@link #askPressure} (the rule of rounds 1-V); true, as a distributor holding
         * stock abroad, the sales abroad it expects plus the gap to its comfortable stock, its asks abroad pressed by
         * that stock as producers press theirs.
         */
        public boolean exportToStockTarget = false;
        /**
         * What bounds a licence holder's exports in a month: false, the lesser of its monthly capacity and its unused
         * licence spread over the months left (the rule of rounds 1-V: a month without a paying margin is licence lost);
         * true, its unused licence spread over the months left alone, so it catches up on months it missed.
         */
        public boolean licenceCatchUp = false;
        /**
         * How a licence holder spreads its export budget over elements while export licences are scarce (a quota year):
         * false, as {@link #budgetToPayingElements} says for every year; true, by world demand among the elements whose
         * export pays this month, since a licence is tonnage of any rare earth and an exporter puts it on what pays
         * (in years without a quota {@link #budgetToPayingElements} still decides).
         */
        public boolean licenceToPayingElements = false;
        /** Weight of the month just ended in a trader's memory of its sales abroad (fraction). */
        public double salesMemoryWeight = 0.2;
        /** With no sales abroad yet, the sales a trader expects: this share of its capacity's share of world demand. */
        public double minSalesShare = 0.25;
    }

    /** Smugglers: how hard they press their orders. */
    public static class SmugglerBehaviour implements Serializable {
        /** Pressure of its asks for smuggled oxide abroad (0-1). */
        public double askPressure = 0.8;
        /** Urgency of its bids for oxide to smuggle (0-1). */
        public double bidUrgency = 0.5;
    }

    /** The rest of the world. */
    public static class WorldBehaviour implements Serializable {
        /** Weight of the month just ended in foreign users' memory of how much of their bids filled (fraction). */
        public double fillMemoryWeight = 0.2;
        /** Months of foreign mines' output they hold before their asks fall (months). */
        public double stockMonths = 3;
        /** Unsold stock above which a foreign mine stops producing, years of its capacity. */
        public double idleStockYears = 0.5;
        /** Urgency of foreign users' bids with no backlog; it rises to 1 as the backlog reaches a month's need (0-1). */
        public double urgencyBase = 0.5;
        /** Share of a month's unmet foreign need carried over to the next month (fraction). */
        public double backlogCarryOver = 0.5;
        /**
         * Largest yearly capacity growth of a foreign project that ran near full over a year that paid its hurdle
         * (fraction per year), up to the project's maxCapacity; 0: projects keep the capacity they committed with.
         */
        public double capacityGrowth = 0;
        /** Share of its capacity a foreign project must have worked over the year for it to grow (fraction). */
        public double nearFull = 0.9;
    }

    public void validate(String path, Problems p) {
        if (p.required(path + ".mine", mine)) {
            String m = path + ".mine";
            p.range(m + ".nearFull", mine.nearFull, 0, 1, "(fraction of capacity)");
            options(m + ".overQuotaOptions", mine.overQuotaOptions, p);
            memory(m + ".salesMemoryWeight", mine.salesMemoryWeight, p);
            p.range(m + ".minSalesShare", mine.minSalesShare, 1e-6, 10, "(share of monthly capacity)");
            p.range(m + ".greyAskFloor", mine.greyAskFloor, 0, 10, "(share of unit cost)");
            p.range(m + ".depletionFloor", mine.depletionFloor, 1e-6, 1, "(share of initial reserves)");
            p.range(m + ".costSpread", mine.costSpread, 0, 1, "(fraction of unit cost)");
            if (mine.comfortableStockMonths != -1) p.range(m + ".comfortableStockMonths", mine.comfortableStockMonths, 0.1, 120, "months of sales (-1: market.comfortableStockMonths)");
        }
        if (p.required(path + ".smelter", smelter)) {
            String s = path + ".smelter";
            p.range(s + ".nearFull", smelter.nearFull, 0, 1, "(fraction of capacity)");
            options(s + ".greyOptions", smelter.greyOptions, p);
            memory(s + ".salesMemoryWeight", smelter.salesMemoryWeight, p);
            p.range(s + ".minSalesShare", smelter.minSalesShare, 0, 10, "(share of the month's output)");
            p.range(s + ".feedStockMonths", smelter.feedStockMonths, 0.01, 60, "months of separation");
        }
        if (p.required(path + ".illegalMine", illegalMine)) {
            String i = path + ".illegalMine";
            p.range(i + ".stockMonths", illegalMine.stockMonths, 0.01, 600, "months of output");
            p.range(i + ".askPressureBase", illegalMine.askPressureBase, 0, 1, "(pressure, 0-1)");
        }
        if (p.required(path + ".maker", maker)) {
            String k = path + ".maker";
            p.range(k + ".nearFull", maker.nearFull, 0, 10, "(orders as a fraction of capacity)");
            memory(k + ".orderMemoryWeight", maker.orderMemoryWeight, p);
        }
        if (p.required(path + ".recycler", recycler)) {
            String r = path + ".recycler";
            p.range(r + ".nearFull", recycler.nearFull, 0, 10, "(fraction of capacity)");
            p.range(r + ".growthStep", recycler.growthStep, 0, 10, "(fraction per year)");
            p.range(r + ".idleBelow", recycler.idleBelow, 0, 1, "(fraction of capacity; 0: never sheds)");
            p.range(r + ".idleKeep", recycler.idleKeep, 0, 1, "(fraction per year)");
            p.range(r + ".minCapacityShare", recycler.minCapacityShare, 0, 1, "(share of first-year capacity)");
            p.range(r + ".processingSurge", recycler.processingSurge, 0.01, 100, "(multiple of monthly capacity)");
            memory(r + ".salesMemoryWeight", recycler.salesMemoryWeight, p);
            p.range(r + ".minSalesShare", recycler.minSalesShare, 0, 10, "(share of the month's recovery)");
        }
        if (p.required(path + ".trader", trader)) {
            orders(path + ".trader", trader.askPressure, trader.bidUrgency, p);
            p.range(path + ".trader.arbitrageMargin", trader.arbitrageMargin, 0, 100, "(fraction of the domestic price; 0: fixed urgency)");
            memory(path + ".trader.salesMemoryWeight", trader.salesMemoryWeight, p);
            p.range(path + ".trader.minSalesShare", trader.minSalesShare, 0, 10, "(share of its capacity's share of world demand)");
        }
        if (p.required(path + ".smuggler", smuggler)) orders(path + ".smuggler", smuggler.askPressure, smuggler.bidUrgency, p);
        if (p.required(path + ".world", world)) {
            String w = path + ".world";
            memory(w + ".fillMemoryWeight", world.fillMemoryWeight, p);
            p.range(w + ".stockMonths", world.stockMonths, 0.01, 600, "months of output");
            p.range(w + ".idleStockYears", world.idleStockYears, 0, 100, "years of capacity");
            p.range(w + ".urgencyBase", world.urgencyBase, 0, 1, "(urgency, 0-1)");
            p.range(w + ".backlogCarryOver", world.backlogCarryOver, 0, 1, "(fraction)");
            p.range(w + ".capacityGrowth", world.capacityGrowth, 0, 10, "(fraction per year; 0: fixed capacities)");
            p.range(w + ".nearFull", world.nearFull, 0, 1, "(fraction of capacity)");
        }
    }

    private static void orders(String path, double askPressure, double bidUrgency, Problems p) {
        p.range(path + ".askPressure", askPressure, 0, 1, "(pressure, 0-1)");
        p.range(path + ".bidUrgency", bidUrgency, 0, 1, "(urgency, 0-1)");
    }

    private static void memory(String path, double weight, Problems p) {
        p.range(path, weight, 0, 1, "(weight of the latest month, fraction)");
    }

    private static void options(String path, List<Double> options, Problems p) {
        if (options == null || options.isEmpty()) { p.add(path, options == null ? null : "[]", "a non-empty list of shares in [0, 1]"); return; }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i) == null) p.add(path + "." + i, null, "a share in [0, 1]");
            else p.range(path + "." + i, options.get(i), 0, 1, "(share of the quantity)");
        }
    }

    /** A list of options as the array an agent loops over. */
    public static double[] array(List<Double> options) {
        return options.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
