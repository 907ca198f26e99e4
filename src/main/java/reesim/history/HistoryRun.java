package reesim.history;

import reesim.calibration.Ensemble;
import reesim.calibration.SeedStats;
import reesim.calibration.Series;
import reesim.calibration.Target;
import reesim.config.ConfigException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the comparisons over seeds with the calibration's {@link Ensemble} (each model term becomes a one-year
 * {@link Target} of annual.csv metrics, so the seeds run in parallel on the same machinery as {@code calibration-table})
 * and summarises each comparison over the seeds.
 */
public final class HistoryRun {
    /** A comparison and the model's values over the seeds. */
    public record Outcome(Comparison comparison, double[] perSeed, SeedStats stats) {
        public double mean() { return stats.mean(); }

        public double error() { return comparison.error(stats.mean()); }

        public Boolean within() { return comparison.tolerance().within(stats.mean(), comparison.record()); }
    }

    /** The comparisons' outcomes and, per extra target, its values over the seeds ({@code extra[target][seed]}). */
    public record Result(List<Outcome> outcomes, double[][] extra) {}

    private HistoryRun() {}

    /** Runs the comparisons over the seeds, and {@code extra} targets on the same runs (one pass over the seeds). */
    public static Result run(Ensemble ensemble, List<Comparison> comparisons, List<Target> extra, long[] seeds, int untilYear) throws ConfigException {
        Map<Comparison.Term, Integer> index = new LinkedHashMap<>();
        List<Target> targets = new ArrayList<>();
        for (Comparison c : comparisons) {
            List<Comparison.Term> all = new ArrayList<>(c.numerator());
            all.addAll(c.denominator());
            for (Comparison.Term t : all) {
                Comparison.Term key = new Comparison.Term(1, t.element(), t.year(), t.metrics());
                if (index.containsKey(key)) continue;
                index.put(key, targets.size());
                targets.add(target(key));
            }
        }
        int own = targets.size();
        targets.addAll(extra);
        double[][] values = targets.isEmpty() ? new double[0][seeds.length] : ensemble.run(List.of(), targets, seeds, untilYear);
        List<Outcome> out = new ArrayList<>();
        for (Comparison c : comparisons) {
            double[] perSeed = new double[seeds.length];
            for (int s = 0; s < seeds.length; s++) {
                double[] n = new double[c.numerator().size()], d = new double[c.denominator().size()];
                for (int i = 0; i < n.length; i++) n[i] = values[index.get(unweighted(c.numerator().get(i)))][s];
                for (int i = 0; i < d.length; i++) d[i] = values[index.get(unweighted(c.denominator().get(i)))][s];
                perSeed[s] = c.value(n, d);
            }
            out.add(new Outcome(c, perSeed, SeedStats.of(perSeed)));
        }
        return new Result(out, java.util.Arrays.copyOfRange(values, own, values.length));
    }

    /**
     * A term's quantity: a metric of annual.csv, or an agent series written {@code kind:name} (e.g. foreign:mount_weld),
     * either with the months it is read over in brackets (e.g. {@code price_domestic[1-6]}).
     */
    static Series series(String quantity) {
        String text = quantity.contains(":") ? quantity : Series.Kind.METRIC.label() + ":" + quantity;
        return Series.parse(text).orElseThrow(() -> new IllegalArgumentException("not a series: " + quantity));
    }

    private static Comparison.Term unweighted(Comparison.Term t) { return new Comparison.Term(1, t.element(), t.year(), t.metrics()); }

    private static Target target(Comparison.Term t) {
        String id = String.join("+", t.metrics()) + " " + t.element() + " " + t.year();
        return new Target(id, id, t.element(), List.of(t.year()), 1, "", 0, "", 1, true, false,
                t.metrics().stream().map(HistoryRun::series).toList(), List.of(), List.of("market_history.csv"), "history");
    }
}
