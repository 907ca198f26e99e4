package reesim.agents.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SalesMemoryTest {
    @Test
    void convergesToAConstantSalesLevelAtTheStatedRate() {
        SalesMemory s = new SalesMemory(1, 0.2);
        double gap = 100;
        for (int month = 0; month < 40; month++) {
            s.add(0, 60);
            s.add(0, 40);
            s.roll();
            gap *= 0.8;   // each month the gap to the level shrinks by the weight
            assertThat(100 - s.average(0)).isCloseTo(gap, within(1e-9));
        }
        assertThat(s.average(0)).isCloseTo(100, within(0.1));
    }

    @Test
    void aPrimedMemoryStartsAtItsLevelAndSlotsAreApart() {
        SalesMemory s = new SalesMemory(2, 0.3);
        s.prime(0, 50);
        s.add(1, 10);
        s.roll(1);
        assertThat(s.average(0)).isEqualTo(50);
        assertThat(s.average(1)).isCloseTo(3, within(1e-12));
        s.roll();
        assertThat(s.average(0)).isCloseTo(35, within(1e-12));
        assertThat(s.average(1)).as("the month was emptied by the roll").isCloseTo(2.1, within(1e-12));
    }

    @Test
    void stockPressureIsStockInComfortableMonthsOfSales() {
        SalesMemory s = new SalesMemory(1, 1.0);
        s.add(0, 10);
        s.roll();
        assertThat(s.stockPressure(0, 60, 1, 3)).isCloseTo(2, within(1e-12));
        assertThat(s.stockPressure(0, 60, 20, 3)).as("the least sales assumed").isCloseTo(1, within(1e-12));
    }
}
