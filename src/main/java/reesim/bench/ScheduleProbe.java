package reesim.bench;

import sim.engine.Schedule;
import sim.util.Heap;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what is on a MASON {@link Schedule} between steps: every repeating Steppable sits in the
 * schedule's heap exactly once under its (time, ordering) key, so the heap's keys count the
 * scheduled Steppables per ordering. MASON keeps the heap in a protected field; it is read, never
 * changed.
 */
public final class ScheduleProbe {
    private static final Field QUEUE;

    static {
        try {
            QUEUE = Schedule.class.getDeclaredField("queue");
            QUEUE.setAccessible(true);
        } catch (NoSuchFieldException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private ScheduleProbe() {}

    /** Number of Steppables scheduled per ordering, in ordering order. */
    public static Map<Integer, Integer> byOrdering(Schedule schedule) {
        Heap heap;
        try {
            heap = (Heap) QUEUE.get(schedule);
        } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        Comparable<?>[] keys = heap.getKeys();
        for (int i = 0; i < heap.size(); i++) counts.merge(KeyAccess.ordering(keys[i]), 1, Integer::sum);
        return counts;
    }

    /** Schedule.Key is a protected member type: only a subclass of Schedule may name it. */
    private static final class KeyAccess extends Schedule {
        static int ordering(Object key) { return ((Key) key).getOrdering(); }
    }

    public static int total(Map<Integer, Integer> byOrdering) {
        return byOrdering.values().stream().mapToInt(Integer::intValue).sum();
    }
}
