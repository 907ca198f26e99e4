package reesim.report;

import org.junit.jupiter.api.Test;
import reesim.report.CalibrationTargets.Target;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationTargetsTest {
    @Test
    void seedFactsInTonnesArePlacedOnTheMatchingLineWithTheirSource() {
        List<Target> targets = CalibrationTargets.load();
        assertThat(targets).anySatisfy(t -> {
            assertThat(t.quantity()).isEqualTo("mining_total");
            assertThat(t.element()).isEqualTo("Nd");
            assertThat(t.year()).isEqualTo(2000);
            assertThat(t.value()).isEqualTo(12000);
            assertThat(t.chart()).isEqualTo("mining");
            assertThat(t.series()).isEqualTo("mined_total");
            assertThat(t.source()).isEqualTo("002 Yao 2021 s3.1");
        });
        assertThat(targets).extracting(Target::quantity).contains("mining_unregistered", "in_use_stock",
                "exports_primary_registered", "exports_final_products");
        // ratios and facts without a year have no line to sit on
        assertThat(targets).extracting(Target::quantity).doesNotContain("mining_unregistered_share_of_total", "reserves");
        assertThat(targets).allSatisfy(t -> assertThat(t.unit()).isEqualTo("t"));
    }

    @Test
    void everyTargetNamesAChartAndSeriesThatExist() {
        for (Target t : CalibrationTargets.load()) {
            ChartSpec chart = ChartSpec.byId(t.chart()).orElseThrow(() -> new AssertionError("no chart " + t.chart()));
            assertThat(chart.series(t.series()).key()).isEqualTo(t.series());
        }
    }

    @Test
    void otherRegionsAreLeftOut() throws Exception {
        List<Target> t = CalibrationTargets.from(reesim.data.SeedFacts.parse(new java.io.StringReader("""
                quantity,element,region,year,value,unit,kind,source,note
                mining_total,Nd,China,2000,1,t,calibration,src,
                mining_total,Nd,World,2000,2,t,calibration,src,
                mining_total,Nd,,2001,3,t,calibration,src,
                """)));
        assertThat(t).extracting(Target::value).containsExactly(1.0, 3.0);
    }
}
