package reesim.demand;

import org.junit.jupiter.api.Test;
import reesim.config.DemandConfig;
import reesim.config.MacroConfig;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DemandPathTest {
    @Test
    void growthCompoundsFromTheBaseYearByTheRateInForce() {
        DemandConfig d = new DemandConfig();
        d.method = "growth";
        d.baseYear = 2017;
        d.baseUnits = 100;
        d.rates = new TreeMap<>(Map.of(2000, 0.1, 2018, -0.5));
        DemandPath p = new DemandPath(d);
        assertThat(p.unitsPerYear(2017)).isEqualTo(100);
        assertThat(p.unitsPerYear(2016)).isCloseTo(100 / 1.1, within(1e-9));
        assertThat(p.unitsPerYear(2019)).isCloseTo(25, within(1e-9));
        assertThat(p.stockPath()).isNull();
    }

    @Test
    void timeGompertzApproachesItsSaturation() {
        DemandConfig d = new DemandConfig();
        d.method = "gompertz";
        d.baseYear = 2000;
        d.saturation = 50;
        d.b = 3;
        d.c = 0.2;
        DemandPath p = new DemandPath(d);
        assertThat(p.unitsPerYear(2000)).isCloseTo(50 * Math.exp(-3), within(1e-9));
        assertThat(p.unitsPerYear(2100)).isCloseTo(50, within(1e-6));
    }

    @Test
    void stockGompertzNeedsItsMacroSeriesAndLifetime() {
        DemandConfig d = new DemandConfig().withStockGompertz(0.5, -8, -0.0002);
        assertThatThrownBy(() -> new DemandPath(d)).isInstanceOf(IllegalStateException.class).hasMessageContaining("macro series");
    }

    @Test
    void stockGompertzReadsThePrecomputedStockPath() {
        MacroConfig macro = new MacroConfig() {
            @Override public MacroConfig.Series series() { return ToyMacro.growing(1900, 2100); }
        };
        DemandConfig d = new DemandConfig().withStockGompertz(0.5, -8, -0.0002);
        d.bind(new DemandConfig.StockContext(macro, 10, 2.5, 2000, 2050));
        DemandPath p = new DemandPath(d);
        StockGompertzPath direct = new StockGompertzPath(new GompertzOwnership(0.5, -8, -0.0002), ToyMacro.growing(1900, 2100), 10, 2.5, 2000, 2050);
        for (int y = 2000; y <= 2050; y++) assertThat(p.unitsPerYear(y)).isEqualTo(direct.units(y));
        assertThat(p.unitsPerYear(2030)).isGreaterThan(p.unitsPerYear(2000));
    }
}
