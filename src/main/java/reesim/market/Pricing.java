package reesim.market;

import reesim.ledger.Account;

/**
 * How participants split an order into price tranches. A buyer's urgency (0-1) lifts its limits
 * above the reference price; a seller's pressure (0-1) lowers its asks below it. Limits never cross
 * a participant's own bound (the most a buyer will pay, the least a seller will take).
 */
public final class Pricing implements java.io.Serializable {
    private final int tranches;
    private final double premiumMax;
    private final double discountMax;

    public Pricing(int tranches, double premiumMax, double discountMax) {
        this.tranches = tranches;
        this.premiumMax = premiumMax;
        this.discountMax = discountMax;
    }

    public void bid(Market m, Trader t, Account a, double qty, double reference, double urgency, double maxPrice) {
        if (!(qty > 1e-9) || !(maxPrice > 0)) return;
        double u = clamp01(urgency);
        for (int k = 0; k < tranches; k++) {
            double limit = reference * (1 + premiumMax * (u - (double) k / tranches));
            m.bid(t, a, qty / tranches, Math.min(limit, maxPrice));
        }
    }

    public void ask(Market m, Trader t, Account a, double qty, boolean registered, double reference, double pressure, double minPrice) {
        if (!(qty > 1e-9)) return;
        double s = clamp01(pressure);
        for (int k = 0; k < tranches; k++) {
            double limit = reference * (1 - discountMax * (s - (double) k / tranches));
            m.ask(t, a, qty / tranches, Math.max(limit, minPrice), registered);
        }
    }

    static double clamp01(double x) { return x < 0 ? 0 : x > 1 ? 1 : x; }
}
