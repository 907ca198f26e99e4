package reesim.history;

import org.junit.jupiter.api.Test;
import reesim.calibration.SeedStats;
import reesim.calibration.Target;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 21's scoreboard from a history run: row targets by tolerance class, quota binding, stock bound, Yao share. */
class AcceptanceTest {
    static final int START = 2000, UNTIL = 2021;
    static final List<Target> SERIES = Acceptance.series(START, UNTIL, List.of("ndfeb", "catalyst"));

    /** Every comparison at its record (or {@code factor} times it for the first Nd domestic price row of the fit years). */
    static List<HistoryRun.Outcome> atRecord(double factor) {
        List<HistoryRun.Outcome> out = new ArrayList<>();
        boolean first = true;
        for (Comparison c : HistoryMappingTest.ALL.comparisons()) {
            double v = c.record();
            if (first && c.tolerance() == Tolerance.ND_DOMESTIC_PRICE && Acceptance.fitYear(c.year())) { v *= factor; first = false; }
            double[] perSeed = {v, v};
            out.add(new HistoryRun.Outcome(c, perSeed, SeedStats.of(perSeed)));
        }
        return out;
    }

    /** Series values: exports at {@code quotaUse} of a 50 kt quota in {@code year} (half elsewhere), producers' stock of {@code months} months in 2016 (6 elsewhere) besides a state reserve. */
    static double[][] series(int year, double quotaUse, double months) {
        double[][] v = new double[SERIES.size()][];
        for (int i = 0; i < SERIES.size(); i++) {
            Target t = SERIES.get(i);
            String what = t.numerator().get(0).kind() == reesim.calibration.Series.Kind.INPUT ? "use" : t.numerator().get(0).name();
            int y = t.years().get(0);
            double d = switch (what) {
                case "export_quota" -> 50000;
                case "exports_registered" -> 50000 * (y == year ? quotaUse : 0.5);
                case "use" -> 120000;   // China's use: the makers' oxide use summed over the intermediates
                // the stockpile metric includes a state reserve of 3 months of use, which is not producers' stock
                case "stockpile" -> 10000 * (y == 2016 ? months : 6) + 30000;
                case "stockpile_state" -> 30000;
                default -> throw new IllegalStateException(what);
            };
            v[i] = new double[]{d, d};
        }
        return v;
    }

    static Target yaoTarget(int i) {
        return new Target("t" + i, "q", "Nd", List.of(2010), 100, "t", 0.1, "", 1, true, false, List.of(), List.of(), List.of(), "");
    }

    /** {@code n} targets of value 100, the first {@code met} simulated at 100, the rest at 150. */
    static double[][] yaoValues(int n, int met) {
        double[][] v = new double[n][];
        for (int i = 0; i < n; i++) v[i] = i < met ? new double[]{100, 100} : new double[]{150, 150};
        return v;
    }

    static List<Target> yao(int n) {
        List<Target> t = new ArrayList<>();
        for (int i = 0; i < n; i++) t.add(yaoTarget(i));
        return t;
    }

    @Test
    void aRunAtTheRecordMeetsEveryTarget() {
        List<Acceptance.Line> lines = Acceptance.lines(atRecord(1), START, UNTIL, series(2007, 0.9, 11), yao(10), yaoValues(10, 9));
        assertThat(lines).hasSize(9).allSatisfy(l -> assertThat(l.met()).as(l.target() + ": " + l.measured()).isTrue());
        assertThat(lines.get(6).measured()).isEqualTo("highest use 90 % of the quota (2007)");
        assertThat(lines.get(7).measured()).isEqualTo("at most 11.0 months (2016)");
        assertThat(lines.get(8).measured()).isEqualTo("9 of 10 (90 %)");
        assertThat(Acceptance.markdown(lines)).startsWith("Issue 21's targets").contains("9 of 9 met").doesNotContain("**no**");
    }

    @Test
    void eachTargetFailsOnItsOwnMiss() {
        List<Acceptance.Line> lines = Acceptance.lines(atRecord(2), START, UNTIL, series(2007, 0.8, 13), yao(10), yaoValues(10, 8));
        assertThat(lines.get(0).met()).isFalse();
        assertThat(lines.get(0).measured()).matches("(\\d+) of (\\d+) rows within").satisfies(m -> {
            String[] parts = m.split(" ");
            assertThat(Integer.parseInt(parts[0])).isEqualTo(Integer.parseInt(parts[2]) - 1);
        });
        assertThat(lines.subList(1, 6)).allSatisfy(l -> assertThat(l.met()).isTrue());
        assertThat(lines.get(6).met()).as("80 % of the quota is not nearly binding").isFalse();
        assertThat(lines.get(7).met()).as("13 months of stock").isFalse();
        assertThat(lines.get(8).met()).as("8 of 10 Yao targets").isFalse();
        assertThat(Acceptance.markdown(lines)).contains("5 of 9 met");
    }

    @Test
    void theHeldOutYearsAreNotScored() {
        assertThat(Acceptance.fitYear(2009)).isTrue();
        assertThat(Acceptance.fitYear(2010)).isFalse();
        assertThat(Acceptance.fitYear(2013)).isFalse();
        assertThat(Acceptance.fitYear(2014)).isTrue();
        assertThat(SERIES).noneMatch(t -> t.years().get(0) >= 2010 && t.years().get(0) <= 2013);
        assertThat(Acceptance.lines(atRecord(1), START, UNTIL, series(2007, 0.9, 11), List.of(), new double[0][]).get(8).measured())
                .contains("not run");
    }
}
