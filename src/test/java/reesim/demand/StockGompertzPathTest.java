package reesim.demand;

import org.junit.jupiter.api.Test;
import reesim.config.MacroConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StockGompertzPathTest {
    private final MacroConfig.Series macro = ToyMacro.growing(1900, 2100);
    private final GompertzOwnership ownership = new GompertzOwnership(0.5, -8, -0.0002);
    private final StockGompertzPath path = new StockGompertzPath(ownership, macro, 10, 2.5, 2000, 2050);

    @Test
    void coversThreeLifetimesBeforeTheStartToTheEnd() {
        assertThat(path.firstYear()).isEqualTo(1970);
        assertThat(path.lastYear()).isEqualTo(2050);
    }

    @Test
    void theStockIsOwnershipPerCapitaTimesPopulation() {
        for (int y = 1970; y <= 2050; y += 10)
            assertThat(path.stock(y)).isCloseTo(ownership.perCapita(macro.gdpPerCapita(y)) * 1000, within(1e-9));
    }

    @Test
    void unitsDemandedAreTheStockChangePlusTheUnitsReachingEndOfLife() {
        double[] discard = DiscardShares.weibull(10, 2.5, 100);
        for (int y = 1971; y <= 2050; y++) {
            double replacement = 0;
            for (int s = 1970; s < y; s++) replacement += path.units(s) * discard[y - s];
            assertThat(path.replacement(y)).as("replacement %d", y).isCloseTo(replacement, within(1e-9));
            assertThat(path.units(y)).as("units %d", y)
                    .isCloseTo(Math.max(0, path.stock(y) - path.stock(y - 1)) + replacement, within(1e-9));
        }
    }

    @Test
    void onceOwnershipSaturatesDemandIsReplacementOfVsTimesPopulation() {
        StockGompertzPath rich = new StockGompertzPath(new GompertzOwnership(0.5, -8, -0.01), macro, 10, 2.5, 2000, 2050);
        assertThat(rich.stock(2050)).isCloseTo(500, within(1e-6));
        assertThat(rich.units(2050)).isCloseTo(rich.replacement(2050), within(1e-6)).isCloseTo(500 / 10.0, within(2.0));
    }

    @Test
    void yearsOutsideThePathTakeTheNearestComputedYear() {
        assertThat(path.units(2060)).isEqualTo(path.units(2050));
        assertThat(path.units(1900)).isEqualTo(path.units(1970));
    }
}
