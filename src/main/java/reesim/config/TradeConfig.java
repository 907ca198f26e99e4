package reesim.config;

import java.io.Serializable;

/** Registered traders (exporters/importers) and smugglers. */
public class TradeConfig implements Serializable {
    public int traders;
    /** Largest volume a trader moves per year, t oxide. */
    public double traderCapacity;
    /** Freight and handling between China and the world market, USD/kg. */
    public double transportCost;
    /** Smallest margin over costs a trader needs to act, fraction of price. */
    public double minMargin;
    public int smugglers;
    /** Largest volume a smuggler moves per year, t oxide. */
    public double smugglerCapacity;
    /** Extra cost of moving goods outside customs (false papers, bribes), USD/kg. */
    public double smugglingCost;
    /** Weight on expected seizure losses (1 = risk neutral). */
    public double smugglerRiskAversion;
    /**
     * How much likelier customs is to seize a full lot (a smuggler's monthly capacity) than a small one: the
     * seizure probability is p x (1 + this x lot / full lot). 0 = the same for any lot (the rule of rounds 1-18).
     */
    public double seizureRiseAtCapacity;
    /** Holders of oxide inventory in China: traders and users who stock up when the market turns short or the price climbs. */
    public StockholderConfig stockholder = new StockholderConfig();

    public void validate(String path, Problems p) {
        p.range(path + ".traders", traders, 0, 100000, "traders");
        p.positive(path + ".traderCapacity", traderCapacity, "t/yr");
        p.nonNegative(path + ".transportCost", transportCost, "USD/kg");
        p.range(path + ".minMargin", minMargin, 0, 1, "(fraction)");
        p.range(path + ".smugglers", smugglers, 0, 100000, "smugglers");
        p.positive(path + ".smugglerCapacity", smugglerCapacity, "t/yr");
        p.nonNegative(path + ".smugglingCost", smugglingCost, "USD/kg");
        p.range(path + ".smugglerRiskAversion", smugglerRiskAversion, 0, 100, "(penalty weight)");
        p.range(path + ".seizureRiseAtCapacity", seizureRiseAtCapacity, 0, 1000, "(relative rise of the seizure probability)");
        stockholder.validate(path + ".stockholder", p);
    }
}
