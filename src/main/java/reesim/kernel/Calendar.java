package reesim.kernel;

import java.io.Serializable;

/** Monthly ticks from January of the start year. */
public final class Calendar implements Serializable {
    private final int startYear;
    private final int endYear;

    public Calendar(int startYear, int endYear) {
        this.startYear = startYear;
        this.endYear = endYear;
    }

    public int year(long tick) { return startYear + (int) (tick / 12); }
    public int month(long tick) { return (int) (tick % 12) + 1; }
    public boolean isJanuary(long tick) { return tick % 12 == 0; }
    public int monthsLeftInYear(long tick) { return 12 - (int) (tick % 12); }
    /** Months from this one through {@code lastMonth} (1-12) of the year, this one included; at least 1. */
    public int monthsLeftThrough(long tick, int lastMonth) { return Math.max(1, lastMonth - (int) (tick % 12)); }
    public int startYear() { return startYear; }
    public int endYear() { return endYear; }
    public long ticks() { return (long) (endYear - startYear + 1) * 12; }
    public String label(long tick) { return String.format("%d-%02d", year(tick), month(tick)); }
}
