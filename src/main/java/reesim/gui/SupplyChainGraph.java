package reesim.gui;

import reesim.agents.IllegalMine;
import reesim.agents.Smuggler;
import reesim.ledger.ShipmentLedger.EdgeKey;
import reesim.ledger.Stage;
import reesim.model.Population;
import reesim.model.ReeModel;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supply chain as a MASON network, without any Swing: every agent is a node placed in the
 * column of its stage, and the edges are last month's flows from the ledger, summed over
 * elements per (from, to, registered). Boundary stages (deposits, landfill, tailings) are nodes
 * too; flows to or from the outside world attach to the rest-of-world agent.
 * <p>Two display rules: flows between one agent's own accounts (a trader's goods crossing into its
 * account abroad) are not drawn, since the sale abroad shows the same goods; and what a smuggler
 * sells abroad is drawn as unregistered, because it left China without papers (the ledger
 * registers it once abroad). Illegal sites appear only while active or holding stock.
 * <p>Not thread-safe: call it under the schedule lock (as GUIState.step does) or on the EDT.
 */
public final class SupplyChainGraph {
    public static final double WIDTH = 130, HEIGHT = 87;
    static final double MARGIN = 5, TOP = 10, BOTTOM = HEIGHT - 2, COLUMN_WIDTH = (WIDTH - 2 * MARGIN) / Column.VALUES_COUNT;
    static final double GRID = 1.2;
    /** Flows below this many tonnes a month are not drawn. */
    public static final double MIN_TONNES = 0.01;

    private final Continuous2D field = new Continuous2D(COLUMN_WIDTH, WIDTH, HEIGHT);
    private final Network registered = new Network(true);
    private final Network unregistered = new Network(true);
    private final Map<Object, Column> columns = new IdentityHashMap<>();
    private final Map<IllegalMine, Double2D> illegalSpots = new IdentityHashMap<>();
    private Object world;

    public Continuous2D field() { return field; }
    /** Last month's registered or unregistered flows; two networks so the display can draw the illegal ones on top. */
    public Network network(boolean registeredFlows) { return registeredFlows ? registered : unregistered; }
    public Column columnOf(Object node) { return columns.get(node); }

    /** Places every agent of the model; call after start and after a checkpoint load. */
    public void layout(ReeModel m) {
        field.clear();
        registered.clear();
        unregistered.clear();
        columns.clear();
        illegalSpots.clear();
        Population p = m.population();
        world = p.world;
        for (Column c : Column.values()) field.setObjectLocation(c, new Double2D(x(c), c.ordinal() % 2 == 0 ? 3.5 : 6.5));
        place(Column.DEPOSITS, List.of(Stage.DEPOSIT));
        place(Column.MINES, p.mines);
        placeGrid(p.illegalMines);
        place(Column.SMELTERS, p.smelters);
        List<Object> trade = new ArrayList<>(p.traders);
        trade.addAll(p.smugglers);
        place(Column.TRADE, trade);
        place(Column.MAKERS, p.allMakers());
        place(Column.MANUFACTURERS, p.manufacturers);
        place(Column.IN_USE, p.inUse);
        place(Column.RECYCLERS, p.recyclers);
        place(Column.WORLD, List.of(p.world));
        place(Column.STATE, List.of(p.stockpile, p.storageCentres));
        field.setObjectLocation(p.stockpile, new Double2D(x(Column.STATE), TOP + 0.2 * (BOTTOM - TOP)));
        field.setObjectLocation(p.storageCentres, new Double2D(x(Column.STATE), TOP + 0.35 * (BOTTOM - TOP)));
        place(Column.SINKS, List.of(Stage.LANDFILL, Stage.TAILINGS));
        update(m);
    }

    /** Redraws the edges from the ledger's flows of the last completed month. */
    public void update(ReeModel m) {
        registered.clear();
        unregistered.clear();
        Map<EdgeKey, Double> links = links(m.ledger().lastEdges());
        for (Map.Entry<IllegalMine, Double2D> e : illegalSpots.entrySet()) {
            IllegalMine site = e.getKey();
            if (site.isActive() || site.getStock() > 0 || touches(links, site)) field.setObjectLocation(site, e.getValue());
            else field.remove(site);
        }
        links.forEach((k, t) -> {
            if (t >= MIN_TONNES) network(k.registered()).addEdge(k.from(), k.to(), new FlowEdge(t, k.registered()));
        });
    }

    /** Ledger flows mapped onto the display's nodes and summed; keys hold nodes, not ledger endpoints. */
    Map<EdgeKey, Double> links(Map<EdgeKey, double[]> flows) {
        Map<EdgeKey, Double> out = new LinkedHashMap<>();
        flows.forEach((k, q) -> {
            Object from = node(k.from()), to = node(k.to());
            if (from == null || to == null || from == to) return;
            boolean registered = k.registered() && !(k.from() instanceof Smuggler && to == world);
            out.merge(new EdgeKey(from, to, registered), q[0], Double::sum);
        });
        return out;
    }

    private Object node(Object endpoint) {
        Object n = endpoint == Stage.WORLD ? world : endpoint;
        return columns.containsKey(n) ? n : null;
    }

    private static boolean touches(Map<EdgeKey, Double> links, Object node) {
        for (EdgeKey k : links.keySet()) if (k.from() == node || k.to() == node) return true;
        return false;
    }

    private void place(Column c, List<?> nodes) {
        double step = (BOTTOM - TOP) / Math.max(1, nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Object n = nodes.get(i);
            columns.put(n, c);
            field.setObjectLocation(n, new Double2D(x(c), TOP + (i + 0.5) * step));
        }
    }

    /** Illegal sites sit on a fixed grid inside their column; only the visible ones are in the field. */
    private void placeGrid(List<IllegalMine> sites) {
        int rows = (int) Math.floor((BOTTOM - TOP) / GRID);
        int cols = Math.max(1, (int) Math.ceil(sites.size() / (double) rows));
        double gx = Math.min(GRID, (COLUMN_WIDTH - 1) / cols);
        for (int i = 0; i < sites.size(); i++) {
            IllegalMine site = sites.get(i);
            columns.put(site, Column.ILLEGAL);
            double dx = (i / rows - (cols - 1) / 2.0) * gx;
            illegalSpots.put(site, new Double2D(x(Column.ILLEGAL) + dx, TOP + (i % rows + 0.5) * GRID));
        }
    }

    static double x(Column c) { return MARGIN + (c.ordinal() + 0.5) * COLUMN_WIDTH; }
}
