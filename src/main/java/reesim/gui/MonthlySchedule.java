package reesim.gui;

import sim.engine.Schedule;

/**
 * A MASON schedule whose timestamp is the month just simulated (YYYY-MM), which is what the
 * Console's clock shows. One step is one month from January of the start year. Only the label
 * differs from {@link Schedule}; the order of events, and so the trajectory, are the same.
 */
public class MonthlySchedule extends Schedule {
    private static final long serialVersionUID = 1L;
    private final int startYear;

    public MonthlySchedule(int startYear) { this.startYear = startYear; }

    /** MASON 18 ignores {@code time} here too and reads the schedule's own time. */
    @Override
    public String getTimestamp(double time, String beforeSimulation, String afterSimulation) {
        return label(getTime(), beforeSimulation, afterSimulation);
    }

    @Override
    public String getTimestamp(String beforeSimulation, String afterSimulation) {
        return label(getTime(), beforeSimulation, afterSimulation);
    }

    String label(double t, String before, String after) {
        if (t < EPOCH) return before;
        if (t >= AFTER_SIMULATION) return after;
        long month = (long) t;
        return String.format("%04d-%02d", startYear + month / 12, month % 12 + 1);
    }
}
