package reesim.market;

import java.util.List;

/**
 * Uniform-price call auction. Bids are matched from the highest limit down, asks from the lowest
 * up, while the bid's limit covers the ask's; the price is the midpoint of the last matched bid and
 * ask limits, so every matched bid pays at most its limit and every matched ask gets at least its
 * own. Ties in limit are broken by each order's random tie-break key, so no trader is favoured by
 * the order in which agents happened to be stepped.
 */
public final class CallAuction {
    private CallAuction() {}

    public record Result(double price, double volume, double bestBid, double bestAsk, double demand, double supply) {
        public boolean traded() { return volume > 0; }
    }

    /** Clears the books in place: sorts them, sets each order's {@code filled}; returns the price and volume. */
    public static Result clear(List<Order> bids, List<Order> asks) {
        OrderSort sorter = new OrderSort();
        Book b = book(bids), a = book(asks);
        double demand = sorter.sort(b, true, null);
        double supply = sorter.sort(a, false, null);
        Result r = match(b, a, demand, supply);
        writeBack(b, bids);
        writeBack(a, asks);
        return r;
    }

    private static Book book(List<Order> orders) {
        Book b = new Book();
        for (Order o : orders) {
            b.add(o.trader, o.account, o.quantity, o.limit, o.registered);
            b.tieBreak[b.size - 1] = o.tieBreak;
        }
        return b;
    }

    /** Puts the list in the book's sorted order with the book's fills. */
    private static void writeBack(Book b, List<Order> orders) {
        Order[] posted = orders.toArray(new Order[0]);
        for (int i = 0; i < b.size; i++) {
            Order o = posted[b.sorted[i]];
            o.filled = b.filled[b.sorted[i]];
            orders.set(i, o);
        }
    }

    /**
     * Matches books sorted by {@link OrderSort} (bids by limit descending, asks ascending, ties by
     * tie-break key, then posting order) with their fills zeroed; {@code demand} and {@code supply}
     * are the books' quantities summed in that order. Sets the fills.
     */
    static Result match(Book bids, Book asks, double demand, double supply) {
        int[] bo = bids.sorted, ao = asks.sorted;
        double[] bLimit = bids.limit, bQty = bids.quantity, bFilled = bids.filled;
        double[] aLimit = asks.limit, aQty = asks.quantity, aFilled = asks.filled;
        double bestBid = bids.isEmpty() ? Double.NaN : bLimit[bo[0]];
        double bestAsk = asks.isEmpty() ? Double.NaN : aLimit[ao[0]];
        int i = 0, j = 0;
        double volume = 0, lastBid = Double.NaN, lastAsk = Double.NaN;
        while (i < bids.size && j < asks.size) {
            int b = bo[i], a = ao[j];
            if (bLimit[b] < aLimit[a]) break;
            double q = Math.min(bQty[b] - bFilled[b], aQty[a] - aFilled[a]);
            if (q > 0) {
                bFilled[b] += q;
                aFilled[a] += q;
                volume += q;
                lastBid = bLimit[b];
                lastAsk = aLimit[a];
            }
            if (bQty[b] - bFilled[b] <= 1e-12) i++;
            if (aQty[a] - aFilled[a] <= 1e-12) j++;
        }
        double price = volume > 0 ? 0.5 * (lastBid + lastAsk) : Double.NaN;
        return new Result(price, volume, bestBid, bestAsk, demand, supply);
    }
}
