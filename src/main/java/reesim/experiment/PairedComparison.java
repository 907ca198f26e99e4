package reesim.experiment;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * comparison.csv of a comparison folder: for every scenario but the base (scenario 1) and every outcome, the paired
 * differences scenario - base over the replicates both have a value for (common random numbers: replicate r of
 * every scenario ran on the same seed). Per row: the base's and the scenario's mean over those replicates, the mean
 * paired difference, its standard deviation, its 95 % interval (Student t with n - 1 degrees of freedom over the n
 * differences), the relative difference (mean difference / base mean) and whether the interval excludes 0. Built by
 * reading outcomes.csv, so it can be rebuilt from the result files at any time; sums are exact ({@link Moments}),
 * so the numbers do not depend on the order the runs finished in.
 */
public final class PairedComparison {
    public static final String FILE = reesim.report.SweepReport.COMPARISON;
    public static final List<String> HEADER = List.of("scenario", NamedScenario.COLUMN, "outcome", "base_mean", "scenario_mean",
            "diff_mean", "diff_sd", "diff_ci95_lo", "diff_ci95_hi", "rel_diff", "n", "excludes_zero");

    /** The paired differences of one outcome between a scenario and the base. */
    public record Difference(double baseMean, double scenarioMean, double mean, double sd, double lo, double hi, long n) {
        /** Mean difference over the base's mean; NaN when the base's mean is 0 or missing. */
        public double relative() { return baseMean == 0 || Double.isNaN(baseMean) ? Double.NaN : mean / Math.abs(baseMean); }

        /** True when the 95 % interval lies wholly above or below 0 (needs two pairs or more). */
        public boolean excludesZero() { return n >= 2 && (lo > 0 || hi < 0); }

        /**
         * The differences {@code scenario[r] - base[r]} over the replicates r where both are finite numbers; the
         * two arrays hold one value per replicate, in the same order.
         */
        public static Difference of(double[] base, double[] scenario) {
            if (base.length != scenario.length) throw new IllegalArgumentException("paired values: " + base.length + " base, " + scenario.length + " scenario");
            Moments b = new Moments(), s = new Moments(), d = new Moments();
            for (int r = 0; r < base.length; r++) {
                if (!Double.isFinite(base[r]) || !Double.isFinite(scenario[r])) continue;
                b.add(base[r]);
                s.add(scenario[r]);
                d.add(scenario[r] - base[r]);
            }
            double mean = d.mean(), h = d.halfWidth95();
            return new Difference(b.mean(), s.mean(), mean, d.sd(), mean - h, mean + h, d.n());
        }
    }

    /** One row of comparison.csv. */
    public record Row(int scenario, String name, String outcome, Difference difference) {}

    private PairedComparison() {}

    /** Reads the folder's runs.csv header and outcomes.csv and computes the rows (scenario 1 is the base). */
    public static List<Row> compute(Path dir) throws IOException {
        Path outcomes = dir.resolve(ResultColumns.OUTCOMES);
        ResultColumns columns = ResultColumns.fromHeaders(CsvRows.header(dir.resolve(ResultColumns.RUNS)), CsvRows.header(outcomes));
        if (!columns.parameters().equals(List.of(NamedScenario.COLUMN))) {
            throw new IllegalArgumentException(dir + " is not a comparison folder: its parameter columns are " + columns.parameters()
                    + ", not [" + NamedScenario.COLUMN + "]");
        }
        int k = columns.outcomes().size();
        Map<Integer, String> names = new TreeMap<>();
        Map<Integer, Map<Integer, double[]>> values = new TreeMap<>();   // scenario -> replicate -> outcomes
        CsvRows.forEach(outcomes, r -> {
            int scenario = Integer.parseInt(r.get("scenario"));
            names.putIfAbsent(scenario, r.get(NamedScenario.COLUMN));
            double[] v = new double[k];
            for (int i = 0; i < k; i++) v[i] = CsvRows.parse(r.get(columns.outcomes().get(i)));
            values.computeIfAbsent(scenario, s -> new TreeMap<>()).put(Integer.parseInt(r.get("replicate")), v);
        });
        for (Row r : readScenarioNames(dir)) names.putIfAbsent(r.scenario(), r.name());
        Map<Integer, double[]> base = values.getOrDefault(1, Map.of());
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, String> s : names.entrySet()) {
            if (s.getKey() == 1) continue;
            Map<Integer, double[]> scen = values.getOrDefault(s.getKey(), Map.of());
            List<Integer> replicates = new ArrayList<>(scen.keySet());
            replicates.retainAll(base.keySet());
            for (int i = 0; i < k; i++) {
                double[] b = new double[replicates.size()], x = new double[replicates.size()];
                for (int j = 0; j < replicates.size(); j++) {
                    b[j] = base.get(replicates.get(j))[i];
                    x[j] = scen.get(replicates.get(j))[i];
                }
                rows.add(new Row(s.getKey(), s.getValue(), columns.outcomes().get(i), Difference.of(b, x)));
            }
        }
        return rows;
    }

    /** Scenario names from scenarios.csv (so a scenario whose runs all failed still has a row, with n 0). */
    private static List<Row> readScenarioNames(Path dir) throws IOException {
        List<Row> list = new ArrayList<>();
        Path file = dir.resolve(ScenarioTable.FILE);
        if (!java.nio.file.Files.isRegularFile(file)) return list;
        for (Scenario s : ScenarioTable.read(file)) {
            String name = s.parameters().get(NamedScenario.COLUMN);
            if (name != null) list.add(new Row(s.id(), name, "", null));
        }
        return list;
    }

    /** Computes the rows and writes {@code dir/comparison.csv}. */
    public static List<Row> write(Path dir) throws IOException {
        List<Row> rows = compute(dir);
        CsvRows.writeAtomically(dir.resolve(FILE), w -> {
            w.write(CsvRows.line(HEADER));
            for (Row r : rows) {
                Difference d = r.difference();
                w.write(CsvRows.line(List.of(r.scenario(), r.name(), r.outcome(), CsvRows.num(d.baseMean()), CsvRows.num(d.scenarioMean()),
                        CsvRows.num(d.mean()), CsvRows.num(d.sd()), CsvRows.num(d.lo()), CsvRows.num(d.hi()), CsvRows.num(d.relative()),
                        d.n(), d.excludesZero())));
            }
        });
        return rows;
    }

    /** Reads a comparison.csv back. */
    public static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        CsvRows.forEach(file, (CSVRecord r) -> rows.add(new Row(Integer.parseInt(r.get("scenario")), r.get(NamedScenario.COLUMN), r.get("outcome"),
                new Difference(CsvRows.parse(r.get("base_mean")), CsvRows.parse(r.get("scenario_mean")), CsvRows.parse(r.get("diff_mean")),
                        CsvRows.parse(r.get("diff_sd")), CsvRows.parse(r.get("diff_ci95_lo")), CsvRows.parse(r.get("diff_ci95_hi")),
                        Long.parseLong(r.get("n"))))));
        return rows;
    }

    /**
     * The rows as a markdown table, one block of rows per outcome: base mean, scenario mean, the mean paired
     * difference with its 95 % interval, the relative difference, n, and a mark where the interval excludes 0.
     */
    public static String markdown(List<Row> rows, Map<String, String> units) {
        StringBuilder sb = new StringBuilder();
        sb.append("| outcome | scenario | base mean | scenario mean | paired difference | 95 % interval | relative | n | excludes 0 |\n");
        sb.append("|---|---|---:|---:|---:|---|---:|---:|:-:|\n");
        Map<String, List<Row>> byOutcome = new LinkedHashMap<>();
        for (Row r : rows) byOutcome.computeIfAbsent(r.outcome(), o -> new ArrayList<>()).add(r);
        byOutcome.forEach((outcome, list) -> {
            String unit = units == null ? null : units.get(outcome);
            for (Row r : list) {
                Difference d = r.difference();
                sb.append("| ").append(outcome).append(unit == null || unit.isEmpty() ? "" : " (" + unit + ")")
                  .append(" | ").append(r.name())
                  .append(" | ").append(fmt(d.baseMean())).append(" | ").append(fmt(d.scenarioMean()))
                  .append(" | ").append(signed(d.mean())).append(" | [").append(signed(d.lo())).append(", ").append(signed(d.hi())).append(']')
                  .append(" | ").append(Double.isNaN(d.relative()) ? "–" : String.format(Locale.ROOT, "%+.1f %%", 100 * d.relative()))
                  .append(" | ").append(d.n()).append(" | ").append(d.excludesZero() ? "yes" : "").append(" |\n");
            }
        });
        return sb.toString();
    }

    /** Four significant digits, plain notation, thousands not grouped; – for NaN. */
    static String fmt(double v) {
        if (Double.isNaN(v)) return "–";
        if (v == 0) return "0";
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(4));
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String signed(double v) {
        String s = fmt(v);
        return v > 0 && !s.equals("0") ? "+" + s : s;
    }
}
