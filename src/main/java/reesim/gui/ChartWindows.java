package reesim.gui;

import reesim.output.DataCollector;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYSeries;
import reesim.model.ReeModel;
import sim.display.Controller;
import sim.util.media.chart.ChartGenerator;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * One MASON time-series chart window per {@link ChartSpec}. All methods run on the Swing thread.
 * The charts read the data collector, so after a checkpoint load or an element change they are
 * refilled from the months already simulated.
 */
final class ChartWindows {
    private final List<ChartSpec> specs;
    private final List<TimeSeriesChartGenerator> charts = new ArrayList<>();
    private final List<List<TimeSeriesAttributes>> lines = new ArrayList<>();
    private final List<JFrame> frames = new ArrayList<>();
    private final int[] shown;
    private final JComboBox<String> elementBox = new JComboBox<>();
    private volatile int element;
    private ReeModel model;
    private int done;

    ChartWindows(Controller c) {
        specs = ChartSpecs.all(() -> element);
        shown = new int[specs.size()];
        for (ChartSpec spec : specs) {
            TimeSeriesChartGenerator g = new TimeSeriesChartGenerator();
            g.setTitle(spec.title());
            g.setXAxisLabel("Year");
            g.setYAxisLabel(spec.yLabel());
            NumberAxis years = (NumberAxis) g.getChart().getXYPlot().getDomainAxis();
            years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            years.setNumberFormatOverride(new DecimalFormat("0"));
            List<TimeSeriesAttributes> attrs = new ArrayList<>();
            for (ChartSpec.Series s : spec.series()) {
                TimeSeriesAttributes a = (TimeSeriesAttributes) g.addSeries(new XYSeries(s.name(), false), null);
                a.setStrokeColor(new Color(s.rgb()));
                a.setThickness(1.5);
                attrs.add(a);
            }
            JFrame f = g.createFrame();
            f.setTitle(spec.title());
            charts.add(g);
            lines.add(attrs);
            frames.add(f);
        }
        JPanel pick = new JPanel(new FlowLayout(FlowLayout.LEFT));
        pick.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        pick.add(new JLabel("Element:"));
        pick.add(elementBox);
        elementBox.addActionListener(e -> selectElement(elementBox.getSelectedIndex()));
        frames.get(ChartSpecs.PRICES).getContentPane().add(pick, BorderLayout.NORTH);
        for (JFrame f : frames) {
            f.pack();
            c.registerFrame(f);
            f.setVisible(true);
        }
    }

    List<JFrame> frames() { return frames; }
    List<TimeSeriesChartGenerator> charts() { return charts; }
    JComboBox<String> elementBox() { return elementBox; }
    XYSeries series(int chart, int line) { return lines.get(chart).get(line).getSeries(); }

    /** Starts over on a (new or loaded) model and shows the months it has already run. */
    void attach(ReeModel m) {
        model = m;
        done = 0;
        List<String> names = m.config().elements;
        if (!names.equals(currentNames())) {
            elementBox.setModel(new DefaultComboBoxModel<>(names.toArray(new String[0])));
            elementBox.setSelectedIndex(Math.max(0, names.indexOf("Nd")));
        }
        element = Math.max(0, elementBox.getSelectedIndex());
        for (int i = 0; i < specs.size(); i++) clear(i);
        titlePrices();
        catchUp(m, (int) DataCollector.of(m).ticksDone());
    }

    /** Adds the months up to {@code ticksDone} that the charts do not show yet. */
    void catchUp(ReeModel m, int ticksDone) {
        if (m != model) return;
        done = Math.max(done, ticksDone);
        for (int i = 0; i < specs.size(); i++) fill(i);
    }

    private void selectElement(int e) {
        if (e < 0 || e == element && shown[ChartSpecs.PRICES] > 0) return;
        element = e;
        clear(ChartSpecs.PRICES);
        titlePrices();
        if (model != null) fill(ChartSpecs.PRICES);
    }

    private void fill(int i) {
        if (shown[i] >= done) return;
        ChartSpec spec = specs.get(i);
        List<TimeSeriesAttributes> attrs = lines.get(i);
        for (int t = shown[i]; t < done; t++) {
            double x = ChartSpecs.x(model, t);
            for (int s = 0; s < attrs.size(); s++) {
                attrs.get(s).possiblyCull();
                attrs.get(s).getSeries().add(x, spec.series().get(s).reading().at(model, t), false);
            }
        }
        shown[i] = done;
        charts.get(i).update(ChartGenerator.FORCE_KEY, true);
    }

    private void clear(int i) {
        for (TimeSeriesAttributes a : lines.get(i)) a.getSeries().clear();
        shown[i] = 0;
        charts.get(i).update(ChartGenerator.FORCE_KEY, true);
    }

    private void titlePrices() {
        Object name = elementBox.getSelectedItem();
        String title = specs.get(ChartSpecs.PRICES).title() + (name == null ? "" : " (" + name + " oxide)");
        charts.get(ChartSpecs.PRICES).setTitle(title);
        frames.get(ChartSpecs.PRICES).setTitle(title);
    }

    private List<String> currentNames() {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < elementBox.getItemCount(); i++) l.add(elementBox.getItemAt(i));
        return l;
    }

    void dispose() {
        for (TimeSeriesChartGenerator g : charts) g.quit();
        for (JFrame f : frames) f.dispose();
    }
}
