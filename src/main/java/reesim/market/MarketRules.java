package reesim.market;

import reesim.config.MarketConfig;

import java.io.Serializable;
import java.util.List;

/** Rules of the oxide markets that every holder and user of oxide applies: sellers' floors and the choke price. */
public final class MarketRules implements Serializable {
    private final MarketConfig cfg;
    private final List<String> elements;
    private final Markets markets;

    public MarketRules(MarketConfig cfg, List<String> elements, Markets markets) {
        this.cfg = cfg;
        this.elements = elements;
        this.markets = markets;
    }

    /**
     * The least a holder of oxide sells for: a share of the past year's price (it stores rather than
     * dump), but never under a share of the starting price, where storing for a later market is cheaper,
     * nor under the cost of separating a kg ({@code sellerCostFloor}, 0 = none).
     */
    public double sellerFloor(int e, boolean world) {
        double floor = Math.max(cfg.sellerTrailingFloor * markets.oxide(e, world).trailingPrice(), startPrice(e, world) * cfg.sellerFloorFraction);
        return cfg.sellerCostFloor > 0 ? Math.max(floor, cfg.sellerCostFloor) : floor;
    }

    /** The most users pay for an element's oxide: a multiple of its starting price (substitution beyond). */
    public double chokePrice(int e, boolean world) {
        return startPrice(e, world) * cfg.chokePriceMultiple;
    }

    /** An oxide's current price over its starting price, at home or abroad. */
    public double priceRelativeToStart(int e, boolean world) {
        return markets.oxide(e, world).price() / startPrice(e, world);
    }

    /**
     * The price a seller of a deposit's registered concentrate asks around: the market's last clearing price or,
     * with {@code concentratePayable} > 0, that share of the oxides the concentrate contains at domestic prices
     * (concentrate sold on a payable basis, so its price follows the oxides it carries).
     */
    public double concentrateAskReference(String deposit) {
        Market market = markets.concentrate(deposit, true);
        if (cfg.concentratePayable <= 0) return market.price();
        double[] shares = markets.concentrateShares(deposit);
        double value = 0;
        for (int e = 0; e < shares.length; e++) value += shares[e] * markets.oxide(e, false).price();
        return cfg.concentratePayable * value;
    }

    /** Months of sales a producer holds in stock without pressing its price, months. */
    public double comfortableStockMonths() { return cfg.comfortableStockMonths; }

    /** The pressure a seller asks with at a stock pressure (stock over comfortable months of sales): 0 up to {@code askPressureFrom}. */
    public double askPressure(double stockPressure) { return stockPressure - cfg.askPressureFrom; }

    /** Stock pressure from which a seller's asks fall below the reference price. */
    public double askPressureFrom() { return cfg.askPressureFrom; }

    /**
     * What a producer that plans toward its comfortable stock makes this month (the order-up-to rule): the sales it
     * expects, plus the gap between its comfortable stock and the stock it holds, {@code stockMonths} of those sales.
     */
    public double orderUpTo(double expectedSales, double stockMonths) {
        return orderUpTo(expectedSales, stockMonths, cfg.comfortableStockMonths);
    }

    /** The order-up-to rule toward a stock of {@code targetMonths} of sales of the producer's own. */
    public double orderUpTo(double expectedSales, double stockMonths, double targetMonths) {
        return expectedSales * Math.max(0, 1 + targetMonths - stockMonths);
    }

    /** Share of its room a producer fills at a stock pressure: 1 while its stock is light, 0 from {@code stockCutOff}. */
    public double willingness(double stockPressure) {
        double x = cfg.stockCutOff - stockPressure;
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    private double startPrice(int e, boolean world) {
        return (world ? cfg.initialPriceWorld : cfg.initialPriceDomestic).get(elements.get(e));
    }
}
