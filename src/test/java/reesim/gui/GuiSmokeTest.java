package reesim.gui;

import reesim.output.DataCollector;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import reesim.agents.Mine;
import reesim.model.ReeModel;
import reesim.output.Simulation;
import reesim.output.Metric;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.Double2D;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Opens the real console (under Xvfb in CI), plays two years and checks the windows, the charts,
 * the network display and a screenshot. Runs in surefire's non-headless "gui-smoke" execution.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class GuiSmokeTest {
    private static final int MONTHS = 24;
    private static Console console;
    private static ReeWithUI gui;

    @BeforeAll
    static void open() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "this JVM is headless");
        console = ReeGui.open(TestConfigs.baseline(), 5);
        gui = ReeGui.gui(console);
        Screenshot.play(console, MONTHS);
    }

    @AfterAll
    static void close() throws Exception {
        if (console == null) return;
        SwingUtilities.invokeAndWait(() -> {
            console.pressStop();
            gui.quit();
            console.dispose();
        });
    }

    @Test
    void consoleDisplayAndChartWindowsAreUpAndTheClockShowsTheDate() throws Exception {
        assertThat(console.isVisible()).isTrue();
        assertThat(console.getPlayState()).isEqualTo(Console.PS_PAUSED);
        assertThat(gui.state.schedule.getSteps()).isEqualTo(MONTHS);
        assertThat(gui.state.schedule.getTimestamp("", "")).isEqualTo("2001-12");
        assertThat(gui.views().displayFrame().isVisible()).isTrue();
        assertThat(gui.views().chartFrames()).hasSize(5).allMatch(JFrame::isVisible);
        assertThat(console.getTabPane().indexOfTab("Model")).isNotNegative();
        assertThat(gui.getInspector().isVolatile()).isTrue();
    }

    @Test
    void theConsoleRunFollowsTheTrajectoryOfRunForItsSeed() throws Exception {
        ReeModel shown = gui.model(), ref = Simulation.run(TestConfigs.baseline(), 5, 2001);
        for (int t = 0; t < MONTHS; t++) {
            for (Metric m : Metric.VALUES) {
                for (int e = 0; e <= shown.elementCount(); e++) {
                    assertThat(Double.valueOf(DataCollector.of(shown).monthly(t, m, e))).as("%s[%d] month %d", m.label, e, t)
                            .isEqualTo(Double.valueOf(DataCollector.of(ref).monthly(t, m, e)));
                }
            }
        }
    }

    @Test
    void everyChartHasOnePointPerMonthFromTheCollector() throws Exception {
        Screenshot.settle();
        ReeModel m = gui.model();
        ChartWindows charts = gui.views().chartWindows();
        for (int c = 0; c < gui.views().charts().size(); c++) {
            TimeSeriesChartGenerator g = gui.views().charts().get(c);
            assertThat(g.getSeriesCount()).isPositive();
            for (int s = 0; s < g.getSeriesCount(); s++) {
                assertThat(charts.series(c, s).getItemCount()).as(g.getTitle()).isEqualTo(MONTHS);
            }
        }
        XYSeries mined = charts.series(1, 0);
        assertThat(mined.getY(MONTHS - 1).doubleValue()).isEqualTo(DataCollector.of(m).monthly(MONTHS - 1, Metric.MINED_REGISTERED, m.elementCount()));
        assertThat(mined.getX(0).doubleValue()).isEqualTo(2000.0);
    }

    @Test
    void choosingAnotherElementRedrawsThePriceChart() throws Exception {
        ReeModel m = gui.model();
        int dy = m.config().elements.indexOf("Dy");
        SwingUtilities.invokeAndWait(() -> gui.views().chartWindows().elementBox().setSelectedIndex(dy));
        XYSeries domestic = gui.views().chartWindows().series(ChartSpecs.PRICES, 0);
        double[] got = new double[1];
        SwingUtilities.invokeAndWait(() -> got[0] = domestic.getY(MONTHS - 1).doubleValue());

        assertThat(domestic.getItemCount()).isEqualTo(MONTHS);
        assertThat(got[0]).isEqualTo(DataCollector.of(m).monthly(MONTHS - 1, Metric.PRICE_DOMESTIC, dy));
        assertThat(gui.views().chartFrames().get(ChartSpecs.PRICES).getTitle()).contains("Dy");
    }

    @Test
    void doubleClickingAMineOpensItsInspector() throws Exception {
        Mine mine = gui.model().mines().get(0);
        Double2D at = gui.graph().field().getObjectLocation(mine);
        int[] before = new int[1], after = new int[1];
        boolean[] hitMine = new boolean[1];
        SwingUtilities.invokeAndWait(() -> {
            before[0] = console.getAllInspectors().size();
            Display2D d = gui.views().display();
            double s = d.getScale();
            // the field is drawn centred in the display's inner panel
            double ox = Math.max(0, (d.insideDisplay.getWidth() - s * NetworkDisplay.WIDTH) / 2);
            double oy = Math.max(0, (d.insideDisplay.getHeight() - s * NetworkDisplay.HEIGHT) / 2);
            double px = s * NetworkDisplay.WIDTH / SupplyChainGraph.WIDTH, py = s * NetworkDisplay.HEIGHT / SupplyChainGraph.HEIGHT;
            Rectangle2D.Double hit = new Rectangle2D.Double(ox + at.x * px - 1, oy + at.y * py - 1, 3, 3);
            for (Bag layer : d.objectsHitBy(hit)) {
                if (layer != null) for (Object o : layer) hitMine[0] |= ((LocationWrapper) o).getObject() == mine;
            }
            d.createInspectors(hit, gui);
            after[0] = console.getAllInspectors().size();
        });
        assertThat(hitMine[0]).as("the click lands on the mine").isTrue();
        assertThat(after[0]).isGreaterThan(before[0]);
    }

    @Test
    void screenshotShowsTheWindowsAndIsNotBlank() throws Exception {
        BufferedImage img = Screenshot.capture(console);
        File out = new File("target/gui-smoke.png");
        ImageIO.write(img, "png", out);

        assertThat(out).exists();
        assertThat(img.getWidth()).isGreaterThan(800);
        assertThat(Snapshots.distinctColours(img)).isGreaterThan(100);
        JFrame display = gui.views().displayFrame();
        BufferedImage net = Snapshots.compose(java.util.List.of(display));
        assertThat(Snapshots.distinctColours(net)).as("the network display draws nodes and edges").isGreaterThan(20);
    }
}
