package reesim.report;

import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seed facts ({@code data/seed_facts.csv}) that match a line of a run chart, as points to draw on it.
 * Only facts in tonnes, for China (or no region), with a year, and whose quantity has a matching series.
 */
public final class CalibrationTargets {
    public static final String RESOURCE = "/data/seed_facts.csv";

    /** A seed fact placed on chart {@code chart}, next to series {@code series}. */
    public record Target(String chart, String series, String element, int year, double value, String unit,
                         String kind, String source, String quantity, String note) {}

    private record Place(String chart, String series) {}

    /** Seed-fact quantity to the chart line it is comparable with. */
    static final Map<String, Place> PLACES = Map.ofEntries(
            Map.entry("mining_total", new Place("mining", "mined_total")),
            Map.entry("mining_unregistered", new Place("mining", "mined_unregistered")),
            Map.entry("in_use_stock", new Place("inuse", "in_use_stock")),
            Map.entry("exports_primary_registered", new Place("exports", "exports_registered")),
            Map.entry("exports_primary_registered_peak", new Place("exports", "exports_registered")),
            Map.entry("exports_primary_unregistered", new Place("exports", "exports_smuggled")),
            Map.entry("exports_intermediate", new Place("exports", "exports_intermediate")),
            Map.entry("exports_intermediate_peak", new Place("exports", "exports_intermediate")),
            Map.entry("exports_final_products", new Place("exports", "exports_final")),
            Map.entry("smelting_output", new Place("supply", "smelted")),
            Map.entry("forecast_demand_total", new Place("supply", "demand")));

    private CalibrationTargets() {}

    /** The targets from the seed facts packaged with reesim. */
    public static List<Target> load() {
        try (InputStream in = CalibrationTargets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " missing from the jar");
            return parse(Csv.parse(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Target> parse(Csv csv) {
        List<Target> out = new ArrayList<>();
        for (CSVRecord r : csv.rows) {
            Place place = PLACES.get(r.get("quantity"));
            String region = r.get("region");
            if (place == null || r.get("year").isBlank() || !"t".equals(r.get("unit"))
                    || !(region.isBlank() || region.equals("China"))) continue;
            out.add(new Target(place.chart, place.series, r.get("element"), csv.integer(r, "year"), csv.number(r, "value"),
                    r.get("unit"), r.get("kind"), r.get("source"), r.get("quantity"), r.get("note")));
        }
        return List.copyOf(out);
    }
}
