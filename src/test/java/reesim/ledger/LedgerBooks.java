package reesim.ledger;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The books a conservation check keeps on a ledger from outside: the flows of every tick folded up
 * before the ledger closes the month, and the checks that the stocks of the accounts of the
 * non-boundary stages equal their opening stocks plus what came in from the boundary stages less
 * what went out to them, per element, and that no pool is negative.
 */
final class LedgerBooks {
    private static final int S = Stage.VALUES.length;
    private final ShipmentLedger ledger;
    private final List<Account> accounts;
    private final double[][][][] closed;

    LedgerBooks(ShipmentLedger ledger, List<Account> accounts) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.closed = new double[S][S][2][ledger.elements()];
    }

    /** Folds this tick's flows into the books and closes the month on the ledger. */
    void endTick() {
        double[][][][] tick = ledger.tickFlows();
        for (int s = 0; s < S; s++) for (int d = 0; d < S; d++) for (int r = 0; r < 2; r++)
            for (int e = 0; e < ledger.elements(); e++) closed[s][d][r][e] += tick[s][d][r][e];
        ledger.endTick();
    }

    /** Cumulative flow so far, the open tick included. */
    double flow(Stage s, Stage d, boolean registered, int e) {
        return closed[s.ordinal()][d.ordinal()][registered ? 1 : 0][e] + ledger.tickFlow(s, d, registered, e);
    }

    double inflow(int e) {
        double in = 0;
        for (Stage s : Stage.VALUES) for (Stage d : Stage.VALUES) {
            if (!s.boundary || d.boundary) continue;
            in += flow(s, d, true, e) + flow(s, d, false, e);
        }
        return in;
    }

    double outflow(int e) {
        double out = 0;
        for (Stage s : Stage.VALUES) for (Stage d : Stage.VALUES) {
            if (s.boundary || !d.boundary) continue;
            out += flow(s, d, true, e) + flow(s, d, false, e);
        }
        return out;
    }

    double opened(int e) {
        double o = 0;
        for (Stage s : Stage.VALUES) if (!s.boundary) o += ledger.opened(s, e);
        return o;
    }

    double stock(int e) {
        double q = 0;
        for (Account a : accounts) if (!a.stage().boundary) q += a.total(e);
        return q;
    }

    /** Stocks + cumulative boundary outflows = opening stocks + cumulative boundary inflows, per element. */
    void assertConserved(String context) {
        for (int e = 0; e < ledger.elements(); e++) {
            double lhs = stock(e) + outflow(e), rhs = opened(e) + inflow(e);
            assertThat(lhs).as("%s, element %d: stock %s + out %s vs opened %s + in %s", context, e, stock(e), outflow(e), opened(e), inflow(e))
                    .isCloseTo(rhs, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.max(lhs, rhs))));
        }
    }

    void assertNoNegativePool(String context) {
        for (Account a : accounts) for (int e = 0; e < a.elements(); e++) {
            assertThat(a.registered(e)).as("%s: %s %s registered %d", context, a.owner(), a.form(), e).isGreaterThanOrEqualTo(0).isFinite();
            assertThat(a.grey(e)).as("%s: %s %s grey %d", context, a.owner(), a.form(), e).isGreaterThanOrEqualTo(0).isFinite();
        }
    }

    /** A copy of the open tick's flows, to show that an operation left them alone. */
    double[][][][] tickSnapshot() {
        double[][][][] t = ledger.tickFlows(), c = new double[S][S][2][];
        for (int s = 0; s < S; s++) for (int d = 0; d < S; d++) for (int r = 0; r < 2; r++) c[s][d][r] = t[s][d][r].clone();
        return c;
    }
}
