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
        ModelConfig cfg = TestModels.baseline();
        Regulator regulator = new Regulator(cfg.policy, cfg.scenario, cfg.recycling, TestContext.ELEMENTS);
        StateStatistics stats = new StateStatistics(regulator, List.of(), TestContext.ELEMENTS.size(), estimate);
        TestContext ctx = new TestContext(1).at(2005, 3);
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
                TestContext.ELEMENTS.size(), PolicyConfig.IllegalEstimate.BALANCE);
        TestContext ctx = new TestContext(1).at(2005, 3);
        ctx.ledger().move(null, Stage.DEPOSIT, new Account("mine", Stage.MINING, "ore", 3), Stage.MINING, TestContext.LA, 500, true);
        stats.step(ctx);
        assertThat(stats.illegalEstimate()).isZero();
    }
}
