package reesim.config;

import java.io.Serializable;

/**
 * Holders of oxide inventory on one market (users' strategic stocks and the traders who keep them): abroad
 * ({@code world.stockholder}) or in China ({@code trade.stockholder}).
 */
public class StockholderConfig implements Serializable {
    /** Off: no such holder (the rule of rounds 1-4 abroad, of rounds 1-22 in China). */
    public boolean enabled = false;
    /** Normal cover held, months of the market's use by others. */
    public double coverMonths = 2;
    /** Extra cover at a fully short market (all demand unfilled), months of use. */
    public double shortageCoverMonths = 6;
    /** Weight of last month in the smoothed shortage and price-trend signals (0-1). */
    public double signalWeight = 0.2;
    /** Share of the gap to its target cover it bids for or sells in a month (0-1). */
    public double adjustmentRate = 0.25;
    /** It sells stock beyond its cover only above this multiple of the trailing price. */
    public double sellAboveTrailing = 1.2;
    /** How far below the price its asks reach when it sells (0-1, as sellers' stock pressure). */
    public double askPressure = 0.5;
    /**
     * Weight of an announced cut of China's export quota in its shortage signal (abroad only): 0, it reads the market's
     * unfilled bids alone (the rule before it); above 0, a quota announced at a share c below the year's before makes
     * the signal at least this weight x c while that quota is known and in force.
     */
    public double quotaCutWeight = 0;
    /** Months before January that a year's export quota is known (0-12). */
    public int quotaAnnounceMonths = 3;
    /**
     * Extra cover per unit of the price trend (the smoothed excess of the price over its trailing level), months of use:
     * a holder who expects a rising price to go on rising buys ahead of it. 0: the price trend does not move its cover
     * (the rule before it).
     */
    public double trendCoverMonths = 0;

    public void validate(String path, Problems p) {
        p.range(path + ".coverMonths", coverMonths, 0, 60, "months of use");
        p.range(path + ".shortageCoverMonths", shortageCoverMonths, 0, 120, "months of use");
        p.range(path + ".signalWeight", signalWeight, 0.01, 1, "(weight of the last month)");
        p.range(path + ".adjustmentRate", adjustmentRate, 0.01, 1, "(share of the gap per month)");
        p.range(path + ".sellAboveTrailing", sellAboveTrailing, 0.1, 10, "(multiple of the trailing price)");
        p.range(path + ".askPressure", askPressure, 0, 1, "(0-1)");
        p.range(path + ".quotaCutWeight", quotaCutWeight, 0, 10, "(weight of an announced quota cut; 0: none)");
        p.range(path + ".quotaAnnounceMonths", quotaAnnounceMonths, 0, 12, "months before January");
        p.range(path + ".trendCoverMonths", trendCoverMonths, 0, 120, "months of use per unit of price trend");
    }
}
