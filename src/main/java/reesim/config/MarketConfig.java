package reesim.config;

import java.io.Serializable;
import java.util.Map;

/** Starting prices and the order-placing behaviour shared by market participants. */
public class MarketConfig implements Serializable {
    public Map<String, Double> initialPriceDomestic;
    public Map<String, Double> initialPriceWorld;
    /** Highest premium over the reference price that a buyer's most urgent tranche bids (fraction). */
    public double buyerPremiumMax;
    /** Largest discount under the reference price that a seller's most pressed tranche asks (fraction). */
    public double sellerDiscountMax;
    /** Number of price tranches each participant splits its order into. */
    public int tranches;
    /** Most a user pays for an element, as a multiple of its starting price; beyond it users substitute or thrift. */
    public double chokePriceMultiple;
    /** Least a holder of oxide sells for, as a share of its starting price; below it storing for later is cheaper. */
    public double sellerFloorFraction;
    /**
     * Least a holder of oxide sells for, as a share of the market's trailing (about one-year) price:
     * below it storing and waiting is expected to pay. Bounds how fast a glut drives prices down.
     */
    public double sellerTrailingFloor = 0.5;
    /**
     * Least a holder of oxide sells any oxide for, USD/kg: what it costs to separate a kg, below which no plant
     * would separate it to sell and holders store it (or leave it in a mixed product) instead; 0 = no such floor.
     */
    public double sellerCostFloor = 0;
    /** Months of expected sales a seller holds before it counts its stock as pressing. */
    public double comfortableStockMonths;
    /**
     * Months of their expected sales the producers (mines, separation plants) hold, and remember having sold, at the
     * start of a run (a mine with its own comfortable stock, {@code behaviour.mine.comfortableStockMonths}, holds these
     * months scaled by its own over {@link #comfortableStockMonths}); 0: they start with empty stores and no sales
     * history (the rule of rounds 1-V).
     */
    public double startStockMonths = 0;
    /**
     * Stock pressure (stock over comfortableStockMonths of recent sales) from which a seller's asks fall below
     * the reference price: it asks with pressure (stock pressure - askPressureFrom).
     */
    public double askPressureFrom = 0.5;
    /**
     * Stock pressure at which a producer stops adding to its stock (a mine digging, a plant buying ore): it uses
     * min(1, stockCutOff - stock pressure) of its room, all of it up to stockCutOff - 1.
     */
    public double stockCutOff = 1.5;
    /**
     * Years over which users' reference price adapts (exponential memory): demand responds to the
     * price relative to what users have been paying, not to the 2000 price. 0 = no memory (the
     * reference stays at the starting price).
     */
    public double priceMemoryYears;
    /**
     * How sellers of registered concentrate price it: 0 = around the last clearing price; > 0 = on a payable
     * basis, this share of the value of the oxides it contains at domestic prices (fraction).
     */
    public double concentratePayable = 0;

    public void validate(String path, Problems p, ModelConfig c) {
        ModelConfig.checkElementMap(path + ".initialPriceDomestic", initialPriceDomestic, c, p, 1e-6, 1e6, "USD/kg", true);
        ModelConfig.checkElementMap(path + ".initialPriceWorld", initialPriceWorld, c, p, 1e-6, 1e6, "USD/kg", true);
        p.range(path + ".buyerPremiumMax", buyerPremiumMax, 0, 5, "(fraction)");
        p.range(path + ".sellerDiscountMax", sellerDiscountMax, 0, 0.95, "(fraction)");
        p.range(path + ".tranches", tranches, 1, 50, "(count)");
        p.range(path + ".chokePriceMultiple", chokePriceMultiple, 1, 1e4, "(multiple of the starting price)");
        p.range(path + ".sellerFloorFraction", sellerFloorFraction, 0, 1, "(share of the starting price)");
        p.range(path + ".sellerTrailingFloor", sellerTrailingFloor, 0, 1, "(share of the trailing price)");
        p.range(path + ".sellerCostFloor", sellerCostFloor, 0, 1000, "USD/kg (0 = none)");
        p.range(path + ".comfortableStockMonths", comfortableStockMonths, 0.1, 120, "months");
        p.range(path + ".startStockMonths", startStockMonths, 0, 120, "months of expected sales (0: empty stores)");
        p.range(path + ".askPressureFrom", askPressureFrom, 0, 10, "(stock pressure, comfortable-stock units)");
        p.range(path + ".stockCutOff", stockCutOff, 0, 10, "(stock pressure, comfortable-stock units)");
        p.range(path + ".concentratePayable", concentratePayable, 0, 1, "(share of the contained oxide value; 0 = ask around the last clearing price)");
        p.range(path + ".priceMemoryYears", priceMemoryYears, 0, 100, "years (0 = reference fixed at the starting price)");
    }
}
