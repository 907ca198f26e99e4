package reesim.market;

import java.util.Comparator;
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

    private static final Comparator<Order> BIDS = Comparator.comparingDouble((Order o) -> -o.limit).thenComparingDouble(o -> o.tieBreak);
    private static final Comparator<Order> ASKS = Comparator.comparingDouble((Order o) -> o.limit).thenComparingDouble(o -> o.tieBreak);

    /** Clears the books in place: sets each order's {@code filled}; returns the price and volume. */
    public static Result clear(List<Order> bids, List<Order> asks) {
        bids.sort(BIDS);
        asks.sort(ASKS);
        double demand = 0, supply = 0;
        for (Order o : bids) { o.filled = 0; demand += o.quantity; }
        for (Order o : asks) { o.filled = 0; supply += o.quantity; }
        double bestBid = bids.isEmpty() ? Double.NaN : bids.get(0).limit;
        double bestAsk = asks.isEmpty() ? Double.NaN : asks.get(0).limit;
        int i = 0, j = 0;
        double volume = 0, lastBid = Double.NaN, lastAsk = Double.NaN;
        while (i < bids.size() && j < asks.size()) {
            Order b = bids.get(i), a = asks.get(j);
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
        return new Result(price, volume, bestBid, bestAsk, demand, supply);
    }
}
