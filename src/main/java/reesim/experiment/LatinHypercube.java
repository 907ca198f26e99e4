package reesim.experiment;

import ec.util.MersenneTwisterFast;

/**
 * Latin hypercube sample of the unit cube: in every dimension each of the {@code n} equal strata holds exactly one
 * point, at a uniform random position within it. Draws come from MASON's Mersenne Twister seeded with the sweep
 * file's {@code sampleSeed}, so a design is the same on every machine.
 */
public final class LatinHypercube {
    private LatinHypercube() {}

    /** {@code n} points of dimension {@code k}: {@code result[point][dimension]} in [0, 1). */
    public static double[][] sample(int n, int k, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double[][] points = new double[n][k];
        int[] strata = new int[n];
        for (int d = 0; d < k; d++) {
            for (int i = 0; i < n; i++) strata[i] = i;
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            for (int i = 0; i < n; i++) points[i][d] = (strata[i] + random.nextDouble()) / n;
        }
        return points;
    }
}
