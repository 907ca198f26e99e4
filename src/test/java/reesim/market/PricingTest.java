package reesim.market;

import org.junit.jupiter.api.Test;
import reesim.ledger.Account;
import reesim.ledger.Stage;

import static org.assertj.core.api.Assertions.assertThat;

class PricingTest {
    @Test
    void urgentBuyersBidAboveTheReferenceAndNeverAboveTheirBound() {
        Pricing p = new Pricing(4, 0.4, 0.4);
        Market m = new Market("x", new Good.Oxide(0), false, 10);
        p.bid(m, null, new Account("a", Stage.INTERMEDIATE, "x", 1), 8, 10, 1.0, 13);
        assertThat(m.pendingBids()).hasSize(4);
        assertThat(m.pendingBids()).allSatisfy(o -> assertThat(o.limit()).isLessThanOrEqualTo(13).isGreaterThan(10));
        assertThat(m.pendingBids().stream().mapToDouble(Order::quantity).sum()).isEqualTo(8);
    }

    @Test
    void pressedSellersAskBelowTheReferenceButNotBelowTheirFloor() {
        Pricing p = new Pricing(4, 0.4, 0.4);
        Market m = new Market("x", new Good.Oxide(0), false, 10);
        p.ask(m, null, new Account("a", Stage.SMELTING, "x", 1), 8, true, 10, 1.0, 7);
        assertThat(m.pendingAsks()).allSatisfy(o -> assertThat(o.limit()).isGreaterThanOrEqualTo(7).isLessThan(10));
        Market calm = new Market("y", new Good.Oxide(0), false, 10);
        p.ask(calm, null, new Account("a", Stage.SMELTING, "x", 1), 8, true, 10, 0.0, 1);
        assertThat(calm.pendingAsks()).allSatisfy(o -> assertThat(o.limit()).isGreaterThanOrEqualTo(10));
    }
}
