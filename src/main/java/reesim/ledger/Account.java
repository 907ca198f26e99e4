package reesim.ledger;

import java.io.Serializable;

/**
 * Material held by one agent in one form, per element in tonnes, split into a registered pool and
 * (for the stages where illegal material can sit) an unregistered pool. Anyone may read an account;
 * only the {@link ShipmentLedger} changes one: it moves material between accounts (and to and from
 * the boundary stages), transforms it between two accounts of one stage, reclassifies it between
 * the pools of one account, and books opening stocks.
 */
public final class Account implements Serializable {
    private final Object owner;
    private final Stage stage;
    private final String form;
    private final double[] reg;
    private final double[] grey;

    public Account(Object owner, Stage stage, String form, int elements) {
        this.owner = owner;
        this.stage = stage;
        this.form = form;
        this.reg = new double[elements];
        this.grey = new double[elements];
    }

    public Object owner() { return owner; }
    public Stage stage() { return stage; }
    public String form() { return form; }

    /** Number of elements the account holds. */
    public int elements() { return reg.length; }

    /** Registered tonnes of element e. */
    public double registered(int e) { return reg[e]; }

    /** Unregistered (grey) tonnes of element e. */
    public double grey(int e) { return grey[e]; }

    public double total(int e) { return reg[e] + grey[e]; }

    public double total() {
        double s = 0;
        for (int e = 0; e < reg.length; e++) s += reg[e] + grey[e];
        return s;
    }

    public double pool(boolean registered, int e) { return registered ? reg[e] : grey[e]; }

    public double poolTotal(boolean registered) {
        double s = 0;
        double[] a = registered ? reg : grey;
        for (double v : a) s += v;
        return s;
    }

    /** The pool itself, for the ledger's writes only. */
    double[] poolArray(boolean registered) { return registered ? reg : grey; }
}
