package reesim.ledger;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every change of an {@link Account} goes through here. The ledger keeps the flows of the current
 * tick per (source stage, target stage, registered, element), which the data collector sums into
 * monthly and yearly accounts, and optionally the flows between agents for the GUI.
 *
 * <p>Besides {@link #move shipments} (the flows) it books three changes that are not flows between
 * stages and so never appear in the flow accounts, each with its own tally per stage and element:
 * <ul>
 * <li>{@link #transform}: material changing form between two accounts of one stage (concentrate to
 * oxide in a smelter, oxide to magnet in a maker, scrap to oxide in a recycler);</li>
 * <li>{@link #reclassify}: material changing pool within one account (grey goods released or
 * exported with papers, registered goods smuggled out without them);</li>
 * <li>{@link #openStock}: the stock on hand at the start of a run (or in a test fixture).</li>
 * </ul>
 * Mass is conserved: the stocks of the accounts of the non-boundary stages equal their opening
 * stocks plus the cumulative flows in from the boundary stages less those out to them.
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
    /** [stage][toRegistered?1:0][element], tonnes reclassified this tick and over the run. */
    private final double[][][] tickReclassified, reclassified;
    /** [stage][element], tonnes transformed within a stage over the run. */
    private final double[][] transformed;
    /** [stage][element], opening stocks booked over the run. */
    private final double[][] opened;

    public ShipmentLedger(int elements) {
        this.elements = elements;
        this.tick = new double[S][S][2][elements];
        this.tickReclassified = new double[S][2][elements];
        this.reclassified = new double[S][2][elements];
        this.transformed = new double[S][elements];
        this.opened = new double[S][elements];
    }

    /**
     * Takes qty tonnes of element e out of a pool; a shortfall within rounding leaves it empty, an
     * overdraft beyond rounding is an error (and leaves the pool as it was).
     */
    private static void debit(Account from, double[] pool, int e, double qty, String what) {
        double left = pool[e] - qty;
        if (left < 0) {
            if (left < -1e-6 * Math.max(1, qty)) throw new IllegalStateException(
                    what + " of " + qty + " t of element " + e + " exceeds the stock of " + from.owner() + " " + from.form());
            left = 0;
        }
        pool[e] = left;
    }

    /** Moves qty tonnes of element e from one account to another. A null account is the outside (a boundary stage). */
    public void move(Account from, Stage fromStage, Account to, Stage toStage, int e, double qty, boolean registered) {
        if (!(qty > 0)) return;
        if (from != null) debit(from, from.poolArray(registered), e, qty, "shipment");
        if (to != null) {
            // Downstream of the market, material no longer carries its origin: it enters the registered pool
            // unless the receiving stage is one where unregistered material is tracked.
            boolean keepGrey = !registered && tracksGrey(toStage);
            to.poolArray(!keepGrey)[e] += qty;
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
        double[] pool = from.poolArray(registered);
        boolean keepGrey = !registered && tracksGrey(toStage);
        double[] into = to.poolArray(!keepGrey);
        double[] flow = tick[from.stage().ordinal()][toStage.ordinal()][registered ? 1 : 0];
        for (int e = 0; e < shares.length; e++) {
            double q = qty * shares[e];
            if (!(q > 0)) continue;
            debit(from, pool, e, q, "shipment");
            into[e] += q;
            flow[e] += q;
            shipments++;
        }
    }

    /**
     * Material changing form within one stage: qty tonnes of element e leave one pool of {@code from}
     * and enter the same pool of {@code to}, an account of the same stage (concentrate to oxide, oxide
     * to magnet, scrap to oxide). Not a flow between stages: it is tallied in {@link #transformed}.
     */
    public void transform(Account from, Account to, int e, double qty, boolean registered) {
        if (from.stage() != to.stage()) throw new IllegalArgumentException(
                "a transformation stays within a stage: " + from.stage() + " -> " + to.stage());
        if (!(qty > 0)) return;
        debit(from, from.poolArray(registered), e, qty, "transformation");
        to.poolArray(registered)[e] += qty;
        transformed[from.stage().ordinal()][e] += qty;
    }

    /**
     * Material changing pool within one account: qty tonnes of element e become registered
     * ({@code toRegistered}: grey goods released or exported with papers) or unregistered (goods leaving
     * without papers). Not a flow between stages: it is tallied per stage, element and direction in
     * {@link #reclassified} and {@link #tickReclassified}.
     */
    public void reclassify(Account a, int e, double qty, boolean toRegistered) {
        if (!(qty > 0)) return;
        if (!toRegistered && !tracksGrey(a.stage())) throw new IllegalArgumentException(
                "no unregistered stock is kept at stage " + a.stage());
        debit(a, a.poolArray(!toRegistered), e, qty, "reclassification");
        a.poolArray(toRegistered)[e] += qty;
        int s = a.stage().ordinal(), r = toRegistered ? 1 : 0;
        tickReclassified[s][r][e] += qty;
        reclassified[s][r][e] += qty;
    }

    /**
     * Books qty tonnes of element e on hand in an account at the start of a run (a maker's input stock,
     * the products already in use) or in a test fixture. Not a flow: tallied in {@link #opened}.
     * Unregistered stock enters the registered pool where the stage keeps no unregistered stock.
     */
    public void openStock(Account a, int e, double qty, boolean registered) {
        if (!(qty > 0)) return;
        a.poolArray(registered || !tracksGrey(a.stage()))[e] += qty;
        opened[a.stage().ordinal()][e] += qty;
    }

    /** Tonnes of element e reclassified at a stage this tick, into the registered pool or out of it. */
    public double tickReclassified(Stage s, boolean toRegistered, int e) { return tickReclassified[s.ordinal()][toRegistered ? 1 : 0][e]; }

    /** Tonnes of element e reclassified at a stage since the start, into the registered pool or out of it. */
    public double reclassified(Stage s, boolean toRegistered, int e) { return reclassified[s.ordinal()][toRegistered ? 1 : 0][e]; }

    /** Tonnes of element e transformed between accounts of a stage since the start. */
    public double transformed(Stage s, int e) { return transformed[s.ordinal()][e]; }

    /** Tonnes of element e booked as opening stock at a stage since the start. */
    public double opened(Stage s, int e) { return opened[s.ordinal()][e]; }

    public static boolean tracksGrey(Stage s) {
        return s == Stage.MINING || s == Stage.SMELTING || s == Stage.TRADE || s == Stage.STATE;
    }

    public double tickFlow(Stage src, Stage dst, boolean registered, int e) {
        return tick[src.ordinal()][dst.ordinal()][registered ? 1 : 0][e];
    }

    public double[][][][] tickFlows() { return tick; }

    /** Clears the tick accounts; called at the close of the month (after the observers have read them). */
    public void endTick() {
        for (double[][][] a : tick) for (double[][] b : a) for (double[] c : b) java.util.Arrays.fill(c, 0);
        for (double[][] a : tickReclassified) for (double[] b : a) java.util.Arrays.fill(b, 0);
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
