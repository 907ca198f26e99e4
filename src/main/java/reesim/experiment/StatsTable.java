package reesim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * stats.csv: per scenario and outcome the mean, standard deviation, 95 % confidence interval (Student t) and
 * number of runs with a value. Built by streaming outcomes.csv (parameter columns named by runs.csv's header), so
 * it can be rebuilt from the result files alone at any time and costs memory per scenario, not per run.
 */
public final class StatsTable {
    public static final List<String> VALUE_COLUMNS = List.of("metric", "mean", "sd", "ci95_lo", "ci95_hi", "n");

    private final ResultColumns columns;
    private final Map<Integer, List<String>> parameters = new TreeMap<>();
    private final Map<Integer, Moments[]> moments = new TreeMap<>();

    private StatsTable(ResultColumns columns) { this.columns = columns; }

    /** Reads runs.csv's header and streams outcomes.csv of a results folder. */
    public static StatsTable read(Path dir) throws IOException {
        Path outcomes = dir.resolve(ResultColumns.OUTCOMES);
        ResultColumns columns = ResultColumns.fromHeaders(CsvRows.header(dir.resolve(ResultColumns.RUNS)), CsvRows.header(outcomes));
        StatsTable table = new StatsTable(columns);
        int first = ResultColumns.KEY.size(), p = columns.parameters().size(), k = columns.outcomes().size();
        CsvRows.forEach(outcomes, r -> {
            int scenario = Integer.parseInt(r.get("scenario"));
            Moments[] m = table.moments.computeIfAbsent(scenario, s -> {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < p; i++) values.add(r.get(first + i));
                table.parameters.put(s, values);
                Moments[] fresh = new Moments[k];
                for (int i = 0; i < k; i++) fresh[i] = new Moments();
                return fresh;
            });
            for (int i = 0; i < k; i++) m[i].add(CsvRows.parse(r.get(first + p + i)));
        });
        return table;
    }

    /** Reads the folder's outcomes and writes its stats.csv. */
    public static StatsTable rebuild(Path dir) throws IOException {
        StatsTable table = read(dir);
        table.write(dir.resolve(ResultColumns.STATS));
        return table;
    }

    public ResultColumns columns() { return columns; }

    /** Scenario ids with at least one successful run, in order. */
    public List<Integer> scenarios() { return List.copyOf(moments.keySet()); }

    /** The mean of an outcome over a scenario's runs; NaN if it has none. */
    public double mean(int scenario, int outcome) {
        Moments[] m = moments.get(scenario);
        return m == null ? Double.NaN : m[outcome].mean();
    }

    public long count(int scenario, int outcome) {
        Moments[] m = moments.get(scenario);
        return m == null ? 0 : m[outcome].n();
    }

    public List<String> header() {
        List<String> h = new ArrayList<>();
        h.add("scenario");
        h.addAll(columns.parameters());
        h.addAll(VALUE_COLUMNS);
        return h;
    }

    public void write(Path file) throws IOException {
        CsvRows.writeAtomically(file, w -> {
            w.write(CsvRows.line(header()));
            for (Map.Entry<Integer, Moments[]> e : moments.entrySet()) {
                for (int i = 0; i < columns.outcomes().size(); i++) w.write(CsvRows.line(row(e.getKey(), i, e.getValue()[i])));
            }
        });
    }

    private List<Object> row(int scenario, int outcome, Moments m) {
        List<Object> row = new ArrayList<>();
        row.add(scenario);
        row.addAll(parameters.get(scenario));
        row.add(columns.outcomes().get(outcome));
        double h = m.halfWidth95();
        row.add(CsvRows.num(m.mean()));
        row.add(CsvRows.num(m.sd()));
        row.add(CsvRows.num(m.mean() - h));
        row.add(CsvRows.num(m.mean() + h));
        row.add(m.n());
        return row;
    }
}
