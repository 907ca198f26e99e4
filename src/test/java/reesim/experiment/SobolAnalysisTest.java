package reesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class SobolAnalysisTest {
    private static SobolAnalysis.Indices analyse(int n, int k, ToDoubleFunction<double[]> f) {
        double[][] design = SaltelliDesign.points(n, k);
        double[] fA = new double[n], fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int j = 0; j < n; j++) {
            fA[j] = f.applyAsDouble(design[j * (k + 2)]);
            fB[j] = f.applyAsDouble(design[j * (k + 2) + 1]);
            for (int i = 0; i < k; i++) fAB[i][j] = f.applyAsDouble(design[j * (k + 2) + 2 + i]);
        }
        return SobolAnalysis.estimate(fA, fB, fAB);
    }

    @Test
    void additiveFunctionIndicesMatchTheVarianceShares() {
        // f = x1 + 2 x2 + 0 x3 on U[0,1]^3: V1 = 1/12, V2 = 4/12, so S1 = 0.2, S2 = 0.8, S3 = 0; total = first order
        SobolAnalysis.Indices ix = analyse(4096, 3, x -> 100 + x[0] + 2 * x[1]);
        assertThat(ix.firstOrder()[0]).isCloseTo(0.2, within(0.02));
        assertThat(ix.firstOrder()[1]).isCloseTo(0.8, within(0.02));
        assertThat(ix.firstOrder()[2]).isCloseTo(0.0, within(0.01));
        assertThat(ix.total()[0]).isCloseTo(0.2, within(0.02));
        assertThat(ix.total()[1]).isCloseTo(0.8, within(0.02));
        assertThat(ix.total()[2]).isCloseTo(0.0, within(1e-12));
        assertThat(ix.points()).isEqualTo(4096);
    }

    @Test
    void interactionShowsInTotalNotFirstOrder() {
        // f = x1 * x2 centred: (x1 - 0.5)(x2 - 0.5) has no main effects; all variance is interaction
        SobolAnalysis.Indices ix = analyse(4096, 2, x -> (x[0] - 0.5) * (x[1] - 0.5));
        assertThat(ix.firstOrder()[0]).isCloseTo(0.0, within(0.03));
        assertThat(ix.total()[0]).isCloseTo(1.0, within(0.05));
        assertThat(ix.total()[1]).isCloseTo(1.0, within(0.05));
    }

    @Test
    void constantOutcomeHasNoIndicesAndMissingPointsAreSkipped() {
        SobolAnalysis.Indices flat = SobolAnalysis.estimate(new double[]{1, 1}, new double[]{1, 1}, new double[][]{{1, 1}});
        assertThat(flat.firstOrder()[0]).isNaN();
        SobolAnalysis.Indices gap = SobolAnalysis.estimate(new double[]{1, Double.NaN, 3}, new double[]{2, 5, 4}, new double[][]{{1, 2, 4}});
        assertThat(gap.points()).isEqualTo(2);
    }
}
