package reesim.demand;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StockFlowsTest {
    @Test
    void salesAreStockIncreasePlusReplacementAsComputedByHand() {
        // half of a year's sales is discarded one year later, half two years later
        StockFlows f = StockFlows.of(new double[]{10, 12, 15, 15, 14}, new double[]{0, 0.5, 0.5});
        // t0: everything in use counts as sold; t1: 5 replaced + 2 growth; t2: 5 + 3.5 replaced + 3 growth;
        // t3: 3.5 + 5.75 replaced, no growth; t4: 5.75 + 4.625 replaced, the stock falls so nothing more
        assertThat(f.replacement()).containsExactly(new double[]{0, 5, 8.5, 9.25, 10.375}, within(1e-12));
        assertThat(f.sales()).containsExactly(new double[]{10, 7, 11.5, 9.25, 10.375}, within(1e-12));
    }

    @Test
    void withAGrowingStockSalesMinusDiscardsAccumulateToTheStock() {
        double[] stock = new double[40];
        for (int t = 0; t < stock.length; t++) stock[t] = 100 + 10 * t + t * t;
        double[] discard = DiscardShares.weibull(6, 2.5, stock.length);
        StockFlows f = StockFlows.of(stock, discard);
        double sold = 0, discarded = 0;
        for (int t = 0; t < stock.length; t++) {
            sold += f.sales()[t];
            discarded += f.replacement()[t];
            assertThat(sold - discarded).as("units in use at t=%d", t).isCloseTo(stock[t], within(1e-9));
        }
    }
}
