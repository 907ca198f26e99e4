package reesim.ledger;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every transfer of material between stages goes through here. The ledger keeps the flows of the
 * current tick per (source stage, target stage, registered, element), which the data collector
 * sums into monthly and yearly accounts, and optionally the flows between agents for the GUI.
 */
public final class ShipmentLedger implements Serializable {
    private static final int S = Stage.VALUES.length;
    private final int elements;
    /** [src][dst][reg?1:0][element], tonnes moved this tick. */
    private final double[][][][] tick;
    private boolean trackEdges;
    private final Map<EdgeKey, double[]> edges = new LinkedHashMap<>();
    private final Map<EdgeKey, double[]> lastEdges = new LinkedHashMap<>();
    private long shipments;

    public ShipmentLedger(int elements) {
        this.elements = elements;
        this.tick = new double[S][S][2][elements];
    }

    /** Moves qty tonnes of element e from one account to another. A null account is the outside (a boundary stage). */
    public void move(Account from, Stage fromStage, Account to, Stage toStage, int e, double qty, boolean registered) {
        if (!(qty > 0)) return;
        if (from != null) {
            double[] pool = registered ? from.reg : from.grey;
            pool[e] -= qty;
            if (pool[e] < 0) {
                if (pool[e] < -1e-6 * Math.max(1, qty)) throw new IllegalStateException(
                        "shipment of " + qty + " t of element " + e + " exceeds the stock of " + from.owner() + " " + from.form());
                pool[e] = 0;
            }
        }
        if (to != null) {
            // Downstream of the market, material no longer carries its origin: it enters the registered pool
            // unless the receiving stage is one where unregistered material is tracked.
            boolean keepGrey = !registered && tracksGrey(toStage);
            (keepGrey ? to.grey : to.reg)[e] += qty;
        }
        tick[fromStage.ordinal()][toStage.ordinal()][registered ? 1 : 0][e] += qty;
        shipments++;
        if (trackEdges) {
            EdgeKey k = new EdgeKey(from == null ? fromStage : from.owner(), to == null ? toStage : to.owner(), registered);
            edges.computeIfAbsent(k, x -> new double[1])[0] += qty;
        }
    }

    public void move(Account from, Account to, int e, double qty, boolean registered) {
        move(from, from.stage(), to, to.stage(), e, qty, registered);
    }

    /**
     * Moves {@code qty * shares[e]} tonnes of every element e from one account to another: the same
     * as {@link #move(Account, Account, int, double, boolean)} per element in element order, with the
     * stages and pools looked up once.
     */
    public void moveShares(Account from, Account to, double qty, double[] shares, boolean registered) {
        if (trackEdges) {
            for (int e = 0; e < shares.length; e++) move(from, to, e, qty * shares[e], registered);
            return;
        }
        Stage toStage = to.stage();
        double[] pool = registered ? from.reg : from.grey;
        double[] into = !registered && tracksGrey(toStage) ? to.grey : to.reg;
        double[] flow = tick[from.stage().ordinal()][toStage.ordinal()][registered ? 1 : 0];
        for (int e = 0; e < shares.length; e++) {
            double q = qty * shares[e];
            if (!(q > 0)) continue;
            pool[e] -= q;
            if (pool[e] < 0) {
                if (pool[e] < -1e-6 * Math.max(1, q)) throw new IllegalStateException(
                        "shipment of " + q + " t of element " + e + " exceeds the stock of " + from.owner() + " " + from.form());
                pool[e] = 0;
            }
            into[e] += q;
            flow[e] += q;
            shipments++;
        }
    }

    public static boolean tracksGrey(Stage s) {
        return s == Stage.MINING || s == Stage.SMELTING || s == Stage.TRADE || s == Stage.STATE;
    }

    public double tickFlow(Stage src, Stage dst, boolean registered, int e) {
        return tick[src.ordinal()][dst.ordinal()][registered ? 1 : 0][e];
    }

    public double[][][][] tickFlows() { return tick; }

    /** Clears the tick accounts; called by the data collector after it has read them. */
    public void endTick() {
        for (double[][][] a : tick) for (double[][] b : a) for (double[] c : b) java.util.Arrays.fill(c, 0);
        if (trackEdges) {
            lastEdges.clear();
            lastEdges.putAll(edges);
            edges.clear();
        }
    }

    public void setTrackEdges(boolean on) { trackEdges = on; }

    public Map<EdgeKey, double[]> edges() { return edges; }

    /** The flows between agents of the last completed tick (kept by {@link #endTick} when tracking edges). */
    public Map<EdgeKey, double[]> lastEdges() { return lastEdges; }

    public long shipmentCount() { return shipments; }

    public int elements() { return elements; }

    /** Flow between two agents (or an agent and a boundary stage) in the last tick. */
    public record EdgeKey(Object from, Object to, boolean registered) implements Serializable {}
}
