package reesim.report;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartSpecTest {
    static AnnualSeries annual() throws Exception { return AnnualSeries.of(Fixtures.csv(Fixtures.ANNUAL)); }

    @Test
    void annualRowsBecomeOneArrayPerMetricAndElementOverTheYears() throws Exception {
        AnnualSeries a = annual();
        assertThat(a.firstYear()).isEqualTo(2000);
        assertThat(a.lastYear()).isEqualTo(2002);
        assertThat(a.elements()).containsExactly("Nd", "REO");
        assertThat(a.get("price_domestic", "Nd")).hasValueSatisfying(v -> assertThat(v).containsExactly(40, 42, 45));
        // an empty value and a missing row both read as NaN
        assertThat(a.get("recycled", "Nd").orElseThrow()[0]).isNaN();
        assertThat(a.get("mined_unregistered", "Nd").orElseThrow()[2]).isNaN();
        assertThat(a.get("mining_quota", "Nd")).isEmpty();
    }

    @Test
    void totalMinedIsTheSumAndTheQuotaLineOnlyExistsForReo() throws Exception {
        ChartSpec mining = ChartSpec.byId("mining").orElseThrow();
        Map<String, double[]> nd = mining.shape(annual(), "Nd");
        assertThat(nd).containsOnlyKeys("mined_registered", "mined_unregistered", "mined_total");
        assertThat(nd.get("mined_total")[0]).isEqualTo(10500);
        assertThat(nd.get("mined_total")[2]).isNaN();

        Map<String, double[]> reo = mining.shape(annual(), "REO");
        assertThat(reo).containsKey("mining_quota");
        assertThat(reo.get("mining_quota")).containsExactly(80000, 85000, 87000);
    }

    @Test
    void aChartWithoutDataForAnElementHasNoLines() throws Exception {
        assertThat(ChartSpec.byId("price").orElseThrow().shape(annual(), "REO")).isEmpty();
        assertThat(ChartSpec.byId("inuse").orElseThrow().shape(annual(), "Nd")).containsOnlyKeys("in_use_stock", "end_of_life", "recycled");
    }

    @Test
    void everyAxisHasAUnitAndEverySeriesAnAxis() {
        for (ChartSpec c : ChartSpec.RUN) {
            assertThat(c.axes()).isNotEmpty().allSatisfy(axis -> assertThat(axis).matches(".*(t|t/yr|USD/kg)\\)?"));
            c.series().forEach(s -> assertThat(s.axis()).isBetween(0, c.axes().size() - 1));
        }
    }

    @Test
    void badAnnualInputNamesTheFileTheLineAndTheColumn() {
        assertThatThrownBy(() -> AnnualSeries.of(Fixtures.csv("year,element,metric,value\n2000,Nd,demand,lots\n")))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("line 2").hasMessageContaining("value")
                .hasMessageContaining("'lots'");
        assertThatThrownBy(() -> AnnualSeries.of(Fixtures.csv("year,element,value\n2000,Nd,1\n")))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("no column metric");
    }
}
