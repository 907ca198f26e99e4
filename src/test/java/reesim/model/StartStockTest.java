package reesim.model;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.agents.Mine;
import reesim.agents.Smelter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** market.startStockMonths: producers that start the run as going concerns instead of with empty stores. */
class StartStockTest {
    static double oxide(ReeModel m, int e) { return m.smelters().stream().mapToDouble(s -> s.oxideAccount().total(e)).sum(); }
    static double concentrate(ReeModel m) { return m.mines().stream().mapToDouble(Mine::getConcentrateStock).sum(); }

    @Test
    void withoutStartStocksTheProducersStoresAreEmptyAtTheStart() {
        ReeModel m = TestModels.started(1, "market.startStockMonths=0");
        for (int e = 0; e < m.elementCount(); e++) assertThat(oxide(m, e)).isZero();
        assertThat(concentrate(m)).isZero();
    }

    @Test
    void theStartStocksAreMonthsOfExpectedSalesSplitByCapacityAndTheOreTheyTakeToSeparate() {
        ReeModel two = TestModels.started(1, "market.startStockMonths=2"), four = TestModels.started(1, "market.startStockMonths=4");
        int nd = two.config().elements.indexOf("Nd");
        assertThat(oxide(two, nd)).isPositive();
        for (int e = 0; e < two.elementCount(); e++) assertThat(oxide(four, e)).isCloseTo(2 * oxide(two, e), within(1e-9 * (1 + oxide(four, e))));
        // each plant holds its capacity's share, each mine its capacity's share in its deposit's element shares
        double plants = two.smelters().stream().mapToDouble(Smelter::capacity).sum();
        for (Smelter s : two.smelters()) assertThat(s.oxideAccount().total(nd)).isCloseTo(oxide(two, nd) * s.capacity() / plants, within(1e-9));
        double mines = two.mines().stream().mapToDouble(Mine::getCapacity).sum();
        for (Mine mine : two.mines()) assertThat(mine.getConcentrateStock()).isCloseTo(concentrate(two) * mine.getCapacity() / mines, within(1e-6));
        // the mines hold the ore that the plants' oxide takes to separate at the plants' recovery
        double oxideAll = 0, recovery = 0;
        for (int e = 0; e < two.elementCount(); e++) oxideAll += oxide(two, e);
        for (Smelter s : two.smelters()) recovery += s.recovery() * s.capacity() / plants;
        assertThat(concentrate(two)).isCloseTo(oxideAll / recovery, within(1e-6 * concentrate(two)));
    }

    @Test
    void minesWithTheirOwnComfortableStockStartWithThatShareOfThePlantsMonths() {
        ReeModel market = TestModels.started(1, "market.startStockMonths=3", "market.comfortableStockMonths=3"),
                own = TestModels.started(1, "market.startStockMonths=3", "market.comfortableStockMonths=3", "behaviour.mine.comfortableStockMonths=1");
        assertThat(concentrate(own)).isCloseTo(concentrate(market) / 3, within(1e-6 * concentrate(market)));
        for (int e = 0; e < own.elementCount(); e++) assertThat(oxide(own, e)).isEqualTo(oxide(market, e));
    }
}
