package reesim.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reesim.TestModels;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.output.DataCollector;
import reesim.output.Metric;

import static org.assertj.core.api.Assertions.assertThat;

/** Mass balance over the shipment ledger and the sanity invariants, over whole runs. */
class ConservationTest {

    @Test
    void everyStageBalancesForEveryElementAndYearOfTheBaseline() {
        assertBalanced(TestModels.run(11, 2050));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "scenario.miningQuotaScale=0", "scenario.exportTariffAdd=10", "scenario.enforcementScale=0",
            "scenario.enforcementScale=100", "scenario.demandScale=20", "scenario.recyclingSubsidy=500", "market.startStockMonths=3"})
    void extremeKnobsKeepTheBalanceAndTheInvariants(String set) {
        ReeModel m = TestModels.run(5, 2035, set);
        assertBalanced(m);
        assertSane(m);
    }

    @Test
    void inventoryHoldersAtHomeAndAbroadKeepTheBalanceAndTheInvariants() {
        ReeModel m = TestModels.run(5, 2035, "trade.stockholder.enabled=true", "trade.stockholder.trendCoverMonths=3",
                "world.stockholder.enabled=true", "world.stockholder.trendCoverMonths=3");
        assertBalanced(m);
        assertSane(m);
        assertThat(m.population().accounts).contains(m.population().domesticStockholder.account());
        assertThat(m.population().domesticStockholder.getStock()).isPositive();
    }

    @Test
    void aLongHorizonTo2100RunsToTheEndBalancedAndSane() {
        ReeModel m = TestModels.run(13, 2100, "time.endYear=2100", "scenario.demandScale=3");
        assertThat(DataCollector.of(m).yearsDone()).isEqualTo(101);
        assertBalanced(m);
        assertSane(m);
    }

    @Test
    void noNegativeStockOrPriceAndNothingNotFiniteInTheBaseline() {
        assertSane(TestModels.run(12, 2050));
    }

    static void assertBalanced(ReeModel m) {
        DataCollector d = DataCollector.of(m);
        int n = m.elementCount();
        for (int y = 0; y < d.yearsDone(); y++) {
            for (Stage s : Stage.VALUES) {
                if (s.boundary) continue;
                for (int e = 0; e < n; e++) {
                    double in = 0, out = 0;
                    for (Stage o : Stage.VALUES) {
                        if (o == s) continue;
                        for (boolean reg : new boolean[]{true, false}) {
                            in += d.flow(y, o, s, reg, e);
                            out += d.flow(y, s, o, reg, e);
                        }
                    }
                    double change = d.stageStock(y + 1, s, e) - d.stageStock(y, s, e);
                    double scale = Math.max(1, Math.max(in, out));
                    assertThat(Math.abs(in - out - change))
                            .as("%s %s %d: in %.6f out %.6f stock change %.6f", s.label, m.elementName(e), d.startYear() + y, in, out, change)
                            .isLessThan(1e-6 * scale);
                }
            }
        }
    }

    static void assertSane(ReeModel m) {
        for (Account a : m.population().accounts) {
            for (int e = 0; e < m.elementCount(); e++) {
                assertThat(a.registered(e)).as("%s %s", a.owner(), a.form()).isGreaterThanOrEqualTo(0).isFinite();
                assertThat(a.grey(e)).as("%s %s", a.owner(), a.form()).isGreaterThanOrEqualTo(0).isFinite();
            }
        }
        DataCollector d = DataCollector.of(m);
        for (long t = 0; t < d.ticksDone(); t++) {
            for (Metric metric : Metric.VALUES) {
                if (metric == Metric.MINING_QUOTA || metric == Metric.EXPORT_QUOTA || metric == Metric.STATE_BALANCE || metric == Metric.CHINA_MINING_SHARE) continue;
                for (int e = 0; e <= m.elementCount(); e++) {
                    double v = d.monthly(t, metric, e);
                    assertThat(v).as("%s element %d tick %d", metric.label, e, t).isFinite().isGreaterThanOrEqualTo(0);
                }
            }
            int reo = m.elementCount();
            double china = d.monthly(t, Metric.MINED_REGISTERED, reo) + d.monthly(t, Metric.MINED_UNREGISTERED, reo);
            double world = china + d.monthly(t, Metric.MINED_FOREIGN, reo), share = d.monthly(t, Metric.CHINA_MINING_SHARE, reo);
            if (world > 0) assertThat(share).as("China's share of mining, tick %d", t).isCloseTo(china / world, org.assertj.core.api.Assertions.within(1e-12)).isBetween(0.0, 1.0);
            else assertThat(share).isNaN();
            for (int e = 0; e < m.elementCount(); e++) {
                assertThat(d.monthly(t, Metric.PRICE_DOMESTIC, e)).isPositive();
                assertThat(d.monthly(t, Metric.PRICE_WORLD, e)).isPositive();
            }
        }
    }
}
