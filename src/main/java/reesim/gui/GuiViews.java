package reesim.gui;

import reesim.output.DataCollector;
import reesim.model.ReeModel;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.util.ArrayList;
import java.util.List;

/** The windows around the console: the supply-chain display and the charts. */
final class GuiViews {
    private final NetworkDisplay network;
    private final ChartWindows charts;

    GuiViews(GUIState gui, Controller c) {
        network = new NetworkDisplay(gui, c);
        charts = new ChartWindows(c);
    }

    /** After start or load; the display is rescheduled here, after the graph's updater. */
    void attach(ReeModel m, SupplyChainGraph graph) {
        network.attach(graph);
        onEdt(() -> charts.attach(m));
    }

    /** Called on the model thread after each month. */
    void monthDone(ReeModel m) {
        int ticks = (int) DataCollector.of(m).ticksDone();
        SwingUtilities.invokeLater(() -> charts.catchUp(m, ticks));
    }

    NetworkDisplay network() { return network; }
    Display2D display() { return network.display; }
    JFrame displayFrame() { return network.frame; }
    List<JFrame> chartFrames() { return charts.frames(); }
    List<TimeSeriesChartGenerator> charts() { return charts.charts(); }
    ChartWindows chartWindows() { return charts; }

    List<JFrame> frames() {
        List<JFrame> l = new ArrayList<>();
        l.add(network.frame);
        l.addAll(charts.frames());
        return l;
    }

    void dispose() {
        charts.dispose();
        network.frame.dispose();
    }

    static void onEdt(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) r.run();
        else SwingUtilities.invokeLater(r);
    }
}
