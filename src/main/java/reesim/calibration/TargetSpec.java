package reesim.calibration;

import reesim.config.Problems;

import java.util.ArrayList;
import java.util.List;

/** One entry of targets.yaml as written; {@link Target} is its checked, usable form. */
public class TargetSpec {
    /** Unique label, e.g. mining_total_2017. */
    public String id;
    /** The seed_facts quantity (or a combination, explained in mapping). */
    public String quantity;
    /** Element symbol (or REO for metric series). */
    public String element;
    /** Years summed over (one year for a flow or stock in that year). */
    public List<Integer> years = new ArrayList<>();
    /** Target value (for comparison at_least: the threshold). */
    public double value;
    public String unit;
    /** relative (|simulated / value - 1| is the error) or log (ln(simulated / value): prices, which move by factors). */
    public String error = "relative";
    /** Relative tolerance: within when |simulated / value - 1| <= tolerance; for error log, a factor less one (0.5: within a factor 1.5). */
    public double tolerance;
    /** Why this tolerance. */
    public String toleranceWhy;
    /** Weight of the squared relative error in the objective (0 = shown, not fitted). */
    public double weight = 1.0;
    /** fit (in the objective and the calibrated-baseline test) or forecast (a check, not fitted). */
    public String role = "fit";
    /** within (two-sided tolerance) or at_least (value is a lower bound). */
    public String comparison = "within";
    /** Series summed into the numerator, e.g. metric:mined_registered. */
    public List<String> numerator = new ArrayList<>();
    /** Series summed into the denominator (empty: no ratio). */
    public List<String> denominator = new ArrayList<>();
    /** Years the denominator is summed over, when not the numerator's (e.g. a price in 2010 over 2000). */
    public List<Integer> denominatorYears = new ArrayList<>();
    /** Element of the cited seed-fact rows when it is not the target's (a REO figure applied to Nd); default: the target's. */
    public String sourceElement;
    /** seed_facts rows the value comes from, "quantity element year". */
    public List<String> sources = new ArrayList<>();
    /** How the model quantity corresponds to the source's, in words. */
    public String mapping;

    void validate(String path, Problems p) {
        if (id == null || id.isBlank()) p.add(path + ".id", id, "a non-empty label");
        p.required(path + ".quantity", quantity);
        p.required(path + ".element", element);
        if (years == null || years.isEmpty()) p.add(path + ".years", years, "a non-empty list of years");
        p.oneOf(path + ".role", role, List.of("fit", "forecast"));
        p.oneOf(path + ".comparison", comparison, List.of("within", "at_least"));
        p.oneOf(path + ".error", error, List.of("relative", "log"));
        if ("fit".equals(role) && "at_least".equals(comparison)) p.add(path + ".comparison", comparison, "within for a fit target");
        p.positive(path + ".value", value, unit);
        if ("within".equals(comparison)) p.range(path + ".tolerance", tolerance, 1e-6, 10, "(relative)");
        if ("within".equals(comparison) && (toleranceWhy == null || toleranceWhy.isBlank())) p.add(path + ".toleranceWhy", toleranceWhy, "the reason for the tolerance");
        p.range(path + ".weight", weight, 0, 1000, "(objective weight)");
        if (numerator == null || numerator.isEmpty()) p.add(path + ".numerator", numerator, "a non-empty list of series kind:name");
        checkSeries(path + ".numerator", numerator, p);
        checkSeries(path + ".denominator", denominator, p);
        if (sources == null || sources.isEmpty()) p.add(path + ".sources", sources, "the seed_facts rows the value comes from");
        if (mapping == null || mapping.isBlank()) p.add(path + ".mapping", mapping, "how the model quantity maps to the source's");
    }

    static void checkSeries(String path, List<String> list, Problems p) {
        if (list == null) return;
        List<String> kinds = java.util.Arrays.stream(Series.Kind.values()).map(Series.Kind::label).toList();
        for (int i = 0; i < list.size(); i++) {
            String s = list.get(i);
            if (Series.parse(s).isPresent()) continue;
            String kind = s == null || s.indexOf(':') < 0 ? s : s.substring(0, s.indexOf(':')).trim();
            boolean months = s != null && s.indexOf('[') > 0;
            p.add(path + "." + i, s, "kind:name with kind one of " + kinds + (months ? ", months written [from-to] or [from-to highest] with 1 <= from <= to <= 12" : "")
                    + reesim.config.Suggestions.closest(kind, kinds).filter(k -> !k.equals(kind)).map(k -> "; did you mean '" + k + "'?").orElse(""));
        }
    }
}
