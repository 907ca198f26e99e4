package reesim.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rows of {@code data/seed_facts.csv} (figures from the seed documents, each with its source). */
public final class SeedFacts {
    public static final String RESOURCE = "data/seed_facts.csv";

    /** One row; {@code year} is 0 when the row has none. */
    public record Fact(String quantity, String element, String region, int year, double value, String unit,
                       String kind, String source, String note) {}

    private final List<Fact> facts;

    private SeedFacts(List<Fact> facts) { this.facts = List.copyOf(facts); }

    /** The table packaged with reesim. */
    public static SeedFacts load() {
        InputStream s = SeedFacts.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (s == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
        try (Reader in = new InputStreamReader(s, StandardCharsets.UTF_8)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table in the seed_facts.csv format. */
    public static SeedFacts parse(Reader in) {
        try {
            List<Fact> list = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                String year = r.get("year").trim();
                list.add(new Fact(r.get("quantity"), r.get("element"), r.get("region"), year.isEmpty() ? 0 : Integer.parseInt(year),
                        Double.parseDouble(r.get("value")), r.get("unit"), r.get("kind"), r.get("source"), r.get("note")));
            }
            return new SeedFacts(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Fact> facts() { return facts; }

    /** The row of a quantity for a region and year, if the table has it. */
    public Optional<Fact> find(String quantity, String region, int year) {
        return facts.stream().filter(f -> f.quantity.equals(quantity) && f.region.equals(region) && f.year == year).findFirst();
    }

    /** The value of a row that must exist. */
    public double value(String quantity, String region, int year) {
        return find(quantity, region, year).orElseThrow(() -> new IllegalStateException(
                RESOURCE + " has no row " + quantity + " " + region + " " + year)).value();
    }
}
