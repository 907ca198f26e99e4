package reesim.kernel;

import org.junit.jupiter.api.Test;
import reesim.ledger.Stage;
import reesim.market.Market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The agents' test fixture does what its tests rely on. */
class TestContextTest {
    @Test
    void setPriceMovesOnlyThatMarketAndLeavesEqualWorldDemandShares() {
        TestContext fx = new TestContext(1);
        fx.setDomesticPrice(TestContext.ND, 55);
        fx.setWorldPrice(TestContext.DY, 250);
        assertThat(fx.markets().oxide(TestContext.ND, false).price()).isEqualTo(55);
        assertThat(fx.markets().oxide(TestContext.DY, true).price()).isEqualTo(250);
        assertThat(fx.markets().oxide(TestContext.LA, false).price()).isEqualTo(TestContext.DOMESTIC[TestContext.LA]);
        assertThat(fx.marketRules().priceRelativeToStart(TestContext.ND, false)).isCloseTo(55.0 / 40, within(1e-12));
        for (int e = 0; e < 3; e++) assertThat(fx.markets().worldDemandShare(e)).isCloseTo(1.0 / 3, within(1e-12));
        Market nd = fx.markets().oxide(TestContext.ND, false);
        nd.bid((mk, b, q, p, r) -> { }, fx.dealer("d", Stage.TRADE).account, 1, 50);
        assertThatThrownBy(() -> fx.setDomesticPrice(TestContext.LA, 3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void supplyGoesThroughTheLedgerAndTheClockMoves() {
        TestContext fx = new TestContext(1).at(2003, 6);
        assertThat(fx.tick()).isEqualTo(41);
        assertThat(fx.calendar().year(fx.tick())).isEqualTo(2003);
        TestContext.Dealer d = fx.dealer("d", Stage.SMELTING);
        fx.supply(d.account, TestContext.DY, 5, false);
        assertThat(d.account.poolTotal(false)).isEqualTo(5);
        assertThat(fx.ledger().tickFlow(Stage.DEPOSIT, Stage.SMELTING, false, TestContext.DY)).isEqualTo(5);
        fx.nextMonth();
        assertThat(fx.tick()).isEqualTo(42);
        assertThat(fx.ledger().tickFlow(Stage.DEPOSIT, Stage.SMELTING, false, TestContext.DY)).isZero();
    }

    @Test
    void instrumentsAndTreasuryAreWhatTheTestSets() {
        TestContext fx = new TestContext(1);
        assertThat(fx.instruments().detectionProbability(1, 1, 0)).isZero();
        fx.instruments.detectionRate = Math.log(2);
        assertThat(fx.instruments().detectionProbability(1, 1, 0)).isCloseTo(0.5, within(1e-12));
        assertThat(fx.instruments().detectionProbability(1, 1, 1)).isZero();
        fx.treasury().collectRevenue(3);
        fx.treasury().collectRevenue(4);
        fx.treasury().paySubsidy(2);
        assertThat(fx.treasury.revenue()).isEqualTo(7);
        assertThat(fx.treasury.spending()).isEqualTo(2);
    }
}
