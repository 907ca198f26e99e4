package reesim.model;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.calibration.RunObserver;
import reesim.calibration.Series;
import reesim.config.ModelConfig;
import reesim.output.DataCollector;
import reesim.output.Metric;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Observing a run does not change it: with no observer, one, or several, the model goes the same way. */
class ObserversOnlyReadTest {
    private static final int UNTIL = 2012;

    private static double[] finalPrices(ReeModel m) {
        int n = m.elementCount();
        double[] p = new double[2 * n];
        for (int e = 0; e < n; e++) {
            p[e] = m.markets().oxide(e, false).price();
            p[n + e] = m.markets().oxide(e, true).price();
        }
        return p;
    }

    @Test
    void aRunIsTheSameWithAnyNumberOfObservers() {
        ModelConfig cfg = TestModels.baseline();
        ReeModel bare = new ReeModel(7, cfg);
        bare.start();
        bare.runUntil(UNTIL);

        ReeModel collected = new ReeModel(7, TestModels.baseline());
        collected.start();
        DataCollector one = DataCollector.attachTo(collected);
        collected.runUntil(UNTIL);

        ReeModel crowded = new ReeModel(7, TestModels.baseline());
        crowded.start();
        DataCollector two = DataCollector.attachTo(crowded);
        int nd = cfg.elements.indexOf("Nd");
        crowded.attach(new RunObserver(List.of(new RunObserver.Key(new Series(Series.Kind.DEMAND, "@ndfeb"), nd)), cfg.time.startYear, cfg.time.endYear));
        int[] steps = {0};
        crowded.attach((Steppable) (SimState s) -> steps[0]++);
        crowded.runUntil(UNTIL);

        assertThat(steps[0]).isEqualTo((UNTIL - cfg.time.startYear + 1) * 12);
        assertThat(finalPrices(collected)).containsExactly(finalPrices(bare));
        assertThat(finalPrices(crowded)).containsExactly(finalPrices(bare));
        assertThat(crowded.ledger().shipmentCount()).isEqualTo(bare.ledger().shipmentCount());
        for (long t = 0; t < one.ticksDone(); t++) {
            for (Metric metric : Metric.VALUES) {
                for (int e = 0; e <= cfg.elements.size(); e++) {
                    assertThat(Double.valueOf(two.monthly(t, metric, e))).as("%s[%d] month %d", metric, e, t)
                            .isEqualTo(Double.valueOf(one.monthly(t, metric, e)));
                }
            }
        }
    }
}
