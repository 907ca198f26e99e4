package reesim.history;

import org.junit.jupiter.api.Test;
import reesim.calibration.Target;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The held-out years' block: which series it reads, and how it renders seed means, ratios and the peak. */
class HeldOutYearsTest {
    @Test
    void showsTheCrisisYearsAndAYearEitherSideWithinTheRun() {
        assertThat(HeldOutYears.years(2000, 2025)).containsExactly(2009, 2010, 2011, 2012, 2013, 2014, 2015);
        assertThat(HeldOutYears.years(2000, 2011)).containsExactly(2009, 2010, 2011);
        assertThat(HeldOutYears.years(2000, 2005)).isEmpty();
        assertThat(HeldOutYears.markdown(List.of(), new double[0][])).isEmpty();
    }

    @Test
    void readsEachRowYearByYear() {
        List<Target> series = HeldOutYears.series(List.of(2010, 2011));
        assertThat(series).hasSize(2 * HeldOutYears.Row.values().length);
        assertThat(series.get(0).element()).isEqualTo("Nd");
        assertThat(series.get(0).years()).containsExactly(2010);
        assertThat(series.get(1).years()).containsExactly(2011);
        assertThat(series.get(0).numerator().get(0).name()).isEqualTo("price_domestic");
        int exports = HeldOutYears.Row.EXPORTS.ordinal() * 2;
        assertThat(series.get(exports).element()).isEqualTo("REO");
        assertThat(series.get(exports).numerator().get(0).name()).isEqualTo("exports_registered");
    }

    @Test
    void rendersSeedMeansRatiosTakenSeedBySeedAndThePeak() {
        List<Integer> years = List.of(2009, 2010, 2011);
        int rows = HeldOutYears.Row.values().length, n = years.size();
        double[][] v = new double[rows * n][];
        for (int i = 0; i < v.length; i++) v[i] = new double[]{1000, 1000};
        // two seeds: Nd domestic 10 / 20 in 2009, world 20 / 20: the ratio is the mean of 2 and 1, not 40 / 30
        set(v, HeldOutYears.Row.ND_DOMESTIC, 0, n, 10, 20);
        set(v, HeldOutYears.Row.ND_WORLD, 0, n, 20, 20);
        set(v, HeldOutYears.Row.ND_WORLD, 1, n, 60, 60);
        set(v, HeldOutYears.Row.ND_WORLD, 2, n, 30, 30);
        set(v, HeldOutYears.Row.EXPORTS, 0, n, 25_000, 35_000);
        set(v, HeldOutYears.Row.QUOTA, 0, n, 50_000, 50_000);
        set(v, HeldOutYears.Row.QUOTA, 2, n, 0, 0);   // no quota that year
        String md = HeldOutYears.markdown(years, v);

        assertThat(md).contains("| | 2009 | 2010 | 2011 |")
                .contains("| Nd domestic price (USD/kg) | 15.0 | 1000.0 | 1000.0 |")
                .contains("| world / domestic Nd | 1.50 |")
                .contains("| registered exports (kt REO) | 30.0 | 1.00 | 1.00 |")
                .contains("| export quota (kt REO) | 50.0 | 1.00 | none |")
                .contains("| registered exports / quota (%) | 60.0 | 100.0 | none |");
        assertThat(md).contains("The world Nd price peaks in 2010 at 60.0 USD/kg, x3.00 its 2009 level; in 2011 it is x0.50 of that peak.");
    }

    private static void set(double[][] v, HeldOutYears.Row row, int year, int n, double... seeds) {
        v[row.ordinal() * n + year] = seeds;
    }
}
