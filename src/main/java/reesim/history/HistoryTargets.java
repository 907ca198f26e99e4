package reesim.history;

import reesim.calibration.HistorySpec;
import reesim.calibration.Series;
import reesim.calibration.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The market's record as calibration targets: every comparison with a tolerance of issue 21 in the fit years of a
 * {@link HistorySpec} whose model quantity is a plain sum (or ratio of sums) of one element's annual.csv metrics in one
 * year becomes a fit target: prices (and price ratios) as log-error targets within their factor, quantities as
 * relative-error targets, weighted by their tolerance class. Comparisons of another form (PrNd's weighted mean, shares in points) are left out and
 * listed.
 */
public final class HistoryTargets {
    /** The targets and the comparisons with a tolerance that could not be expressed as one (id and why). */
    public record Result(List<Target> targets, List<String> left) {}

    private HistoryTargets() {}

    public static Result of(List<Comparison> comparisons, HistorySpec spec) {
        List<Target> out = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Comparison c : comparisons) {
            if (c.tolerance() == Tolerance.NONE || !spec.fits(c.year())) continue;
            String why = inexpressible(c);
            if (why != null) {
                left.add(id(c) + ": " + why);
                continue;
            }
            var weight = spec.weight(c.tolerance().name().toLowerCase(Locale.ROOT));
            if (weight.isEmpty()) continue;
            boolean factor = c.tolerance().measure == Tolerance.Measure.FACTOR;
            out.add(new Target(id(c), c.quantity(), c.numerator().get(0).element(), List.of(c.year()), c.record(), c.unit(),
                    factor ? c.tolerance().bound - 1 : c.tolerance().bound, c.tolerance().why, weight.get(),
                    true, false, series(c.numerator()), series(c.denominator()),
                    List.of("market_history.csv line " + c.lines()), c.model(), null, null, factor));
        }
        return new Result(List.copyOf(out), List.copyOf(left));
    }

    /** "record_price_domestic_Nd_2005_L12": unique per comparison (the line tells rows of one quantity and year apart). */
    static String id(Comparison c) {
        return String.format(Locale.ROOT, "record_%s_%s_%d_L%s", c.quantity(), c.element().replace(' ', '_'), c.year(), c.lines());
    }

    private static String inexpressible(Comparison c) {
        if (c.tolerance().measure == Tolerance.Measure.POINTS) return "a share compared in points";
        if (c.scale() != 1 || c.offset() != 0) return "a scaled model quantity";
        List<Comparison.Term> all = new ArrayList<>(c.numerator());
        all.addAll(c.denominator());
        String element = all.get(0).element();
        for (Comparison.Term t : all) {
            if (t.weight() != 1) return "a weighted mean of elements";
            if (!t.element().equals(element)) return "terms of different elements";
            if (t.year() != c.year()) return "terms of another year";
        }
        return null;
    }

    private static List<Series> series(List<Comparison.Term> terms) {
        List<Series> s = new ArrayList<>();
        for (Comparison.Term t : terms) for (String m : t.metrics()) s.add(HistoryRun.series(m));
        return s;
    }
}
