package reesim.model;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Year-keyed step schedules: a value holds from its year until the next key. */
public final class Schedules {
    private Schedules() {}

    /** The value in force in {@code year}, or {@code before} if the first key is later. */
    public static double at(Map<Integer, Double> schedule, int year, double before) {
        if (schedule == null || schedule.isEmpty()) return before;
        NavigableMap<Integer, Double> m = schedule instanceof NavigableMap<Integer, Double> nm ? nm : new TreeMap<>(schedule);
        Map.Entry<Integer, Double> e = m.floorEntry(year);
        return e == null ? before : e.getValue();
    }

    /** The value in force, holding the first value before the first key. */
    public static double at(Map<Integer, Double> schedule, int year) {
        if (schedule == null || schedule.isEmpty()) return 0;
        NavigableMap<Integer, Double> m = schedule instanceof NavigableMap<Integer, Double> nm ? nm : new TreeMap<>(schedule);
        Map.Entry<Integer, Double> e = m.floorEntry(year);
        return e == null ? m.firstEntry().getValue() : e.getValue();
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
