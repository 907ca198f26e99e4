package reesim.demand;

import java.io.Serializable;

/**
 * Seed 002 eq. 7: units in use per capita as a Gompertz function of GDP per capita,
 * V = VS * exp(alpha * exp(beta * GDPpc)), with alpha, beta < 0 so that V rises with GDP
 * from 0 towards the saturation level VS.
 */
public record GompertzOwnership(double saturationPerCapita, double alpha, double beta) implements Serializable {
    /** Units in use per capita at a GDP per capita (USD 2015). */
    public double perCapita(double gdpPerCapita) {
        return saturationPerCapita * StrictMath.exp(alpha * StrictMath.exp(beta * gdpPerCapita));
    }
}
