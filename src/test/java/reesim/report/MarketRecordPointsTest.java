package reesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The market's record drawn on the run report's charts, in the chart's unit. */
class MarketRecordPointsTest {
    @TempDir Path tmp;

    @Test
    void recordPointsSitOnTheirChartLinesInUsdPerKgAndTonnes() {
        List<CalibrationTargets.Target> pts = MarketRecordPoints.load(List.of("La", "Ce", "Pr", "Nd", "Dy", "Tb", "Eu", "REO"), 2000, 2021);
        assertThat(pts).allSatisfy(t -> assertThat(t.kind()).isEqualTo("record"));
        assertThat(pts).anySatisfy(t -> {
            assertThat(t.chart()).isEqualTo("price");
            assertThat(t.series()).isEqualTo("price_domestic");
            assertThat(t.element()).isEqualTo("Nd");
            assertThat(t.year()).isEqualTo(2005);
            assertThat(t.value()).isCloseTo(60000 / 1000.0 / 8.09, within(1e-9));
            assertThat(t.unit()).isEqualTo("USD/kg");
        });
        assertThat(pts).anySatisfy(t -> {
            assertThat(t.series()).isEqualTo("exports_registered");
            assertThat(t.element()).isEqualTo("REO");
            assertThat(t.value()).isEqualTo(27769);
        });
        assertThat(pts).anySatisfy(t -> assertThat(t.series()).isEqualTo("mined_foreign"));
        assertThat(pts).noneSatisfy(t -> assertThat(t.element()).isEqualTo("PrNd"));
    }

    @Test
    void theRunReportCarriesTheRecordForTheRunsYearsAndDrawsItUnderItsOwnName() throws Exception {
        Path dir = Fixtures.runFolder(tmp.resolve("run"), "complete");
        Path html = RunReport.write(dir);
        JsonNode d = Fixtures.pageData(html);
        boolean any = false;
        for (JsonNode t : d.get("targets")) {
            if (!"record".equals(t.get("kind").asText())) continue;
            any = true;
            assertThat(t.get("year").asInt()).isBetween(2000, 2002);
        }
        assertThat(any).as("China's consumption in 2000 (line 88) is on the supply chart").isTrue();
        assertThat(Files.readString(html)).contains("record (market_history.csv)");
    }
}
