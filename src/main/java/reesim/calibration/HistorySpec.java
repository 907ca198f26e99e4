package reesim.calibration;

import reesim.config.Problems;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code history:} block of targets.yaml: the rows of the market's record (data/market_history.csv) that carry a
 * tolerance of issue 21 enter the objective as fit targets, each with the weight of its kind, in the years of the fit
 * window. Which model quantity each row is compared with is the {@code history} command's mapping; prices enter as
 * log ratios.
 */
public class HistorySpec {
    /**
     * Weight in the objective of each record row, by the tolerance class of issue 21 it is judged by (nd_domestic_price,
     * usgs_average, fob_domestic_ratio, exports_customs, world_mining): times ln(simulated / record)^2 for prices within
     * a factor, times the squared relative error otherwise. A class not listed is not fitted.
     */
    public java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();
    /**
     * Weight of issue 21's target that the export quota binds or nearly binds (registered exports at least 85 % of it in
     * the year 2005-2009 they come nearest) as a lower bound: weight x its relative shortfall squared; 0 or absent: not fitted.
     */
    public double quotaBindsWeight;
    /**
     * Weight of issue 21's target that producers' unsold stock is never above 12 months of China's use (in the fit year
     * it is highest) as an upper bound: weight x its relative excess squared; 0 or absent: not fitted.
     */
    public double stockBoundWeight;
    /** Why these weights. */
    public String weightWhy;
    /** Year ranges "first-last" the record is fitted in; the years between are held out (the 2010-2013 crisis). */
    public List<String> years = new ArrayList<>();

    void validate(String path, Problems p) {
        if (weights == null || weights.isEmpty()) p.add(path + ".weights", weights, "a weight per tolerance class, e.g. nd_domestic_price: 1");
        else weights.forEach((k, w) -> {
            if (!CLASSES.contains(k)) p.add(path + ".weights." + k, k, "one of the tolerance classes " + CLASSES
                    + reesim.config.Suggestions.closest(k, CLASSES).map(c -> "; did you mean '" + c + "'?").orElse(""));
            else p.range(path + ".weights." + k, w == null ? Double.NaN : w, 0, 1000, "(objective weight per row)");
        });
        p.range(path + ".quotaBindsWeight", quotaBindsWeight, 0, 1000, "(objective weight; 0: not fitted)");
        p.range(path + ".stockBoundWeight", stockBoundWeight, 0, 1000, "(objective weight; 0: not fitted)");
        if (weightWhy == null || weightWhy.isBlank()) p.add(path + ".weightWhy", weightWhy, "the reason for the weights");
        if (years == null || years.isEmpty()) { p.add(path + ".years", years, "a non-empty list of year ranges first-last, e.g. 2000-2009"); return; }
        for (int i = 0; i < years.size(); i++) if (range(years.get(i)) == null) p.add(path + ".years." + i, years.get(i), "a year range first-last, e.g. 2000-2009");
    }

    /** The tolerance classes a weight can be given to (issue 21's tolerances, as the history command names them). */
    public static final List<String> CLASSES = List.of("nd_domestic_price", "usgs_average", "fob_domestic_ratio", "exports_customs", "world_mining", "china_share");

    /** The weight of a row judged by tolerance class {@code name}; empty when the class is not fitted. */
    public java.util.Optional<Double> weight(String name) { return java.util.Optional.ofNullable(weights == null ? null : weights.get(name)); }

    /** Whether {@code year} lies in one of the fit ranges. */
    public boolean fits(int year) {
        for (String r : years) {
            int[] fl = range(r);
            if (fl != null && year >= fl[0] && year <= fl[1]) return true;
        }
        return false;
    }

    private static int[] range(String text) {
        if (text == null) return null;
        String[] t = text.trim().split("\\s*-\\s*");
        try {
            int first = Integer.parseInt(t[0]), last = t.length == 1 ? first : Integer.parseInt(t[1]);
            return t.length <= 2 && first <= last ? new int[]{first, last} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
