package reesim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DesignTest {
    @Test
    void latinHypercubeHasOnePointInEveryStratumOfEveryDimension() {
        int n = 50, k = 6;
        double[][] x = LatinHypercube.sample(n, k, 42);
        assertThat(x).hasNumberOfRows(n);
        for (int d = 0; d < k; d++) {
            boolean[] hit = new boolean[n];
            for (double[] point : x) {
                assertThat(point[d]).isGreaterThanOrEqualTo(0).isLessThan(1);
                int stratum = (int) Math.floor(point[d] * n);
                assertThat(hit[stratum]).as("dimension %d stratum %d hit twice", d, stratum).isFalse();
                hit[stratum] = true;
            }
        }
    }

    @Test
    void latinHypercubeIsReproducibleFromItsSeed() {
        assertThat(LatinHypercube.sample(10, 3, 7)).isDeepEqualTo(LatinHypercube.sample(10, 3, 7));
        assertThat(LatinHypercube.sample(10, 3, 7)[0]).isNotEqualTo(LatinHypercube.sample(10, 3, 8)[0]);
    }

    @Test
    void saltelliDesignSwapsOneColumnPerABMatrix() {
        int n = 8, k = 3;
        double[][] d = SaltelliDesign.points(n, k);
        assertThat(d).hasNumberOfRows(n * (k + 2));
        for (int j = 0; j < n; j++) {
            double[] a = d[j * (k + 2)], b = d[j * (k + 2) + 1];
            for (int i = 0; i < k; i++) {
                double[] ab = d[j * (k + 2) + 2 + i];
                for (int c = 0; c < k; c++) assertThat(ab[c]).isEqualTo(c == i ? b[c] : a[c]);
            }
        }
        assertThat(SaltelliDesign.role(0)).isEqualTo("A");
        assertThat(SaltelliDesign.role(3)).isEqualTo("AB2");
        // the first point of the sequence (the origin) is skipped
        assertThat(d[0]).isNotEqualTo(new double[k]);
    }

    @Test
    void sampleSpecScalesTheUnitCube() {
        var ranges = new java.util.LinkedHashMap<String, double[]>();
        ranges.put("a", new double[]{0.5, 2});
        ranges.put("b", new double[]{-1, 1});
        SampleSpec spec = new SampleSpec(SampleSpec.Method.LHS, 4, 1, ranges);
        assertThat(spec.scale(new double[]{0, 0.5})).containsExactly(0.5, 0.0);
        assertThat(spec.scale(new double[]{1, 1})).containsExactly(2.0, 1.0);
        assertThat(new SampleSpec(SampleSpec.Method.SOBOL, 4, 1, ranges).designSize()).isEqualTo(16);
    }
}
