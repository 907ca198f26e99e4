package reesim.report;

import reesim.data.SeedFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The seed facts ({@code data/seed_facts.csv}) that match a line of a run chart, as points to draw on it.
 * Only facts in tonnes, for China (or no region), with a year, and whose quantity has a matching series.
 */
public final class CalibrationTargets {
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
    public static List<Target> load() { return from(SeedFacts.load()); }

    static List<Target> from(SeedFacts facts) {
        List<Target> out = new ArrayList<>();
        for (SeedFacts.Fact f : facts.facts()) {
            Place place = PLACES.get(f.quantity());
            if (place == null || f.year() == 0 || !"t".equals(f.unit())
                    || !(f.region().isBlank() || f.region().equals("China"))) continue;
            out.add(new Target(place.chart, place.series, f.element(), f.year(), f.value(),
                    f.unit(), f.kind(), f.source(), f.quantity(), f.note()));
        }
        return List.copyOf(out);
    }
}
