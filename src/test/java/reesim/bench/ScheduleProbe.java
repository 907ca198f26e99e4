package reesim.bench;

import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.Steppable;
import sim.util.Heap;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what is on a MASON {@link Schedule} between steps and counts the agents it steps per tick,
 * per ordering: every repeating Steppable sits in the schedule's heap exactly once under its
 * (time, ordering) key (wrapped in MASON's {@code IterativeRepeat}); a {@link Sequence} (such as
 * the model's {@code AgentSequence}, one per ordering) counts as the Steppables it steps, any other
 * Steppable as one. MASON keeps the heap, the repeated Steppable and a sequence's members in
 * non-public fields; they are read, never changed.
 */
public final class ScheduleProbe {
    private static final Field QUEUE, REPEATED, SEQUENCE_SIZE;

    static {
        try {
            QUEUE = Schedule.class.getDeclaredField("queue");
            QUEUE.setAccessible(true);
            REPEATED = Class.forName("sim.engine.IterativeRepeat").getDeclaredField("step");
            REPEATED.setAccessible(true);
            SEQUENCE_SIZE = Sequence.class.getDeclaredField("size");
            SEQUENCE_SIZE.setAccessible(true);
        } catch (ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private ScheduleProbe() {}

    /** Number of Steppables stepped per tick per ordering (a sequence's members counted one by one), in ordering order. */
    public static Map<Integer, Integer> byOrdering(Schedule schedule) {
        Map<Integer, Integer> counts = new TreeMap<>();
        Heap heap = heap(schedule);
        Comparable<?>[] keys = heap.getKeys();
        Object[] entries = heap.getObjects();
        for (int i = 0; i < keys.length; i++) counts.merge(KeyAccess.ordering(keys[i]), stepped(entries[i]), Integer::sum);
        return counts;
    }

    /** Number of entries in the schedule's heap (a sequence counted once). */
    public static int entries(Schedule schedule) {
        return heap(schedule).size();
    }

    private static Heap heap(Schedule schedule) {
        try {
            return (Heap) QUEUE.get(schedule);
        } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** How many Steppables one heap entry steps per tick. */
    static int stepped(Object entry) {
        try {
            Object s = REPEATED.getDeclaringClass().isInstance(entry) ? REPEATED.get(entry) : entry;
            return s instanceof Sequence q ? (Integer) SEQUENCE_SIZE.get(q) : s instanceof Steppable ? 1 : 0;
        } catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Schedule.Key is a protected member type: only a subclass of Schedule may name it. */
    private static final class KeyAccess extends Schedule {
        static int ordering(Object key) { return ((Key) key).getOrdering(); }
    }

    public static int total(Map<Integer, Integer> byOrdering) {
        return byOrdering.values().stream().mapToInt(Integer::intValue).sum();
    }
}
