package reesim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The paired-difference statistics of comparison.csv against a hand computation. */
class PairedComparisonTest {
    @TempDir Path dir;

    /*
     * base      10 12  9 15 11   mean 11.4
     * scenario  12 15 10 18 12   mean 13.4
     * diff       2  3  1  3  1   mean 2, deviations 0 1 -1 1 -1, sum of squares 4, sd sqrt(4/4) = 1
     * t(0.975, 4 df) = 2.776445105 (tables), half-width 2.776445105 * 1 / sqrt(5) = 1.241664;
     * interval [0.758336, 3.241664], relative 2 / 11.4 = 0.1754386.
     */
    private static final double[] BASE = {10, 12, 9, 15, 11};
    private static final double[] SCENARIO = {12, 15, 10, 18, 12};

    @Test
    void intervalMatchesAHandComputation() {
        PairedComparison.Difference d = PairedComparison.Difference.of(BASE, SCENARIO);
        assertThat(d.n()).isEqualTo(5);
        assertThat(d.baseMean()).isCloseTo(11.4, within(1e-12));
        assertThat(d.scenarioMean()).isCloseTo(13.4, within(1e-12));
        assertThat(d.mean()).isCloseTo(2.0, within(1e-12));
        assertThat(d.sd()).isCloseTo(1.0, within(1e-12));
        assertThat(d.lo()).isCloseTo(0.758336, within(1e-6));
        assertThat(d.hi()).isCloseTo(3.241664, within(1e-6));
        assertThat(d.relative()).isCloseTo(0.1754386, within(1e-7));
        assertThat(d.excludesZero()).isTrue();
    }

    @Test
    void pairsWithAMissingValueAreLeftOutAndEqualValuesGiveZero() {
        double[] base = {10, 12, 9, 15, 11, 7};
        double[] scenario = {12, 15, 10, 18, 12, Double.NaN};
        assertThat(PairedComparison.Difference.of(base, scenario)).isEqualTo(PairedComparison.Difference.of(BASE, SCENARIO));

        PairedComparison.Difference same = PairedComparison.Difference.of(BASE, BASE.clone());
        assertThat(same.mean()).isZero();
        assertThat(same.lo()).isZero();
        assertThat(same.hi()).isZero();
        assertThat(same.excludesZero()).isFalse();

        PairedComparison.Difference one = PairedComparison.Difference.of(new double[]{1}, new double[]{3});
        assertThat(one.mean()).isEqualTo(2);
        assertThat(one.lo()).isNaN();
        assertThat(one.excludesZero()).isFalse();
    }

    @Test
    void theTableOfAFolderPairsReplicatesWhateverOrderTheRunsFinishedIn() throws Exception {
        Files.writeString(dir.resolve("runs.csv"), "run_id,scenario,replicate,seed,name,status,wall_seconds,error\n");
        StringBuilder outcomes = new StringBuilder("run_id,scenario,replicate,seed,name,x,y\n");
        for (int r = 5; r >= 1; r--) {   // base runs last, in reverse
            outcomes.append(5 + r).append(",2,").append(r).append(',').append(r).append(",more,").append(num(SCENARIO[r - 1])).append(",1\n");
        }
        for (int r = 5; r >= 1; r--) outcomes.append(r).append(",1,").append(r).append(',').append(r).append(",base,").append(num(BASE[r - 1])).append(",1\n");
        Files.writeString(dir.resolve("outcomes.csv"), outcomes.toString());

        List<PairedComparison.Row> rows = PairedComparison.write(dir);
        assertThat(rows).extracting(PairedComparison.Row::name).containsExactly("more", "more");
        assertThat(rows).extracting(PairedComparison.Row::outcome).containsExactly("x", "y");
        assertThat(rows.get(0).difference()).isEqualTo(PairedComparison.Difference.of(BASE, SCENARIO));
        assertThat(rows.get(1).difference().mean()).isZero();

        List<String> lines = Files.readAllLines(dir.resolve(PairedComparison.FILE));
        assertThat(lines.get(0)).isEqualTo(String.join(",", PairedComparison.HEADER));
        assertThat(lines.get(1)).startsWith("2,more,x,11.4,13.4,2,1,0.7583").endsWith(",5,true");
        assertThat(PairedComparison.read(dir.resolve(PairedComparison.FILE))).isEqualTo(rows);

        String md = PairedComparison.markdown(rows, Map.of("x", "t"));
        assertThat(md).contains("| x (t) | more | 11.4 | 13.4 | +2 | [+0.7583, +3.242] | +17.5 % | 5 | yes |");
    }

    private static String num(double v) { return CsvRows.num(v); }
}
