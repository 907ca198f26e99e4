package reesim.market;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CallAuctionTest {
    private static Order o(double qty, double limit) { return new Order(null, null, qty, limit, true); }

    @Test
    void crossingBooksTradeAtTheMidpointOfTheMarginalLimits() {
        List<Order> bids = new ArrayList<>(List.of(o(10, 12), o(10, 10), o(10, 8)));
        List<Order> asks = new ArrayList<>(List.of(o(15, 7), o(10, 9), o(10, 11)));
        CallAuction.Result r = CallAuction.clear(bids, asks);
        // bids 12,10 (20 t) meet asks 7 (15 t) and 9 (5 of 10 t); the marginal pair is bid 10 / ask 9
        assertThat(r.volume()).isCloseTo(20, within(1e-9));
        assertThat(r.price()).isCloseTo(9.5, within(1e-9));
        assertThat(bids.get(0).filled()).isEqualTo(10);
        assertThat(bids.get(1).filled()).isEqualTo(10);
        assertThat(bids.get(2).filled()).isZero();
        assertThat(asks.get(0).filled()).isEqualTo(15);
        assertThat(asks.get(1).filled()).isEqualTo(5);
        assertThat(asks.get(2).filled()).isZero();
    }

    @Test
    void noCrossingMeansNoTradeAndReportsBestQuotes() {
        List<Order> bids = new ArrayList<>(List.of(o(5, 4), o(5, 6)));
        List<Order> asks = new ArrayList<>(List.of(o(5, 7), o(5, 9)));
        CallAuction.Result r = CallAuction.clear(bids, asks);
        assertThat(r.traded()).isFalse();
        assertThat(r.bestBid()).isEqualTo(6);
        assertThat(r.bestAsk()).isEqualTo(7);
        assertThat(r.demand()).isEqualTo(10);
        assertThat(r.supply()).isEqualTo(10);
    }

    @Test
    void everyFilledBidPaysAtMostItsLimitAndEveryAskGetsAtLeastItsOwn() {
        java.util.Random rnd = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            List<Order> bids = new ArrayList<>(), asks = new ArrayList<>();
            for (int i = 0; i < 8; i++) bids.add(o(1 + rnd.nextInt(10), 1 + rnd.nextDouble() * 10));
            for (int i = 0; i < 8; i++) asks.add(o(1 + rnd.nextInt(10), 1 + rnd.nextDouble() * 10));
            CallAuction.Result r = CallAuction.clear(bids, asks);
            double bought = 0, sold = 0;
            for (Order b : bids) { if (b.filled() > 0) assertThat(b.limit()).isGreaterThanOrEqualTo(r.price()); bought += b.filled(); }
            for (Order a : asks) { if (a.filled() > 0) assertThat(a.limit()).isLessThanOrEqualTo(r.price()); sold += a.filled(); }
            assertThat(bought).isCloseTo(sold, within(1e-9));
            assertThat(bought).isCloseTo(r.volume(), within(1e-9));
        }
    }

    @Test
    void sameLimitTiesAreBrokenByTheRandomKeyNotByArrival() {
        Order first = o(5, 10), second = o(5, 10);
        first.tieBreak = 0.9;
        second.tieBreak = 0.1;
        List<Order> bids = new ArrayList<>(List.of(first, second));
        List<Order> asks = new ArrayList<>(List.of(o(5, 8)));
        CallAuction.clear(bids, asks);
        assertThat(second.filled()).isEqualTo(5);
        assertThat(first.filled()).isZero();
    }
}
