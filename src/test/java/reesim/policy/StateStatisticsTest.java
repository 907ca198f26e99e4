package reesim.policy;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.config.ModelConfig;
import reesim.config.PolicyConfig;
import reesim.kernel.TestContext;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The state's estimate of unregistered mining: the ledger's truth or the gap of its mass balance. */
class StateStatisticsTest {
    /** A month in which registered mines dig 100 t, illegal sites 40 t, 10 t are imported and registered traders export 130 t. */
    static StateStatistics monthOfTrade(PolicyConfig.IllegalEstimate estimate) {
        return monthOfTrade(rule(estimate, false, 0), null, new TestContext(1).at(2005, 3));
    }

    static PolicyConfig.Adaptive rule(PolicyConfig.IllegalEstimate estimate, boolean countExports, double error) {
        PolicyConfig.Adaptive a = new PolicyConfig.Adaptive();
        a.illegalEstimate = estimate.name().toLowerCase(java.util.Locale.ROOT);
        a.countExports = countExports;
        a.statisticsError = error;
        return a;
    }

    static StateStatistics monthOfTrade(PolicyConfig.Adaptive rule, Regulator regulator, TestContext ctx) {
        ModelConfig cfg = TestModels.baseline();
        if (regulator == null) regulator = new Regulator(cfg.policy, cfg.scenario, cfg.recycling, TestContext.ELEMENTS);
        StateStatistics stats = new StateStatistics(regulator, List.of(), TestContext.ELEMENTS.size(), rule);
        ShipmentLedger l = ctx.ledger();
        Account mine = new Account("mine", Stage.MINING, "ore", 3), smelter = new Account("smelter", Stage.SMELTING, "oxide", 3),
                trader = new Account("trader", Stage.TRADE, "oxide", 3);
        l.move(null, Stage.DEPOSIT, mine, Stage.MINING, TestContext.ND, 100, true);
        l.move(null, Stage.DEPOSIT, mine, Stage.MINING, TestContext.ND, 40, false);
        l.move(null, Stage.WORLD, smelter, Stage.SMELTING, TestContext.ND, 10, true);
        ctx.supply(trader, TestContext.ND, 130, true);
        l.move(trader, Stage.TRADE, null, Stage.WORLD, TestContext.ND, 130, true);
        stats.step(ctx);
        return stats;
    }

    @Test
    void theLedgerEstimateIsTheTrueUnregisteredOutput() {
        assertThat(monthOfTrade(PolicyConfig.IllegalEstimate.LEDGER).illegalEstimate()).isCloseTo(40, within(1e-9));
    }

    @Test
    void theBalanceEstimateIsWhatWasUsedAndExportedLessWhatRegisteredMinesAndImportsSupplied() {
        // 0 used by manufacturers (none here) + 130 exported - 100 mined - 10 imported: the state sees a gap of 20 t, not the 40 dug
        assertThat(monthOfTrade(PolicyConfig.IllegalEstimate.BALANCE).illegalEstimate()).isCloseTo(20, within(1e-9));
    }

    @Test
    void theBalanceEstimateIsNeverNegative() {
        ModelConfig cfg = TestModels.baseline();
        StateStatistics stats = new StateStatistics(new Regulator(cfg.policy, cfg.scenario, cfg.recycling, TestContext.ELEMENTS), List.of(),
                TestContext.ELEMENTS.size(), rule(PolicyConfig.IllegalEstimate.BALANCE, false, 0));
        TestContext ctx = new TestContext(1).at(2005, 3);
        ctx.ledger().move(null, Stage.DEPOSIT, new Account("mine", Stage.MINING, "ore", 3), Stage.MINING, TestContext.LA, 500, true);
        stats.step(ctx);
        assertThat(stats.illegalEstimate()).isZero();
    }

    @Test
    void theUseCountsRegisteredExportsOnlyWhenAsked() {
        assertThat(monthOfTrade(rule(PolicyConfig.IllegalEstimate.LEDGER, false, 0), null, new TestContext(1).at(2005, 3)).useThisYear()).isZero();
        assertThat(monthOfTrade(rule(PolicyConfig.IllegalEstimate.LEDGER, true, 0), null, new TestContext(1).at(2005, 3)).useThisYear())
                .isCloseTo(130, within(1e-9));
    }

    /** December's report of the month of trade, with the given error, seen through a regulator planning with lag 1 and no headroom. */
    static double reportedUse(long seed, double error) {
        ModelConfig cfg = TestModels.baseline();
        cfg.policy.adaptive.enabled = true;
        cfg.policy.adaptive.fromYear = 2030;
        cfg.policy.adaptive.headroom = 0;
        cfg.policy.adaptive.illegalOffsetShare = 0;
        cfg.policy.adaptive.maxChange = 1e6;
        Regulator regulator = new Regulator(cfg.policy, cfg.scenario, cfg.recycling, TestContext.ELEMENTS);
        TestContext ctx = new TestContext(seed).at(2029, 12);
        monthOfTrade(rule(PolicyConfig.IllegalEstimate.LEDGER, true, error), regulator, ctx);
        regulator.decide(ctx, 2030);
        return regulator.miningQuota();
    }

    @Test
    void theStatisticsErrIndependentlyEachYearAroundTheTruth() {
        assertThat(reportedUse(1, 0)).as("no error: the count itself").isCloseTo(130, within(1e-9));
        double[] seen = java.util.stream.LongStream.rangeClosed(1, 400).mapToDouble(s -> reportedUse(s, 0.2)).toArray();
        assertThat(reportedUse(7, 0.2)).as("same seed, same error").isEqualTo(seen[6]);
        double mean = java.util.Arrays.stream(seen).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(seen).map(x -> (x - mean) * (x - mean)).sum() / (seen.length - 1));
        // log-normal with mean 130 and relative sd 0.2: the mean within 3 standard errors, the spread within 20 %
        assertThat(mean).isCloseTo(130, within(3 * 0.2 * 130 / Math.sqrt(seen.length)));
        assertThat(sd / 130).isCloseTo(0.2, within(0.04));
    }
}
