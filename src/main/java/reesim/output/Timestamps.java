package reesim.output;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Time stamps written into manifests and reports: ISO-8601 to the second, seconds always shown. */
public final class Timestamps {
    private Timestamps() {}

    // OffsetDateTime.toString() drops ":00" seconds; the ISO formatter always prints them
    public static String now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
