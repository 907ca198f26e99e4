package reesim.market;

import reesim.ledger.Account;

import java.io.Serializable;

/** One tranche of a bid or an ask: a quantity at a limit price, from a trader's account. */
public final class Order implements Serializable {
    final Trader trader;
    final Account account;
    final double quantity;
    final double limit;
    final boolean registered;
    double filled;
    double tieBreak;

    public Order(Trader trader, Account account, double quantity, double limit, boolean registered) {
        this.trader = trader;
        this.account = account;
        this.quantity = quantity;
        this.limit = limit;
        this.registered = registered;
    }

    public double quantity() { return quantity; }
    public double limit() { return limit; }
    public double filled() { return filled; }
    public boolean registered() { return registered; }
}
