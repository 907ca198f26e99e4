package reesim.demand;

import reesim.config.ProductConfig;

/**
 * Tonnes of a family's key element in a number of units (seed 002 eq. 1): units x adoption rate x
 * content per unit. Of the units made, the export share leaves China; the rest enters use there.
 */
public record KeyContent(double contentPerUnitKg, double adoptionRate, double exportShare) {
    public static KeyContent of(ProductConfig pc) {
        return new KeyContent(pc.contentPerUnit, pc.adoptionRate, pc.exportShare);
    }

    /** t of key element in {@code units} units. */
    public double tonnes(double units) { return units * adoptionRate * contentPerUnitKg / 1000; }

    /** t of key element in use in China for a stock of {@code units} units made (the export share leaves). */
    public double inUseTonnes(double units) { return (1 - exportShare) * tonnes(units); }
}
