package reesim.report;

import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sweep's stats.csv: one row per scenario and outcome with {@code scenario}, the parameter columns,
 * {@code metric} (or {@code outcome}), {@code mean}, {@code sd}, {@code ci95_lo}, {@code ci95_hi}, {@code n}.
 * Every column that is none of these is a parameter. Without CI columns the 95 % CI is computed from sd and n.
 */
public final class SweepStats {
    /** Parameters with more distinct values than this are sampled, not grid knobs. */
    static final int MAX_KNOB_VALUES = 20;

    public record Row(String scenario, Map<String, String> parameters, String outcome, double mean, double sd,
                      double ciLow, double ciHigh, int n) {}

    /** Mean of an outcome over two knobs; cells are {@code [x index, y index, mean]}, averaged over other parameters. */
    public record Heatmap(String x, String y, List<String> xValues, List<String> yValues, List<double[]> cells,
                          List<String> averagedOver) {}

    private final List<String> parameters;
    private final List<Row> rows;

    private SweepStats(List<String> parameters, List<Row> rows) {
        this.parameters = parameters;
        this.rows = rows;
    }

    public static SweepStats read(Path statsCsv) { return of(Csv.read(statsCsv)); }

    static SweepStats of(Csv csv) {
        String sc = csv.required("scenario", "scenario_id");
        String oc = csv.required("metric", "outcome");
        String mc = csv.required("mean");
        String sdc = csv.column("sd", "std", "stdev");
        String loc = csv.column("ci95_lo", "ci95_low", "ci_lo", "ci_low");
        String hic = csv.column("ci95_hi", "ci95_high", "ci_hi", "ci_high");
        String nc = csv.column("n", "runs", "count");
        Set<String> known = new LinkedHashSet<>();
        for (String c : new String[]{sc, oc, mc, sdc, loc, hic, nc}) if (c != null) known.add(c);
        List<String> params = csv.header.stream().filter(h -> !known.contains(h) && !h.isBlank()).toList();
        List<Row> rows = new ArrayList<>();
        for (CSVRecord r : csv.rows) {
            Map<String, String> p = new LinkedHashMap<>();
            for (String h : params) p.put(h, r.get(h));
            double mean = csv.number(r, mc);
            double sd = sdc == null ? Double.NaN : csv.number(r, sdc);
            int n = nc == null ? 0 : (int) Math.round(csv.number(r, nc));
            double lo = loc == null ? Double.NaN : csv.number(r, loc), hi = hic == null ? Double.NaN : csv.number(r, hic);
            if (Double.isNaN(lo) || Double.isNaN(hi)) {
                double half = halfWidth(sd, n);
                lo = mean - half;
                hi = mean + half;
            }
            rows.add(new Row(r.get(sc), p, r.get(oc), mean, sd, lo, hi, n));
        }
        if (rows.isEmpty()) throw new ReportInputException(csv.name + ": no rows");
        return new SweepStats(params, rows);
    }

    /** Half-width of a 95 % t-interval; 0 when it cannot be computed. */
    static double halfWidth(double sd, int n) {
        if (Double.isNaN(sd) || n < 2) return 0;
        return new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
    }

    public List<String> parameters() { return parameters; }

    public List<Row> rows() { return rows; }

    public List<String> scenarios() { return rows.stream().map(Row::scenario).distinct().toList(); }

    public List<String> outcomes() { return rows.stream().map(Row::outcome).distinct().toList(); }

    public List<Row> rows(String outcome) { return rows.stream().filter(r -> r.outcome.equals(outcome)).toList(); }

    /** Distinct values of a parameter, numerically sorted when all are numbers. */
    public List<String> values(String parameter) {
        List<String> v = rows.stream().map(r -> r.parameters.get(parameter)).distinct().toList();
        return v.stream().allMatch(SweepStats::isNumber)
                ? v.stream().sorted(Comparator.comparingDouble(Double::parseDouble)).toList() : v;
    }

    /** Parameters that take more than one value. */
    public List<String> varied() { return parameters.stream().filter(p -> values(p).size() > 1).toList(); }

    /** Varied parameters with few enough values to be grid axes. */
    public List<String> knobs() {
        return varied().stream().filter(p -> values(p).size() <= MAX_KNOB_VALUES).toList();
    }

    /** The heatmap over the first two knobs, or null when there are fewer than two. */
    public Heatmap heatmap(String outcome) {
        List<String> knobs = knobs();
        if (knobs.size() < 2) return null;
        String x = knobs.get(0), y = knobs.get(1);
        List<String> xs = values(x), ys = values(y);
        double[][] sum = new double[xs.size()][ys.size()];
        int[][] count = new int[xs.size()][ys.size()];
        for (Row r : rows(outcome)) {
            if (Double.isNaN(r.mean)) continue;
            int i = xs.indexOf(r.parameters.get(x)), j = ys.indexOf(r.parameters.get(y));
            sum[i][j] += r.mean;
            count[i][j]++;
        }
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) for (int j = 0; j < ys.size(); j++) {
            if (count[i][j] > 0) cells.add(new double[]{i, j, sum[i][j] / count[i][j]});
        }
        List<String> others = varied().stream().filter(p -> !p.equals(x) && !p.equals(y)).toList();
        return new Heatmap(x, y, xs, ys, cells, others);
    }

    /** A scenario's short label: its id and the values of the varied parameters. */
    public String label(String scenario) {
        Row r = rows.stream().filter(x -> x.scenario.equals(scenario)).findFirst().orElseThrow();
        StringBuilder b = new StringBuilder(scenario);
        for (String p : varied()) b.append(b.length() == scenario.length() ? ": " : ", ").append(shortName(p)).append('=').append(r.parameters.get(p));
        return b.toString();
    }

    /** The last segment of a dotted parameter path: {@code scenario.enforcementScale} to {@code enforcementScale}. */
    static String shortName(String parameter) {
        int dot = parameter.lastIndexOf('.');
        return dot < 0 ? parameter : parameter.substring(dot + 1);
    }

    private static boolean isNumber(String s) {
        if (s == null || s.isBlank()) return false;
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
