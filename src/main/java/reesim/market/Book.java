package reesim.market;

import reesim.ledger.Account;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One side of a market's order book since its last clearing, kept column by column (one array per
 * order field, indexed by posting order) rather than as one object per order: a clearing reads
 * every order several times, and compact arrays keep that cheap for books of tens of thousands of
 * orders. {@link OrderSort} writes the sorted order into {@link #sorted}. The arrays are reused
 * from one clearing to the next.
 */
final class Book implements Serializable {
    int size;
    Trader[] trader = new Trader[16];
    Account[] account = new Account[16];
    double[] quantity = new double[16];
    double[] limit = new double[16];
    double[] filled = new double[16];
    double[] tieBreak = new double[16];
    boolean[] registered = new boolean[16];
    /** Positions in sorted order, valid after {@link OrderSort#sort}. */
    int[] sorted = new int[16];

    void add(Trader t, Account a, double qty, double lim, boolean reg) {
        if (size == quantity.length) grow();
        int i = size++;
        trader[i] = t;
        account[i] = a;
        quantity[i] = qty;
        limit[i] = lim;
        filled[i] = 0;
        tieBreak[i] = 0;
        registered[i] = reg;
    }

    boolean isEmpty() { return size == 0; }

    /** Empties the book; the arrays stay for the next month's orders. */
    void clear() {
        Arrays.fill(trader, 0, size, null);
        Arrays.fill(account, 0, size, null);
        size = 0;
    }

    Trader trader(int i) { return trader[i]; }
    Account account(int i) { return account[i]; }

    /** The orders as objects, in posting order (a copy: changing it does not change the book). */
    List<Order> snapshot() {
        List<Order> l = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Order o = new Order(trader(i), account(i), quantity[i], limit[i], registered[i]);
            o.filled = filled[i];
            o.tieBreak = tieBreak[i];
            l.add(o);
        }
        return l;
    }

    private void grow() {
        int cap = 2 * quantity.length;
        trader = Arrays.copyOf(trader, cap);
        account = Arrays.copyOf(account, cap);
        quantity = Arrays.copyOf(quantity, cap);
        limit = Arrays.copyOf(limit, cap);
        filled = Arrays.copyOf(filled, cap);
        tieBreak = Arrays.copyOf(tieBreak, cap);
        registered = Arrays.copyOf(registered, cap);
        sorted = Arrays.copyOf(sorted, cap);
    }
}
