package reesim.calibration;

import reesim.config.ModelConfig;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calibration target or forecast check: a model quantity (numerator series summed over the
 * years, divided by the denominator series when there are any) compared with a value from the
 * seed facts. With a {@code mix} (element -> weight; numerator only) the quantity is the weighted sum of that
 * quantity over the mix's elements, e.g. the PrNd oxide price as 0.25 Pr + 0.75 Nd; {@code element} is then a label.
 */
public record Target(String id, String quantity, String element, List<Integer> years, double value, String unit,
                     double tolerance, String toleranceWhy, double weight, boolean fit, boolean atLeast,
                     List<Series> numerator, List<Series> denominator, List<String> sources, String mapping,
                     List<Integer> denominatorYears, String sourceElement, boolean logError, Map<String, Double> mix,
                     boolean highestYear, boolean atMost)
        implements java.io.Serializable {

    public Target {
        // insertion-ordered, so the weighted sum adds its terms in the same order in every run
        mix = mix == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(mix));
        if (!mix.isEmpty() && !denominator.isEmpty()) throw new IllegalArgumentException("target " + id + ": a mix of elements has no denominator");
        years = List.copyOf(years);
        sourceElement = sourceElement == null ? element : sourceElement;
        denominatorYears = denominatorYears == null || denominatorYears.isEmpty() ? years : List.copyOf(denominatorYears);
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
        sources = List.copyOf(sources);
        if (highestYear && !denominatorYears.equals(years)) throw new IllegalArgumentException("target " + id + ": a highest-year target divides each year by the same year");
        if (atLeast && atMost) throw new IllegalArgumentException("target " + id + ": a bound is either a lower or an upper one");
    }

    /** A target that is not an upper bound. */
    public Target(String id, String quantity, String element, List<Integer> years, double value, String unit,
                  double tolerance, String toleranceWhy, double weight, boolean fit, boolean atLeast,
                  List<Series> numerator, List<Series> denominator, List<String> sources, String mapping,
                  List<Integer> denominatorYears, String sourceElement, boolean logError, Map<String, Double> mix,
                  boolean highestYear) {
        this(id, quantity, element, years, value, unit, tolerance, toleranceWhy, weight, fit, atLeast, numerator, denominator, sources, mapping,
                denominatorYears, sourceElement, logError, mix, highestYear, false);
    }

    /** Whether the value is a bound (at least or at most) rather than a value to come within tolerance of. */
    public boolean bound() { return atLeast || atMost; }

    /** A target summed over its years (not the highest year's value). */
    public Target(String id, String quantity, String element, List<Integer> years, double value, String unit,
                  double tolerance, String toleranceWhy, double weight, boolean fit, boolean atLeast,
                  List<Series> numerator, List<Series> denominator, List<String> sources, String mapping,
                  List<Integer> denominatorYears, String sourceElement, boolean logError, Map<String, Double> mix) {
        this(id, quantity, element, years, value, unit, tolerance, toleranceWhy, weight, fit, atLeast, numerator, denominator, sources, mapping,
                denominatorYears, sourceElement, logError, mix, false);
    }

    /** A target of one element (or REO). */
    public Target(String id, String quantity, String element, List<Integer> years, double value, String unit,
                  double tolerance, String toleranceWhy, double weight, boolean fit, boolean atLeast,
                  List<Series> numerator, List<Series> denominator, List<String> sources, String mapping,
                  List<Integer> denominatorYears, String sourceElement, boolean logError) {
        this(id, quantity, element, years, value, unit, tolerance, toleranceWhy, weight, fit, atLeast, numerator, denominator, sources, mapping,
                denominatorYears, sourceElement, logError, Map.of());
    }

    /** A target judged by its relative error. */
    public Target(String id, String quantity, String element, List<Integer> years, double value, String unit,
                  double tolerance, String toleranceWhy, double weight, boolean fit, boolean atLeast,
                  List<Series> numerator, List<Series> denominator, List<String> sources, String mapping,
                  List<Integer> denominatorYears, String sourceElement) {
        this(id, quantity, element, years, value, unit, tolerance, toleranceWhy, weight, fit, atLeast, numerator, denominator, sources, mapping,
                denominatorYears, sourceElement, false);
    }

    /** A target whose denominator (if any) is summed over the same years as its numerator. */
    public Target(String id, String quantity, String element, List<Integer> years, double value, String unit,
                  double tolerance, String toleranceWhy, double weight, boolean fit, boolean atLeast,
                  List<Series> numerator, List<Series> denominator, List<String> sources, String mapping) {
        this(id, quantity, element, years, value, unit, tolerance, toleranceWhy, weight, fit, atLeast, numerator, denominator, sources, mapping, null, null);
    }

    static Target of(TargetSpec s) {
        return new Target(s.id, s.quantity, s.element, s.years, s.value, s.unit, s.tolerance, s.toleranceWhy, s.weight,
                "fit".equals(s.role), "at_least".equals(s.comparison),
                s.numerator.stream().map(x -> Series.parse(x).orElseThrow()).toList(),
                s.denominator == null ? List.of() : s.denominator.stream().map(x -> Series.parse(x).orElseThrow()).toList(),
                s.sources, s.mapping, s.denominatorYears, s.sourceElement, "log".equals(s.error));
    }

    /** The model's value of this target in one observed run; {@code e} is the element's index. */
    public double simulated(RunObserver run, int e) {
        if (highestYear) return highestYear(run, e);
        double num = sum(run, numerator, e, years);
        if (denominator.isEmpty()) return num;
        double den = sum(run, denominator, e, denominatorYears);
        return den == 0 ? Double.NaN : num / den;
    }

    /** The largest over the target's years of that year's value (or ratio); NaN when no year has one. */
    private double highestYear(RunObserver run, int e) {
        double[] num = new double[years.size()], den = denominator.isEmpty() ? null : new double[years.size()];
        for (int i = 0; i < num.length; i++) {
            num[i] = sum(run, numerator, e, List.of(years.get(i)));
            if (den != null) den[i] = sum(run, denominator, e, List.of(years.get(i)));
        }
        return highest(num, den);
    }

    /** The largest of num[i] / den[i] (of num[i] without a denominator), years with a zero denominator left out; NaN if none is left. */
    static double highest(double[] num, double[] den) {
        double best = Double.NaN;
        for (int i = 0; i < num.length; i++) {
            double v = den == null ? num[i] : den[i] == 0 ? Double.NaN : num[i] / den[i];
            if (!Double.isNaN(v) && (Double.isNaN(best) || v > best)) best = v;
        }
        return best;
    }

    private static double sum(RunObserver run, List<Series> series, int e, List<Integer> years) {
        double s = 0;
        for (int y : years) for (Series x : series) s += run.value(x, e, y);
        return s;
    }

    /** The elements whose series the target reads: its element, or the elements of its mix. */
    public List<String> elementsRead() { return mix.isEmpty() ? List.of(element) : List.copyOf(mix.keySet()); }

    /** The model's value in one observed run of {@code cfg}: of its element, or the weighted sum over its mix. */
    public double simulated(RunObserver run, ModelConfig cfg) {
        if (mix.isEmpty()) return simulated(run, RunObserver.elementIndex(cfg, element));
        double v = 0;
        for (Map.Entry<String, Double> w : mix.entrySet()) v += w.getValue() * simulated(run, RunObserver.elementIndex(cfg, w.getKey()));
        return v;
    }

    /** simulated / value - 1 (NaN when simulated is NaN). */
    public double relativeError(double simulated) { return simulated / value - 1; }

    /**
     * The error the objective squares: ln(simulated / value) for a log-error target (prices, which move by factors),
     * else the relative error; NaN when the simulated value is NaN or, for a log error, not positive.
     */
    public double error(double simulated) {
        if (!logError) return relativeError(simulated);
        return simulated > 0 ? StrictMath.log(simulated / value) : Double.NaN;
    }

    /**
     * How far an {@link #error} lies beyond this target's tolerance (0 within it): for a lower bound the shortfall
     * below it, for an upper bound the excess over it; for a log-error target the excess over ln(1 + tolerance); else over the relative tolerance.
     */
    public double errorBeyondTolerance(double error) {
        if (atLeast) return Math.max(0, -error);
        if (atMost) return Math.max(0, error);
        double band = logError ? StrictMath.log1p(tolerance) : tolerance;
        return Math.max(0, Math.abs(error) - band);
    }

    /** Prefix of the ids of targets made from rows of the market's record (targets.yaml's history block). */
    public static final String RECORD_PREFIX = "record_";

    /** Whether this target is a row of the market's record rather than a figure of the paper or the seed facts. */
    public boolean fromRecord() { return id.startsWith(RECORD_PREFIX); }

    /**
     * Within tolerance (fit targets), at least the value (forecast checks and lower bounds) or at most it (upper
     * bounds); false for NaN. A log-error target's
     * tolerance is a factor less one: within when simulated / value lies in [1 / (1 + tolerance), 1 + tolerance].
     */
    public boolean met(double simulated) {
        if (Double.isNaN(simulated)) return false;
        if (atLeast) return simulated >= value;
        if (atMost) return simulated <= value;
        if (logError) return simulated > 0 && Math.abs(error(simulated)) <= StrictMath.log1p(tolerance) + 1e-12;
        return Math.abs(relativeError(simulated)) <= tolerance + 1e-12;
    }

    public int lastYear() { return years.stream().mapToInt(Integer::intValue).max().orElseThrow(); }

    /** "2017" or "2000-2003, 2011-2014" style label of the years. */
    public String yearsLabel() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < years.size()) {
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) j++;
            if (sb.length() > 0) sb.append(", ");
            sb.append(years.get(i));
            if (j > i) sb.append('-').append(years.get(j));
            i = j + 1;
        }
        return sb.toString();
    }
}
