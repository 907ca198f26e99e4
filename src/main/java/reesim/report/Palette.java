package reesim.report;

import java.util.List;

/**
 * The colours of the reports and the GUI, one palette for both: the domestic (China) series blue and the world
 * series red, registered flows blue and unregistered flows red. The run report's charts colour their series in
 * {@link #SERIES} order (the first series of each chart is the domestic or registered one); {@code report-common.js}
 * holds the same list for the HTML page.
 */
public final class Palette {
    public static final int DOMESTIC = 0x2f6690;
    public static final int WORLD = 0xd62728;
    public static final int REGISTERED = DOMESTIC;
    public static final int UNREGISTERED = WORLD;
    /** Series colours in order: a chart's first series takes the first. */
    public static final List<Integer> SERIES = List.of(0x2f6690, 0xd62728, 0x7f7f7f, 0x2ca02c, 0x9467bd, 0xff7f0e, 0x17becf, 0x8c564b);

    private Palette() {}

    /** {@code #rrggbb}. */
    public static String hex(int rgb) { return String.format("#%06x", rgb); }
}
