package reesim.report;

import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's charts as PNG files for papers, drawn with JFreeChart (headless, no browser): each run
 * time-series chart per chosen element, with its calibration targets; for a sweep, each outcome by scenario
 * with 95 % CIs and the Sobol indices.
 */
public final class PngCharts {
    public static final String FOLDER = "png";
    static final int WIDTH = 1000, HEIGHT = 560;
    static final Color[] PALETTE = Palette.SERIES.stream().map(Color::new).toArray(Color[]::new);
    private static final Font LABEL_FONT = new Font("SansSerif", Font.PLAIN, 11);

    static {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private PngCharts() {}

    /**
     * Writes {@code png/<chart>-<element>.png} for every run chart and element of {@code elements} that the chart
     * has data for. An element absent from annual.csv is bad input.
     */
    public static List<Path> writeRun(Path dir, List<String> elements) throws IOException {
        AnnualSeries annual = AnnualSeries.read(dir.resolve("annual.csv"));
        for (String e : elements) {
            if (!annual.elements().contains(e)) throw new ReportInputException("--element " + e + ": not in "
                    + dir.resolve("annual.csv") + " (elements: " + String.join(", ", annual.elements()) + ")");
        }
        List<CalibrationTargets.Target> targets = new ArrayList<>(CalibrationTargets.load());
        targets.addAll(MarketRecordPoints.load(annual.elements(), annual.firstYear(), annual.lastYear()));
        Path out = Files.createDirectories(dir.resolve(FOLDER));
        List<Path> written = new ArrayList<>();
        for (ChartSpec spec : ChartSpec.RUN) {
            for (String element : elements) {
                Map<String, double[]> lines = spec.shape(annual, element);
                if (lines.isEmpty()) continue;
                Path file = out.resolve(spec.id() + "-" + element + ".png");
                ChartUtilities.saveChartAsPNG(file.toFile(), runChart(spec, annual, element, lines, targets), WIDTH, HEIGHT);
                written.add(file);
            }
        }
        return written;
    }

    static JFreeChart runChart(ChartSpec spec, AnnualSeries annual, String element, Map<String, double[]> lines,
                               List<CalibrationTargets.Target> targets) {
        NumberAxis years = new NumberAxis("year");
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0"));
        years.setRange(annual.firstYear() - 0.5, annual.lastYear() + 0.5);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(years);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        for (int axis = 0; axis < spec.axes().size(); axis++) {
            NumberAxis y = new NumberAxis(spec.axes().get(axis));
            y.setAutoRangeIncludesZero(true);
            plot.setRangeAxis(axis, y);
            XYSeriesCollection lineData = new XYSeriesCollection();
            XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
            XYSeriesCollection pointData = new XYSeriesCollection();
            XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
            int colour = 0;
            for (SeriesSpec s : spec.series()) {
                Color c = PALETTE[colour++ % PALETTE.length];
                if (s.axis() != axis || !lines.containsKey(s.key())) continue;
                XYSeries xy = new XYSeries(s.label(), false, true);
                double[] v = lines.get(s.key());
                for (int i = 0; i < v.length; i++) xy.add(annual.firstYear() + i, Double.isNaN(v[i]) ? null : v[i]);
                int k = lineData.getSeriesCount();
                lineData.addSeries(xy);
                lineRenderer.setSeriesPaint(k, c);
                lineRenderer.setSeriesStroke(k, s.dashed()
                        ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{7f, 5f}, 0f)
                        : new BasicStroke(2f));
                addTargets(spec, s, element, targets, annual.firstYear(), annual.lastYear(), c, pointData, pointRenderer);
            }
            int dataIndex = 2 * axis;
            plot.setDataset(dataIndex, lineData);
            plot.setRenderer(dataIndex, lineRenderer);
            plot.mapDatasetToRangeAxis(dataIndex, axis);
            plot.setDataset(dataIndex + 1, pointData);
            plot.setRenderer(dataIndex + 1, pointRenderer);
            plot.mapDatasetToRangeAxis(dataIndex + 1, axis);
        }
        JFreeChart chart = new JFreeChart(spec.title() + ", " + element, new Font("SansSerif", Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle(spec.note(), LABEL_FONT));
        return chart;
    }

    private static void addTargets(ChartSpec spec, SeriesSpec s, String element, List<CalibrationTargets.Target> targets,
                                   int firstYear, int lastYear, Color c, XYSeriesCollection pointData,
                                   XYLineAndShapeRenderer pointRenderer) {
        List<CalibrationTargets.Target> all = targets.stream().filter(t -> t.chart().equals(spec.id())
                && t.series().equals(s.key()) && t.element().equals(element)).toList();
        List<CalibrationTargets.Target> record = all.stream().filter(t -> MarketRecordPoints.KIND.equals(t.kind())).toList();
        if (!record.isEmpty()) {
            XYSeries points = new XYSeries(MarketRecordPoints.LABEL + ": " + s.label(), false, true);
            for (CalibrationTargets.Target t : record) points.add(t.year(), t.value());
            int k = pointData.getSeriesCount();
            pointData.addSeries(points);
            pointRenderer.setSeriesPaint(k, c);
            pointRenderer.setSeriesShape(k, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        }
        List<CalibrationTargets.Target> mine = all.stream().filter(t -> !MarketRecordPoints.KIND.equals(t.kind())).toList();
        if (mine.isEmpty()) return;
        XYSeries points = new XYSeries("target: " + s.label(), false, true);
        for (CalibrationTargets.Target t : mine) {
            points.add(t.year(), t.value());
            XYTextAnnotation label = new XYTextAnnotation(" " + t.source() + ("forecast".equals(t.kind()) ? " (forecast)" : "") + " ", t.year(), t.value());
            label.setFont(LABEL_FONT);
            // labels near either end of the year axis grow inwards so that they stay inside the plot
            label.setTextAnchor(t.year() - firstYear < 5 ? TextAnchor.BOTTOM_LEFT
                    : lastYear - t.year() < 5 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_CENTER);
            pointRenderer.addAnnotation(label);
        }
        int k = pointData.getSeriesCount();
        pointData.addSeries(points);
        pointRenderer.setSeriesPaint(k, c);
        pointRenderer.setSeriesShape(k, diamond(6));
    }

    private static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    /** Writes {@code png/outcome-<k>.png} (mean and 95 % CI by scenario) and, with sobol.csv, {@code png/sobol-<k>.png}. */
    public static List<Path> writeSweep(Path dir) throws IOException {
        SweepStats stats = SweepStats.read(dir.resolve(SweepReport.STATS));
        Path out = Files.createDirectories(dir.resolve(FOLDER));
        List<Path> written = new ArrayList<>();
        List<String> outcomes = stats.outcomes();
        java.util.Map<String, String> units = SweepReport.recordedUnits(dir);
        for (int k = 0; k < outcomes.size(); k++) {
            String o = outcomes.get(k);
            Path file = out.resolve("outcome-" + fileName(o) + ".png");
            ChartUtilities.saveChartAsPNG(file.toFile(), outcomeChart(stats, o, units.containsKey(o) ? units.get(o) : OutcomeUnits.guess(o)), WIDTH, HEIGHT);
            written.add(file);
        }
        Path sobolCsv = dir.resolve(SweepReport.SOBOL);
        if (Files.isRegularFile(sobolCsv)) {
            List<SobolIndices.Index> indices = SobolIndices.read(sobolCsv);
            for (String outcome : indices.stream().map(SobolIndices.Index::outcome).distinct().toList()) {
                Path file = out.resolve("sobol-" + fileName(outcome) + ".png");
                ChartUtilities.saveChartAsPNG(file.toFile(), sobolChart(indices, outcome), WIDTH, HEIGHT);
                written.add(file);
            }
        }
        return written;
    }

    /** Bars of the mean with whiskers of the 95 % CI, drawn as mean +- half the CI width. */
    static JFreeChart outcomeChart(SweepStats stats, String outcome, String outcomeUnit) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (SweepStats.Row r : stats.rows(outcome)) {
            data.add(r.mean(), (r.ciHigh() - r.ciLow()) / 2, "mean and 95 % CI", stats.label(r.scenario()));
        }
        String unit = outcomeUnit == null ? "" : " (" + outcomeUnit + ")";
        CategoryAxis x = new CategoryAxis("scenario");
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        x.setTickLabelFont(LABEL_FONT);
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x8aa5bd));
        renderer.setErrorIndicatorPaint(Color.BLACK);
        CategoryPlot plot = new CategoryPlot(data, x, new NumberAxis("mean of " + outcome + unit), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(outcome + " by scenario", new Font("SansSerif", Font.BOLD, 16), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static JFreeChart sobolChart(List<SobolIndices.Index> indices, String outcome) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SobolIndices.Index i : indices) {
            if (!i.outcome().equals(outcome)) continue;
            String p = SweepStats.shortName(i.parameter());
            data.addValue(Double.isNaN(i.firstOrder()) ? null : i.firstOrder(), "first order", p);
            data.addValue(Double.isNaN(i.total()) ? null : i.total(), "total", p);
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("parameter"), new NumberAxis("index (share of variance)"), new BarRenderer());
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, PALETTE[0]);
        r.setSeriesPaint(1, new Color(0xd9a441));
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart("Sobol indices: " + outcome, new Font("SansSerif", Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static String fileName(String s) { return s.replaceAll("[^A-Za-z0-9_.-]", "_"); }
}
