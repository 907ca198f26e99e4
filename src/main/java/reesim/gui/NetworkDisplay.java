package reesim.gui;

import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

import javax.swing.JFrame;
import java.awt.Color;

/** The Display2D of the supply chain: the graph's agents by column and last month's flows between them. */
final class NetworkDisplay {
    static final int WIDTH = 900, HEIGHT = 600;
    final Display2D display;
    final JFrame frame;
    private final NetworkPortrayal2D registered = new NetworkPortrayal2D();
    private final NetworkPortrayal2D unregistered = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D nodes = new ContinuousPortrayal2D();

    NetworkDisplay(GUIState gui, Controller c) {
        display = new Display2D(WIDTH, HEIGHT, gui);
        display.setBackdrop(Color.white);
        display.attach(registered, "Registered flows");
        display.attach(unregistered, "Unregistered flows");
        display.attach(nodes, "Agents");
        frame = display.createFrame();
        frame.setTitle("Supply chain: last month's flows (blue registered, red unregistered)");
        c.registerFrame(frame);
        frame.setVisible(true);
    }

    /** Zooms so the whole chain fits a frame of the given size. */
    void fit(int frameWidth, int frameHeight) {
        display.setScale(Math.min((frameWidth - 24) / (double) WIDTH, (frameHeight - 56) / (double) HEIGHT));
    }

    /** Points the portrayals at the graph and (re)schedules the display; call from start and load. */
    void attach(SupplyChainGraph g) {
        show(g);
        display.reset();
        display.repaint();
    }

    /** Points the portrayals at the graph and draws it once, without scheduling the display (the console is stopped). */
    void preview(SupplyChainGraph g) {
        show(g);
        display.repaint();
    }

    private void show(SupplyChainGraph g) {
        for (boolean r : new boolean[] {true, false}) {
            NetworkPortrayal2D p = r ? registered : unregistered;
            p.setField(new SpatialNetwork2D(g.field(), g.network(r)));
            p.setPortrayalForAll(new FlowEdgePortrayal());
        }
        nodes.setField(g.field());
        NodePortrayals.install(nodes);
    }
}
