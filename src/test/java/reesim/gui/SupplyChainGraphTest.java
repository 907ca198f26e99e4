package reesim.gui;

import reesim.output.DataCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reesim.agents.IllegalMine;
import reesim.agents.Mine;
import reesim.agents.Smuggler;
import reesim.ledger.ShipmentLedger.EdgeKey;
import reesim.ledger.Stage;
import reesim.model.Population;
import reesim.model.ReeModel;
import reesim.output.Metric;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Headless: the network the display draws holds the ledger's flows of the last month. */
class SupplyChainGraphTest {
    /** By 2008 the baseline has illegal sites digging, so both kinds of flows are present. */
    private static final int MONTHS = 100;
    private static ReeWithUI gui;

    @BeforeAll
    static void run() throws Exception {
        gui = new ReeWithUI(TestConfigs.baseline(), 3);
        gui.start();
        for (int t = 0; t < MONTHS; t++) gui.step();
    }

    private static double tonnes(Network net, Object from, Class<?> toType) {
        double sum = 0;
        for (Object o : net.getEdgesOut(from)) {
            Edge e = (Edge) o;
            if (toType.isInstance(e.getTo())) sum += ((FlowEdge) e.info).getTonnes();
        }
        return sum;
    }

    @Test
    void miningEdgesAddUpToTheMonthsMiningByRegistration() {
        ReeModel m = gui.model();
        SupplyChainGraph g = gui.graph();
        int reo = m.elementCount();
        double registered = tonnes(g.network(true), Stage.DEPOSIT, Mine.class);
        double unregistered = tonnes(g.network(false), Stage.DEPOSIT, Mine.class) + tonnes(g.network(false), Stage.DEPOSIT, IllegalMine.class);

        double minedReg = DataCollector.of(m).monthly(MONTHS - 1, Metric.MINED_REGISTERED, reo);
        double minedUnreg = DataCollector.of(m).monthly(MONTHS - 1, Metric.MINED_UNREGISTERED, reo);
        assertThat(minedReg).isPositive();
        assertThat(minedUnreg).isPositive();
        assertThat(registered).isCloseTo(minedReg, within(1e-9 * minedReg));
        assertThat(unregistered).isCloseTo(minedUnreg, within(1e-9 * minedUnreg));
        assertThat(tonnes(g.network(true), Stage.DEPOSIT, IllegalMine.class)).isZero();
    }

    @Test
    void everyEdgeJoinsTwoPlacedNodesInTheRightColumns() {
        SupplyChainGraph g = gui.graph();
        int edges = 0;
        for (boolean r : new boolean[] {true, false}) {
            Network net = g.network(r);
            for (Object n : net.getAllNodes()) {
                for (Object o : net.getEdgesOut(n)) {
                    Edge e = (Edge) o;
                    FlowEdge f = (FlowEdge) e.info;
                    assertThat(f.isRegistered()).isEqualTo(r);
                    assertThat(f.getTonnes()).isGreaterThanOrEqualTo(SupplyChainGraph.MIN_TONNES);
                    assertThat(e.getFrom()).isNotSameAs(e.getTo());
                    assertThat(g.field().getObjectLocation(e.getFrom())).isNotNull();
                    assertThat(g.field().getObjectLocation(e.getTo())).isNotNull();
                    edges++;
                }
            }
        }
        assertThat(edges).isGreaterThan(50);
        Population p = gui.model().population();
        assertThat(g.columnOf(p.mines.get(0))).isEqualTo(Column.MINES);
        assertThat(g.columnOf(p.smugglers.get(0))).isEqualTo(Column.TRADE);
        assertThat(g.columnOf(p.world)).isEqualTo(Column.WORLD);
        assertThat(g.columnOf(p.stockpile)).isEqualTo(Column.STATE);
        assertThat(g.columnOf(Stage.LANDFILL)).isEqualTo(Column.SINKS);
        assertThat(g.field().getObjectLocation(p.mines.get(0)).x).isEqualTo(SupplyChainGraph.x(Column.MINES));
        assertThat(g.field().getObjectLocation(p.smelters.get(0)).x).isGreaterThan(g.field().getObjectLocation(p.mines.get(0)).x);
    }

    @Test
    void onlyActiveOrStockedIllegalSitesAreShown() {
        SupplyChainGraph g = gui.graph();
        int shown = 0, hidden = 0;
        for (IllegalMine site : gui.model().illegalMines()) {
            boolean visible = g.field().getObjectLocation(site) != null;
            if (site.isActive() || site.getStock() > 0) assertThat(visible).as(site.getId()).isTrue();
            if (visible) shown++; else hidden++;
        }
        assertThat(shown).isPositive();
        assertThat(hidden).isPositive();
    }

    @Test
    void selfFlowsAreDroppedAndSmugglersSalesAbroadCountAsUnregistered() {
        Population p = gui.model().population();
        Smuggler s = p.smugglers.get(0);
        Map<EdgeKey, double[]> flows = new LinkedHashMap<>();
        flows.put(new EdgeKey(s, s, false), new double[] {5});
        flows.put(new EdgeKey(s, p.world, true), new double[] {3});
        flows.put(new EdgeKey(p.manufacturers.get(0), Stage.WORLD, true), new double[] {2});
        flows.put(new EdgeKey(p.manufacturers.get(0), p.world, true), new double[] {1});
        flows.put(new EdgeKey("not a node", p.world, true), new double[] {7});

        Map<EdgeKey, Double> links = gui.graph().links(flows);

        assertThat(links).containsOnly(
                Map.entry(new EdgeKey(s, p.world, false), 3.0),
                Map.entry(new EdgeKey(p.manufacturers.get(0), p.world, true), 3.0));
    }

    @Test
    void edgeWidthGrowsWithTheLogOfTonnes() {
        assertThat(new FlowEdge(0, true).doubleValue()).isZero();
        assertThat(new FlowEdge(9, true).doubleValue()).isCloseTo(1.0, within(1e-12));
        assertThat(new FlowEdge(999, false).doubleValue()).isCloseTo(3.0, within(1e-12));
        assertThat(new FlowEdge(999, false).toString()).isEqualTo("999.0 t unregistered");
    }

    @Test
    void layoutAgainEmptiesAndRefillsTheField() {
        SupplyChainGraph g = new SupplyChainGraph();
        g.layout(gui.model());
        int first = g.field().getAllObjects().numObjs;
        g.layout(gui.model());
        Bag again = g.field().getAllObjects();
        assertThat(again.numObjs).isEqualTo(first);
        Population p = gui.model().population();
        int alwaysShown = p.mines.size() + p.smelters.size() + p.traders.size() + p.smugglers.size() + p.allMakers().size()
                + p.manufacturers.size() + p.inUse.size() + p.recyclers.size() + 2 + 3 + Column.values().length;
        assertThat(first).isGreaterThanOrEqualTo(alwaysShown).isLessThan(alwaysShown + p.illegalMines.size() + 1);
    }
}
