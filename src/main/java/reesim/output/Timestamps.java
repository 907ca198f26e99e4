package reesim.output;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Time stamps written into manifests and reports: ISO-8601 with seconds always shown. */
public final class Timestamps {
    // OffsetDateTime.toString() drops ":00" seconds, which makes the field's width vary
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Timestamps() {}

    public static String now() { return OffsetDateTime.now().format(ISO_SECONDS); }
}
