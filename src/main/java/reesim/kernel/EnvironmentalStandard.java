package reesim.kernel;

import java.io.Serializable;

/**
 * An environmental standard in force for a legal mine's deposit class this year, as the mine reads it.
 *
 * @param capitalPerTonne     one-off investment that brings a mine to the standard, USD per t REO a year of capacity
 * @param paybackYears        years over which a mine wants that investment back
 * @param closureProbability  monthly probability that inspectors find a mine below the standard (0-1)
 * @param closureMonths       months such a mine is then closed for rectification
 */
public record EnvironmentalStandard(double capitalPerTonne, double paybackYears, double closureProbability, int closureMonths)
        implements Serializable {

    /**
     * Share of the time a mine below the standard expects to be closed: operating spells last 1/p months on
     * average and each closure L months, so the closed share is pL / (1 + pL).
     */
    public double expectedClosedShare() {
        double pl = closureProbability * closureMonths;
        return pl / (1 + pl);
    }
}
