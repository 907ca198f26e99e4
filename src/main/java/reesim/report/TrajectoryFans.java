package reesim.report;

import reesim.output.Metric;
import reesim.trajectory.TrajectoryRow;
import reesim.trajectory.TrajectoryTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fan of each kept series of a sweep (its trajectories table): per scenario and year, the median and the 5 and
 * 95 % quantiles over the scenario's runs (its seeds). Memory grows with the runs of the scenarios drawn, so at most
 * {@link #MAX_SCENARIOS} scenarios are drawn (the first by id); the report says how many there are.
 */
final class TrajectoryFans {
    static final int MAX_SCENARIOS = 12;

    private TrajectoryFans() {}

    /** The fans, one per series (metric and element), in the order the table first lists them; empty without a table. */
    static List<Map<String, Object>> of(Path dir, List<String> scenarios, SweepStats stats) {
        List<String> drawn = scenarios.subList(0, Math.min(MAX_SCENARIOS, scenarios.size()));
        // series -> scenario -> year -> values
        Map<String, Map<String, TreeMap<Integer, List<Double>>>> values = new LinkedHashMap<>();
        try {
            TrajectoryTable.forEach(dir, r -> add(values, drawn, r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> fans = new ArrayList<>();
        values.forEach((series, byScenario) -> {
            String[] me = series.split("\u0001");
            Map<String, Object> fan = new LinkedHashMap<>();
            fan.put("metric", me[0]);
            fan.put("element", me[1]);
            fan.put("unit", unit(me[0]));
            fan.put("scenariosTotal", scenarios.size());
            List<Map<String, Object>> bands = new ArrayList<>();
            for (String s : drawn) {
                TreeMap<Integer, List<Double>> years = byScenario.get(s);
                if (years == null) continue;
                Map<String, Object> band = new LinkedHashMap<>();
                band.put("scenario", s);
                band.put("label", stats.label(s));
                List<Integer> ys = new ArrayList<>(years.keySet());
                List<Object> median = new ArrayList<>(), lo = new ArrayList<>(), hi = new ArrayList<>();
                int n = 0;
                for (List<Double> v : years.values()) {
                    double[] sorted = v.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).sorted().toArray();
                    n = Math.max(n, v.size());
                    median.add(Json.number(quantile(sorted, 0.5)));
                    lo.add(Json.number(quantile(sorted, 0.05)));
                    hi.add(Json.number(quantile(sorted, 0.95)));
                }
                band.put("years", ys);
                band.put("median", median);
                band.put("lo", lo);
                band.put("hi", hi);
                band.put("n", n);
                bands.add(band);
            }
            fan.put("bands", bands);
            fans.add(fan);
        });
        return fans;
    }

    private static void add(Map<String, Map<String, TreeMap<Integer, List<Double>>>> values, List<String> drawn, TrajectoryRow r) {
        String s = Integer.toString(r.scenario());
        Map<String, TreeMap<Integer, List<Double>>> byScenario = values.computeIfAbsent(r.metric() + "\u0001" + r.element(), k -> new LinkedHashMap<>());
        if (!drawn.contains(s)) return;
        byScenario.computeIfAbsent(s, k -> new TreeMap<>()).computeIfAbsent(r.year(), k -> new ArrayList<>()).add(r.value());
    }

    /** The q-quantile of sorted values, linearly interpolated between order statistics (R's type 7); NaN if none. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        double h = (sorted.length - 1) * q;
        int i = (int) Math.floor(h);
        return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }

    private static String unit(String metric) {
        if (metric.contains("_over_")) return "ratio";
        return Arrays.stream(Metric.VALUES).filter(m -> m.label.equals(metric)).findFirst().map(MetricUnits::of)
                .orElseGet(() -> MetricUnits.guess(metric).orElse(""));
    }
}
