package reesim.bench;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;

/**
 * The framework's floor: as many empty Steppables as the model schedules, in the same orderings,
 * on a bare MASON {@link SimState}'s {@link Schedule}, stepped the same number of ticks. What the
 * model costs beyond this is its own work.
 */
public final class FrameworkFloor {
    private FrameworkFloor() {}

    /** A Steppable that does nothing. */
    static final class Empty implements Steppable {
        @Override public void step(SimState state) {}
    }

    /** Wall and thread CPU seconds of a stepping. */
    public record Timing(double seconds, double cpuSeconds) {}

    /** Steps {@code ticks} ticks of a schedule holding the given Steppables per ordering. */
    public static Timing step(Map<Integer, Integer> byOrdering, long ticks, long seed) {
        SimState state = new SimState(seed);
        state.start();
        byOrdering.forEach((ordering, count) -> {
            for (int i = 0; i < count; i++) state.schedule.scheduleRepeating(Schedule.EPOCH, ordering, new Empty(), 1.0);
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (long t = 0; t < ticks; t++) state.schedule.step(state);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        state.finish();
        return new Timing(seconds, cpu);
    }
}
