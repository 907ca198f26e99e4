package reesim.history;

import reesim.calibration.HistorySpec;
import reesim.calibration.Series;
import reesim.calibration.Target;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The market's record as calibration targets: every comparison with a tolerance of issue 21 in the fit years of a
 * {@link HistorySpec} whose model quantity is a plain sum (or ratio of sums) of one element's annual.csv metrics in one
 * year becomes a fit target: prices (and price ratios) as log-error targets within their factor, quantities as
 * relative-error targets, weighted by their tolerance class; one quantity weighted over elements (PrNd's price as
 * 0.25 Pr + 0.75 Nd) becomes a target of that mix. Comparisons of another form (shares in points) are left out and listed.
 * With a quota weight, the export-quota target ({@link Acceptance#quotaBinds}) is one more, a lower bound; with
 * a stock weight, its stock target ({@link Acceptance#stockBound}), an upper bound.
 */
public final class HistoryTargets {
    /** The targets and the comparisons with a tolerance that could not be expressed as one (id and why). */
    public record Result(List<Target> targets, List<String> left) {}

    private HistoryTargets() {}

    /**
     * {@code startYear} and {@code intermediates} (the config's, whose makers' oxide use is China's use) place the
     * stock target when the spec weighs it.
     */
    public static Result of(List<Comparison> comparisons, HistorySpec spec, int startYear, List<String> intermediates) {
        List<Target> out = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Comparison c : comparisons) {
            if (c.tolerance() == Tolerance.NONE || !spec.fits(c.year())) continue;
            Map<String, Double> mix = mix(c);
            String why = inexpressible(c, !mix.isEmpty());
            if (why != null) {
                left.add(id(c) + ": " + why);
                continue;
            }
            var weight = spec.weight(c.tolerance().name().toLowerCase(Locale.ROOT));
            if (weight.isEmpty()) continue;
            Tolerance.Measure measure = c.tolerance().measure;
            boolean factor = measure == Tolerance.Measure.FACTOR, points = measure == Tolerance.Measure.POINTS;
            // a share within `bound` points of a record of r % is the fraction within a relative error of bound / r,
            // so the target is met exactly where the scoreboard counts the row within
            double value = points ? c.record() / c.scale() : c.record();
            double tolerance = factor ? c.tolerance().bound - 1 : points ? c.tolerance().bound / c.record() : c.tolerance().bound;
            out.add(new Target(id(c), c.quantity(), mix.isEmpty() ? c.numerator().get(0).element() : c.element(), List.of(c.year()), value,
                    points ? "fraction" : c.unit(), tolerance, c.tolerance().why, weight.get(),
                    true, false, series(c.numerator().subList(0, mix.isEmpty() ? c.numerator().size() : 1)), series(c.denominator()),
                    List.of("market_history.csv line " + c.lines()), c.model(), null, null, factor, mix));
        }
        if (spec.quotaBindsWeight > 0) out.add(Acceptance.quotaBinds(spec.quotaBindsWeight));
        // the stock target judges the scoreboard's years that the spec fits (none when the run starts after them)
        List<Integer> stockYears = Acceptance.stockYears(startYear, 2020).stream().filter(spec::fits).toList();
        if (spec.stockBoundWeight > 0 && !stockYears.isEmpty()) out.add(Acceptance.stockBound(spec.stockBoundWeight, stockYears, intermediates));
        return new Result(List.copyOf(out), List.copyOf(left));
    }

    /** "record_price_domestic_Nd_2005_L12": unique per comparison (the line tells rows of one quantity and year apart). */
    static String id(Comparison c) {
        return String.format(Locale.ROOT, "%s%s_%s_%d_L%s", Target.RECORD_PREFIX, c.quantity(), c.element().replace(' ', '_'), c.year(), c.lines());
    }

    private static String inexpressible(Comparison c, boolean isMix) {
        boolean points = c.tolerance().measure == Tolerance.Measure.POINTS;
        if (points && (c.scale() <= 0 || c.offset() != 0 || c.record() <= 0)) return "a share in points with an offset or a zero record";
        if (!points && (c.scale() != 1 || c.offset() != 0)) return "a scaled model quantity";
        List<Comparison.Term> all = new ArrayList<>(c.numerator());
        all.addAll(c.denominator());
        for (Comparison.Term t : all) if (t.year() != c.year()) return "terms of another year";
        if (isMix) return null;
        String element = all.get(0).element();
        for (Comparison.Term t : all) {
            if (t.weight() != 1) return "a weighted mean of elements with a denominator or of different quantities";
            if (!t.element().equals(element)) return "terms of different elements";
        }
        return null;
    }

    /**
     * A comparison whose model quantity is one quantity weighted over several elements (no denominator, every term
     * the same metrics, e.g. PrNd's price as 0.25 Pr + 0.75 Nd) as element -> weight; empty for any other form.
     */
    static Map<String, Double> mix(Comparison c) {
        List<Comparison.Term> terms = c.numerator();
        if (!c.denominator().isEmpty() || terms.size() < 2) return Map.of();
        Map<String, Double> mix = new LinkedHashMap<>();
        for (Comparison.Term t : terms) {
            if (!t.metrics().equals(terms.get(0).metrics()) || mix.containsKey(t.element()) || t.element().equals("REO")) return Map.of();
            mix.put(t.element(), t.weight());
        }
        return mix;
    }

    private static List<Series> series(List<Comparison.Term> terms) {
        List<Series> s = new ArrayList<>();
        for (Comparison.Term t : terms) for (String m : t.metrics()) s.add(HistoryRun.series(m));
        return s;
    }
}
