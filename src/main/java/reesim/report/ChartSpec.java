package reesim.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A time-series chart of the run report, shared by the HTML page and the PNG export so both draw the same
 * lines with the same labels and units. {@code axes} are the y-axis titles, unit included.
 */
public record ChartSpec(String id, String title, List<String> axes, List<SeriesSpec> series, String note) {

    /** The charts of a run report, in page order. */
    public static final List<ChartSpec> RUN = List.of(
            new ChartSpec("price", "Domestic vs world price", List.of("USD/kg"), List.of(
                    SeriesSpec.of("price_domestic", "domestic (China)"),
                    SeriesSpec.of("price_world", "world")),
                    "Annual mean of the monthly oxide prices on the China and world markets."),
            new ChartSpec("mining", "Registered vs unregistered mining", List.of("t/yr"), List.of(
                    SeriesSpec.of("mined_registered", "registered"),
                    SeriesSpec.of("mined_unregistered", "unregistered"),
                    new SeriesSpec("mined_total", "total mined", List.of("mined_registered", "mined_unregistered"), 0, true),
                    SeriesSpec.of("mining_quota", "mining quota").asDashed()),
                    "Oxide equivalent mined in China. The mining quota is set on the REO total: choose REO to see it."),
            new ChartSpec("exports", "Exports: registered, smuggled, in intermediates, in final products", List.of("t/yr"), List.of(
                    SeriesSpec.of("exports_registered", "primary, registered"),
                    SeriesSpec.of("exports_smuggled", "primary, smuggled"),
                    SeriesSpec.of("exports_intermediate", "in intermediates"),
                    SeriesSpec.of("exports_final", "in final products")),
                    "Element contained in what leaves China each year."),
            new ChartSpec("inuse", "In-use stock, end of life, recycled", List.of("stock (t)", "flow (t/yr)"), List.of(
                    SeriesSpec.of("in_use_stock", "in-use stock (left axis)"),
                    SeriesSpec.of("end_of_life", "end of life (right axis)").onAxis(1),
                    SeriesSpec.of("recycled", "recycled (right axis)").onAxis(1)),
                    "Stock at year end on the left axis; yearly flows on the right axis."),
            new ChartSpec("stockpile", "Stockpiles", List.of("t"), List.of(
                    SeriesSpec.of("stockpile", "total (producers + state)"),
                    SeriesSpec.of("stockpile_state", "state reserve")),
                    "Unsold inventory held by producers plus state reserves, at year end."),
            new ChartSpec("supply", "Demand and supply", List.of("t/yr"), List.of(
                    SeriesSpec.of("demand", "domestic demand"),
                    SeriesSpec.of("smelted", "separated (smelted)"),
                    SeriesSpec.of("imports", "imports"),
                    SeriesSpec.of("mined_foreign", "mined outside China")),
                    "Element needed by domestic manufacturing against what is separated, imported and mined abroad."));

    public static Optional<ChartSpec> byId(String id) {
        return RUN.stream().filter(c -> c.id.equals(id)).findFirst();
    }

    /**
     * The lines of this chart for one element: series key to values per year. A series whose metrics are not all
     * in the file for this element is left out; a year where any of its metrics is empty is NaN.
     */
    public Map<String, double[]> shape(AnnualSeries annual, String element) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (SeriesSpec s : series) {
            double[] sum = new double[annual.yearCount()];
            boolean complete = true;
            for (String metric : s.metrics()) {
                Optional<double[]> v = annual.get(metric, element);
                if (v.isEmpty()) { complete = false; break; }
                double[] a = v.get();
                for (int i = 0; i < sum.length; i++) sum[i] += a[i];
            }
            if (complete) out.put(s.key(), sum);
        }
        return out;
    }

    public SeriesSpec series(String key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("chart " + id + " has no series " + key));
    }
}
