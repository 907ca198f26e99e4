package reesim.gui;

import sim.display.Console;

import javax.swing.JFrame;
import java.awt.Rectangle;
import java.util.List;

/**
 * Places the windows so that nothing overlaps: console on the left, the supply-chain display next
 * to it, the price chart on the right and the other charts in a row underneath.
 */
final class WindowLayout {
    /** Height of a chart window's MASON toolbar, and of the element picker above the price chart. */
    private static final int CHART_CHROME = 44, ELEMENT_PICKER = 34;

    private WindowLayout() {}

    static void tile(Console console, GuiViews views, Rectangle s) {
        int topH = (int) (s.height * 0.6), bottomH = s.height - topH;
        int consoleW = (int) (s.width * 0.24), displayW = (int) (s.width * 0.47);
        console.setBounds(s.x, s.y, consoleW, topH);
        views.displayFrame().setBounds(s.x + consoleW, s.y, displayW, topH);
        views.network().fit(displayW, topH);
        List<JFrame> charts = views.chartFrames();
        charts.get(ChartSpecs.PRICES).setBounds(s.x + consoleW + displayW, s.y, s.width - consoleW - displayW, topH);
        int rest = charts.size() - 1, w = s.width / Math.max(1, rest);
        for (int i = 0; i < rest; i++) charts.get(i + 1).setBounds(s.x + i * w, s.y + topH, w, bottomH);
        for (int i = 0; i < charts.size(); i++) {
            JFrame f = charts.get(i);
            int chrome = i == ChartSpecs.PRICES ? CHART_CHROME + ELEMENT_PICKER : CHART_CHROME;
            views.charts().get(i).setProportion((f.getWidth() - 20) / (double) Math.max(100, f.getHeight() - chrome));
        }
        for (JFrame f : views.frames()) f.validate();
    }
}
