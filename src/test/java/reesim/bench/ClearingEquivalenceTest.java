package reesim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import reesim.market.CallAuction;
import reesim.market.Good;
import reesim.market.Market;
import reesim.market.Order;
import reesim.market.Trader;

/**
 * The market's clearing was rewritten for speed (order columns and a linear-time sort); it must
 * clear every book exactly as the original did: the original algorithm (List.sort with
 * comparingDouble(limit).thenComparingDouble(tieBreak), tie-breaks drawn for the bids then the
 * asks in posting order, sums and matching in sorted order) is restated here and both are run on
 * random books full of ties, NaN and infinite limits, small and large.
 */
class ClearingEquivalenceTest {
    /** A posted order of the reference implementation. */
    private static final class Ref {
        final Trader trader;
        final Account account;
        final double quantity, limit;
        final boolean registered;
        double filled, tieBreak;

        Ref(Trader trader, Account account, double quantity, double limit, boolean registered) {
            this.trader = trader;
            this.account = account;
            this.quantity = quantity;
            this.limit = limit;
            this.registered = registered;
        }
    }

    private static final Comparator<Ref> BIDS = Comparator.comparingDouble((Ref o) -> -o.limit).thenComparingDouble(o -> o.tieBreak);
    private static final Comparator<Ref> ASKS = Comparator.comparingDouble((Ref o) -> o.limit).thenComparingDouble(o -> o.tieBreak);

    /** Everything a clearing does that anyone can see, in the order it happens. */
    private static final class Log implements Good {
        final List<String> events = new ArrayList<>();

        @Override public void ship(ShipmentLedger l, Account from, Account to, double qty, boolean registered) {
            events.add("ship " + from.form() + " -> " + to.form() + " " + Double.doubleToLongBits(qty) + " " + registered);
        }

        Trader trader(String name) {
            return (market, bought, quantity, price, registered) -> events.add(
                    "fill " + name + " " + bought + " " + Double.doubleToLongBits(quantity) + " " + Double.doubleToLongBits(price) + " " + registered);
        }
    }

    /** The original clearing, from the first version of Market and CallAuction. */
    private static CallAuction.Result reference(List<Ref> bids, List<Ref> asks, MersenneTwisterFast random, Log log) {
        for (Ref o : bids) o.tieBreak = random.nextDouble();
        for (Ref o : asks) o.tieBreak = random.nextDouble();
        bids.sort(BIDS);
        asks.sort(ASKS);
        double demand = 0, supply = 0;
        for (Ref o : bids) { o.filled = 0; demand += o.quantity; }
        for (Ref o : asks) { o.filled = 0; supply += o.quantity; }
        double bestBid = bids.isEmpty() ? Double.NaN : bids.get(0).limit;
        double bestAsk = asks.isEmpty() ? Double.NaN : asks.get(0).limit;
        int i = 0, j = 0;
        double volume = 0, lastBid = Double.NaN, lastAsk = Double.NaN;
        while (i < bids.size() && j < asks.size()) {
            Ref b = bids.get(i), a = asks.get(j);
            if (b.limit < a.limit) break;
            double q = Math.min(b.quantity - b.filled, a.quantity - a.filled);
            if (q > 0) {
                b.filled += q;
                a.filled += q;
                volume += q;
                lastBid = b.limit;
                lastAsk = a.limit;
            }
            if (b.quantity - b.filled <= 1e-12) i++;
            if (a.quantity - a.filled <= 1e-12) j++;
        }
        double price = volume > 0 ? 0.5 * (lastBid + lastAsk) : Double.NaN;
        CallAuction.Result r = new CallAuction.Result(price, volume, bestBid, bestAsk, demand, supply);
        if (r.traded()) {
            int k = 0;
            double askLeft = 0;
            Ref a = null;
            for (Ref b : bids) {
                double need = b.filled;
                while (need > 1e-12) {
                    if (a == null || askLeft <= 1e-12) {
                        while (k < asks.size() && asks.get(k).filled <= 1e-12) k++;
                        if (k >= asks.size()) break;
                        a = asks.get(k++);
                        askLeft = a.filled;
                    }
                    double q = Math.min(need, askLeft);
                    log.ship(null, a.account, b.account, q, a.registered);
                    need -= q;
                    askLeft -= q;
                }
            }
            for (Ref b : bids) if (b.filled > 0) b.trader.onFill(null, true, b.filled, price, b.registered);
            for (Ref o : asks) if (o.filled > 0) o.trader.onFill(null, false, o.filled, price, o.registered);
        }
        return r;
    }

    @Test
    void marketClearsEveryBookAsTheOriginalAlgorithm() {
        Random gen = new Random(20240611);
        int[] sizes = {0, 1, 2, 3, 5, 31, 32, 33, 64, 100, 700, 3000};
        for (int trial = 0; trial < 300; trial++) {
            int nb = sizes[gen.nextInt(sizes.length)], na = sizes[gen.nextInt(sizes.length)];
            double[] pool = limitPool(gen);
            Log fast = new Log(), slow = new Log();
            Market market = new Market("m", fast, false, 1.0);
            List<Ref> bids = new ArrayList<>(), asks = new ArrayList<>();
            int traders = 1 + gen.nextInt(40);
            for (int k = 0; k < nb + na; k++) {
                boolean bid = k < nb;
                int who = gen.nextInt(traders);
                double qty = gen.nextInt(10) == 0 ? 1e-13 : gen.nextInt(4) == 0 ? 1.0 : gen.nextDouble() * 10;
                double limit = pool[gen.nextInt(pool.length)];
                boolean registered = gen.nextBoolean();
                Account acct = new Account(null, Stage.TRADE, "a" + who, 1);
                if (bid) {
                    market.bid(fast.trader("t" + who), acct, qty, limit);
                    if (qty > 1e-12 && limit > 0) bids.add(new Ref(slow.trader("t" + who), acct, qty, limit, true));
                } else {
                    market.ask(fast.trader("t" + who), acct, qty, limit, registered);
                    if (qty > 1e-12) asks.add(new Ref(slow.trader("t" + who), acct, qty, Math.max(limit, 1e-9), registered));
                }
            }
            long seed = gen.nextLong();
            CallAuction.Result got = market.clear(new ShipmentLedger(1), new MersenneTwisterFast(seed));
            CallAuction.Result want = reference(bids, asks, new MersenneTwisterFast(seed), slow);
            assertThat(got).as("trial %d (%d bids, %d asks)", trial, nb, na).isEqualTo(want);
            assertThat(fast.events).as("trial %d", trial).containsExactlyElementsOf(slow.events);
            assertThat(market.pendingBids()).isEmpty();
            assertThat(market.pendingAsks()).isEmpty();
        }
    }

    @Test
    void callAuctionSortsListsInPlaceStablyWithoutTieBreaks() {
        Random gen = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            int n = 1 + gen.nextInt(200);
            double[] pool = limitPool(gen);
            List<Order> bids = new ArrayList<>(), asks = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Order o = new Order((market, bought, quantity, price, registered) -> { }, null, 1 + gen.nextInt(3), pool[gen.nextInt(pool.length)], true);
                (gen.nextBoolean() ? bids : asks).add(o);
            }
            // every tie-break is 0: equal limits must keep their posting order (a stable sort)
            List<Order> wantBids = new ArrayList<>(bids), wantAsks = new ArrayList<>(asks);
            wantBids.sort(Comparator.comparingDouble((Order o) -> -o.limit()));
            wantAsks.sort(Comparator.comparingDouble(Order::limit));
            CallAuction.Result r = CallAuction.clear(bids, asks);
            assertThat(bids).containsExactlyElementsOf(wantBids);
            assertThat(asks).containsExactlyElementsOf(wantAsks);
            double filled = 0;
            for (Order o : bids) filled += o.filled();
            assertThat(filled).isCloseTo(r.volume(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /** A few limit values, so that many orders tie, with the awkward ones now and then. */
    private static double[] limitPool(Random gen) {
        int k = 1 + gen.nextInt(gen.nextBoolean() ? 4 : 60);
        double[] pool = new double[k];
        double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 0.0, -1.0, 1e-9, Double.MIN_VALUE, Double.MAX_VALUE};
        for (int i = 0; i < k; i++) pool[i] = gen.nextInt(15) == 0 ? odd[gen.nextInt(odd.length)] : 0.5 + gen.nextInt(20) * 0.25;
        return pool;
    }
}
