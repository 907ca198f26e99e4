package reesim.market;

import ec.util.MersenneTwisterFast;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;

import java.io.Serializable;
import java.util.ArrayList;
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
    private final List<Order> bids = new ArrayList<>();
    private final List<Order> asks = new ArrayList<>();
    private double price;
    /** Exponentially weighted average of the price over about a year (weight 1/12 per month). */
    private double trailingPrice;
    private double lastVolume;
    private double lastDemand;
    private double lastSupply;
    private double volumeThisYear;
    private double valueThisYear;

    public Market(String name, Good good, boolean world, double initialPrice) {
        this.name = name;
        this.good = good;
        this.world = world;
        this.price = initialPrice;
        this.trailingPrice = initialPrice;
    }

    public void bid(Trader t, Account acct, double qty, double limit) {
        if (qty > 1e-12 && limit > 0) bids.add(new Order(t, acct, qty, limit, true));
    }

    public void ask(Trader t, Account acct, double qty, double limit, boolean registered) {
        if (qty > 1e-12) asks.add(new Order(t, acct, qty, Math.max(limit, 1e-9), registered));
    }

    public CallAuction.Result clear(ShipmentLedger ledger, MersenneTwisterFast random) {
        for (Order o : bids) o.tieBreak = random.nextDouble();
        for (Order o : asks) o.tieBreak = random.nextDouble();
        CallAuction.Result r = CallAuction.clear(bids, asks);
        lastDemand = r.demand();
        lastSupply = r.supply();
        if (r.traded()) {
            settle(ledger, r);
            price = r.price();
        } else if (!Double.isNaN(r.bestBid()) && r.bestBid() > price) {
            price = r.bestBid();
        } else if (!Double.isNaN(r.bestAsk()) && r.bestAsk() < price) {
            price = r.bestAsk();
        }
        trailingPrice += (price - trailingPrice) / 12;
        lastVolume = r.volume();
        volumeThisYear += r.volume();
        if (r.traded()) valueThisYear += r.volume() * r.price();
        bids.clear();
        asks.clear();
        return r;
    }

    /** Pairs the filled asks with the filled bids in order and ships each matched lot. */
    private void settle(ShipmentLedger ledger, CallAuction.Result r) {
        double p = r.price();
        int j = 0;
        double askLeft = 0;
        Order a = null;
        for (Order b : bids) {
            double need = b.filled;
            while (need > 1e-12) {
                if (a == null || askLeft <= 1e-12) {
                    while (j < asks.size() && asks.get(j).filled <= 1e-12) j++;
                    if (j >= asks.size()) break;
                    a = asks.get(j++);
                    askLeft = a.filled;
                }
                double q = Math.min(need, askLeft);
                good.ship(ledger, a.account, b.account, q, a.registered);
                need -= q;
                askLeft -= q;
            }
        }
        for (Order b : bids) if (b.filled > 0) b.trader.onFill(this, true, b.filled, p, b.registered);
        for (Order o : asks) if (o.filled > 0) o.trader.onFill(this, false, o.filled, p, o.registered);
    }

    public void resetYear() { volumeThisYear = 0; valueThisYear = 0; }

    public String name() { return name; }
    public Good good() { return good; }
    public boolean isWorld() { return world; }
    public double price() { return price; }
    public double trailingPrice() { return trailingPrice; }
    public double lastVolume() { return lastVolume; }
    public double lastDemand() { return lastDemand; }
    public double lastSupply() { return lastSupply; }
    public double volumeThisYear() { return volumeThisYear; }
    /** Volume-weighted average price this year so far, or the current price if nothing traded. */
    public double averagePriceThisYear() { return volumeThisYear > 0 ? valueThisYear / volumeThisYear : price; }
    public List<Order> pendingBids() { return bids; }
    public List<Order> pendingAsks() { return asks; }
}
