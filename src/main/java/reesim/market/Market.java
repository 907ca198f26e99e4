package reesim.market;

import ec.util.MersenneTwisterFast;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;

import java.io.Serializable;
import java.util.List;

/**
 * The market of one good (an element's oxide, or one deposit's concentrate) in one place (China or
 * the world). Traders post tranches during their step; {@link #clear} runs the call auction, moves
 * the goods through the ledger and the cash between the traders, and updates the price. With no
 * trade the price moves into the gap between the best bid and the best ask, so excess demand
 * still pushes it up and excess supply down.
 */
public final class Market implements Serializable {
    private final String name;
    private final Good good;
    private final boolean world;
    private final Book bids = new Book();
    private final Book asks = new Book();
    private double price;
    /** Exponentially weighted average of the price over about a year (weight 1/12 per month). */
    private double trailingPrice;
    private double lastDemand;
    private double lastSupply;
    private double lastVolume;
    private double volumeThisYear;
    private double valueThisYear;
    private transient OrderSort sorter;

    public Market(String name, Good good, boolean world, double initialPrice) {
        this.name = name;
        this.good = good;
        this.world = world;
        this.price = initialPrice;
        this.trailingPrice = initialPrice;
    }

    public void bid(Trader t, Account acct, double qty, double limit) {
        if (qty > 1e-12 && limit > 0) bids.add(t, acct, qty, limit, true);
    }

    public void ask(Trader t, Account acct, double qty, double limit, boolean registered) {
        if (qty > 1e-12) asks.add(t, acct, qty, Math.max(limit, 1e-9), registered);
    }

    public CallAuction.Result clear(ShipmentLedger ledger, MersenneTwisterFast random) {
        // tie-break keys are drawn for the bids, then the asks, each in posting order
        if (sorter == null) sorter = new OrderSort();
        double demand = sorter.sort(bids, true, random);
        double supply = sorter.sort(asks, false, random);
        CallAuction.Result r = CallAuction.match(bids, asks, demand, supply);
        lastDemand = r.demand();
        lastSupply = r.supply();
        lastVolume = r.volume();
        if (r.traded()) {
            settle(ledger, r);
            price = r.price();
        } else if (!Double.isNaN(r.bestBid()) && r.bestBid() > price) {
            price = r.bestBid();
        } else if (!Double.isNaN(r.bestAsk()) && r.bestAsk() < price) {
            price = r.bestAsk();
        }
        trailingPrice += (price - trailingPrice) / 12;
        volumeThisYear += r.volume();
        if (r.traded()) valueThisYear += r.volume() * r.price();
        bids.clear();
        asks.clear();
        return r;
    }

    /** Pairs the filled asks with the filled bids in sorted order and ships each matched lot. */
    private void settle(ShipmentLedger ledger, CallAuction.Result r) {
        double p = r.price();
        int[] bo = bids.sorted, ao = asks.sorted;
        double[] bFilled = bids.filled, aFilled = asks.filled;
        int j = 0;
        double askLeft = 0;
        int a = -1;
        for (int i = 0; i < bids.size; i++) {
            int b = bo[i];
            double need = bFilled[b];
            while (need > 1e-12) {
                if (a < 0 || askLeft <= 1e-12) {
                    while (j < asks.size && aFilled[ao[j]] <= 1e-12) j++;
                    if (j >= asks.size) break;
                    a = ao[j++];
                    askLeft = aFilled[a];
                }
                double q = Math.min(need, askLeft);
                good.ship(ledger, asks.account(a), bids.account(b), q, asks.registered[a]);
                need -= q;
                askLeft -= q;
            }
        }
        for (int i = 0; i < bids.size; i++) {
            int b = bo[i];
            if (bFilled[b] > 0) bids.trader(b).onFill(this, true, bFilled[b], p, bids.registered[b]);
        }
        for (int i = 0; i < asks.size; i++) {
            int o = ao[i];
            if (aFilled[o] > 0) asks.trader(o).onFill(this, false, aFilled[o], p, asks.registered[o]);
        }
    }

    public void resetYear() { volumeThisYear = 0; valueThisYear = 0; }

    public String name() { return name; }
    public Good good() { return good; }
    public boolean isWorld() { return world; }
    public double price() { return price; }
    public double trailingPrice() { return trailingPrice; }
    public double lastDemand() { return lastDemand; }
    public double lastSupply() { return lastSupply; }
    /** What traded at the last clearing, t. */
    public double lastVolume() { return lastVolume; }
    public double volumeThisYear() { return volumeThisYear; }
    /** Volume-weighted average price this year so far, or the current price if nothing traded. */
    public double averagePriceThisYear() { return volumeThisYear > 0 ? valueThisYear / volumeThisYear : price; }
    /** The bids posted since the last clearing, in posting order (a copy). */
    public List<Order> pendingBids() { return bids.snapshot(); }
    /** The asks posted since the last clearing, in posting order (a copy). */
    public List<Order> pendingAsks() { return asks.snapshot(); }
}
