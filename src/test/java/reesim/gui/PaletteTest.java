package reesim.gui;

import org.junit.jupiter.api.Test;
import reesim.report.Palette;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** One palette for the GUI and the reports: domestic and registered in one colour, world and unregistered in another. */
class PaletteTest {
    @Test
    void theGuiPriceAndFlowChartsUseTheReportsColours() {
        List<ChartSpec> specs = ChartSpecs.all(() -> 0);
        ChartSpec prices = specs.get(ChartSpecs.PRICES);
        assertThat(prices.series().get(0).name()).contains("domestic");
        assertThat(prices.series().get(0).rgb()).isEqualTo(Palette.DOMESTIC);
        assertThat(prices.series().get(1).rgb()).isEqualTo(Palette.WORLD);
        assertThat(specs.get(1).series()).extracting(ChartSpec.Series::rgb).containsExactly(Palette.REGISTERED, Palette.UNREGISTERED);
        assertThat(FlowEdgePortrayal.REGISTERED.getRGB() & 0xffffff).isEqualTo(Palette.REGISTERED);
        assertThat(FlowEdgePortrayal.UNREGISTERED.getRGB() & 0xffffff).isEqualTo(Palette.UNREGISTERED);
    }

    @Test
    void theReportColoursItsFirstSeriesDomesticAndItsSecondWorld() throws Exception {
        reesim.report.ChartSpec price = reesim.report.ChartSpec.byId("price").orElseThrow();
        assertThat(price.series().get(0).key()).isEqualTo("price_domestic");
        assertThat(price.series().get(1).key()).isEqualTo("price_world");
        assertThat(Palette.SERIES.get(0)).isEqualTo(Palette.DOMESTIC);
        assertThat(Palette.SERIES.get(1)).isEqualTo(Palette.WORLD);
        String js;
        try (InputStream in = getClass().getResourceAsStream("/report/report-common.js")) {
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String expected = Palette.SERIES.stream().map(c -> "'" + Palette.hex(c) + "'").collect(Collectors.joining(", "));
        assertThat(js).contains("var palette = [" + expected + "];");
    }
}
