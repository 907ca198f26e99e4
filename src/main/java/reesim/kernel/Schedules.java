package reesim.kernel;

import java.util.Map;
import java.util.NavigableMap;

/** Year-keyed step schedules: a value holds from its year until the next key. */
public final class Schedules {
    private Schedules() {}

    /** The value in force in {@code year}, or {@code before} if the first key is later. */
    public static double at(Map<Integer, Double> schedule, int year, double before) {
        if (schedule == null || schedule.isEmpty()) return before;
        Map.Entry<Integer, Double> e = floor(schedule, year);
        return e == null ? before : e.getValue();
    }

    /** The value in force, holding the first value before the first key. */
    public static double at(Map<Integer, Double> schedule, int year) {
        if (schedule == null || schedule.isEmpty()) return 0;
        Map.Entry<Integer, Double> e = floor(schedule, year);
        return e == null ? first(schedule).getValue() : e.getValue();
    }

    /*
     * Schedules are small maps looked up every tick by many agents; a linear scan finds the entry a
     * TreeMap's floorEntry/firstEntry would, without copying the (insertion-ordered) map each call.
     */

    /** The entry with the greatest key not after {@code year}, or null. */
    private static Map.Entry<Integer, Double> floor(Map<Integer, Double> schedule, int year) {
        if (schedule instanceof NavigableMap<Integer, Double> nm) return nm.floorEntry(year);
        Map.Entry<Integer, Double> best = null;
        for (Map.Entry<Integer, Double> e : schedule.entrySet()) {
            int k = e.getKey();
            if (k <= year && (best == null || k > best.getKey())) best = e;
        }
        return best;
    }

    /** The entry with the smallest key. */
    private static Map.Entry<Integer, Double> first(Map<Integer, Double> schedule) {
        if (schedule instanceof NavigableMap<Integer, Double> nm) return nm.firstEntry();
        Map.Entry<Integer, Double> best = null;
        for (Map.Entry<Integer, Double> e : schedule.entrySet()) {
            if (best == null || e.getKey() < best.getKey()) best = e;
        }
        return best;
    }

    /**
     * A quantity compounding at the rate in force each year, anchored at baseYear with baseValue.
     * Going back before the anchor divides by the rates of the years in between.
     */
    public static double compound(double baseValue, int baseYear, Map<Integer, Double> rates, int year) {
        double v = baseValue;
        if (year > baseYear) for (int y = baseYear + 1; y <= year; y++) v *= 1 + at(rates, y);
        else for (int y = baseYear; y > year; y--) v /= 1 + at(rates, y);
        return v;
    }
}
