package reesim.agents.rules;

import java.util.function.DoubleUnaryOperator;

/**
 * How an operator chooses how much to do outside the rules (a mine digging over its quota, a plant
 * buying unregistered ore): among a list of shares of the quantity it could do, the one that
 * maximises margin x quantity - risk aversion x detection probability x what it loses if caught.
 * Doing nothing is worth 0 and is kept unless an option beats it.
 */
public final class RiskWeightedChoice {
    private RiskWeightedChoice() {}

    /**
     * @param options      shares of {@code quantity} considered (fractions; the list of the config)
     * @param quantity     what the operator could do at most, t
     * @param margin       gain per t if not caught, USD/t
     * @param riskAversion weight on the expected loss (1 = risk neutral)
     * @param detection    probability of being caught, as a function of the share chosen
     * @param lossIfCaught what it loses if caught (fines, seized stock, forgone output), USD, as a function of the quantity
     * @return the share chosen (0 if none pays)
     */
    public static double choose(double[] options, double quantity, double margin, double riskAversion,
                                DoubleUnaryOperator detection, DoubleUnaryOperator lossIfCaught) {
        if (margin <= 0 || quantity <= 0) return 0;
        double best = 0, bestValue = 0;
        for (double f : options) {
            double q = f * quantity;
            double penalty = detection.applyAsDouble(f) * lossIfCaught.applyAsDouble(q);
            double value = margin * q - riskAversion * penalty;
            if (value > bestValue) { bestValue = value; best = f; }
        }
        return best;
    }
}
