package reesim.calibration;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.config.ModelConfig;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code stock:producers}, the stock target's numerator, reads what the scoreboard reads: the stockpile metric less the state's. */
class ProducersStockSeriesTest {
    @Test
    void producersStockAtYearEndIsTheStockpileLessTheStatesStock() {
        ModelConfig cfg = TestModels.baseline();
        int nd = cfg.elements.indexOf("Nd"), reo = cfg.elements.size();
        Series producers = new Series(Series.Kind.STOCK, "producers"), all = new Series(Series.Kind.METRIC, "stockpile"),
                state = new Series(Series.Kind.METRIC, "stockpile_state");
        List<RunObserver.Key> keys = new java.util.ArrayList<>();
        for (int e : new int[]{nd, reo}) for (Series s : List.of(producers, all, state)) keys.add(new RunObserver.Key(s, e));
        RunObserver run = RunObserver.run(cfg, 3, 2002, keys);
        for (int y = 2000; y <= 2002; y++) for (int e : new int[]{nd, reo}) {
            double expected = run.value(all, e, y) - run.value(state, e, y);
            assertThat(expected).as("%d %d", y, e).isPositive();
            assertThat(run.value(producers, e, y)).as("year %d element %d", y, e).isCloseTo(expected, within(1e-9 * expected));
        }
    }
}
