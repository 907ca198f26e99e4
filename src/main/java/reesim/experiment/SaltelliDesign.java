package reesim.experiment;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The design for Sobol sensitivity indices (Saltelli et al. 2010): {@code n} points of a {@code 2k}-dimensional
 * Sobol sequence (its first point, the origin, skipped) give matrices A (first k columns) and B (last k columns);
 * matrix AB_i is A with column i taken from B. The design lists, for each base point j, the rows
 * A_j, B_j, AB_1j .. AB_kj: {@code n * (k + 2)} points in all.
 */
public final class SaltelliDesign {
    private SaltelliDesign() {}

    /** Role of row {@code r} of a point's block: A, B, AB1..ABk. */
    public static String role(int r) {
        return r == 0 ? "A" : r == 1 ? "B" : "AB" + (r - 1);
    }

    /** {@code result[j * (k + 2) + r]}: row r (see {@link #role}) of base point j, in the unit cube. */
    public static double[][] points(int n, int k) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        double[][] design = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = new double[k], b = new double[k];
            System.arraycopy(v, 0, a, 0, k);
            System.arraycopy(v, k, b, 0, k);
            int row = j * (k + 2);
            design[row] = a;
            design[row + 1] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                design[row + 2 + i] = ab;
            }
        }
        return design;
    }
}
