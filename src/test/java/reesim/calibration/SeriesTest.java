package reesim.calibration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a series is written in targets.yaml and in the history's comparisons, with the months it is read over. */
class SeriesTest {
    @Test
    void aSeriesReadsTheWholeYearUnlessMonthsAreGiven() {
        Series year = Series.parse("metric:price_domestic").orElseThrow();
        assertThat(year.window()).isNull();
        assertThat(year.reads(1)).isTrue();
        assertThat(year.reads(12)).isTrue();

        Series half = Series.parse("metric:price_domestic[1-6]").orElseThrow();
        assertThat(half.name()).isEqualTo("price_domestic");
        assertThat(half.window()).isEqualTo(new Series.Window(1, 6, false));
        assertThat(half.reads(6)).isTrue();
        assertThat(half.reads(7)).isFalse();
        assertThat(half).isNotEqualTo(year).hasToString("metric:price_domestic[1-6]");

        assertThat(Series.parse("metric:price_world[12]").orElseThrow().window()).isEqualTo(new Series.Window(12, 12, false));
        Series peak = Series.parse("metric:price_domestic[1-6 highest]").orElseThrow();
        assertThat(peak.window().highest()).isTrue();
        assertThat(Series.parse(peak.toString())).contains(peak);
        assertThat(Series.parse("foreign:mount_weld[7-12]").orElseThrow().name()).isEqualTo("mount_weld");
    }

    @Test
    void malformedMonthsAreRefused() {
        for (String bad : new String[]{"metric:price_domestic[0-6]", "metric:price_domestic[7-6]", "metric:price_domestic[1-13]",
                "metric:price_domestic[1-6", "metric:price_domestic[H1]", "metric:[1-6]", "metric:price_domestic[1-6 peak]"})
            assertThat(Series.parse(bad)).as(bad).isEmpty();
    }

    @Test
    void producersStockIsAStockSeriesReadAtYearEnd() {
        Series stock = Series.parse("stock:producers").orElseThrow();
        assertThat(stock.kind()).isEqualTo(Series.Kind.STOCK);
        assertThat(stock.kind().isStock()).isTrue();
        reesim.config.ModelConfig cfg = reesim.TestModels.baseline();
        assertThat(stock.problemIn(cfg)).isEmpty();
        assertThat(Series.parse("stock:mines").orElseThrow().problemIn(cfg)).contains("stock:producers");
    }
}
