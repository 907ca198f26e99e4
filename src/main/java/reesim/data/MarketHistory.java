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
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The rows of {@code data/market_history.csv}: the market's record 2003-2021 (quotas, customs exports, imports,
 * mine production, oxide prices) from trade press, USGS and company reports, each with its source. Values stay in
 * the source's currency and unit; a range {@code low-high} is read as its midpoint. Prices, customs exports and
 * smuggling estimates of 2010-2013 are deliberately absent (the out-of-sample test of the model).
 */
public final class MarketHistory {
    public static final String RESOURCE = "data/market_history.csv";

    /** The unit of a row's value, as the model can use it. */
    public enum Unit {
        RMB_PER_T, RMB_PER_KG, USD_PER_T, USD_PER_KG, TONNES, TONNES_GROSS, PERCENT, OTHER;

        public boolean isPrice() { return this == RMB_PER_T || this == RMB_PER_KG || this == USD_PER_T || this == USD_PER_KG; }

        public boolean isRmb() { return this == RMB_PER_T || this == RMB_PER_KG; }
    }

    /**
     * One row; {@code line} is its line in the file (the header is line 1), {@code value} the number (midpoint of a
     * range, NaN if not a number), {@code valueText} as written.
     */
    public record Row(int line, String table, String quantity, String element, String scope, String period,
                      String valueText, double value, String unit, String source, String note) {
        public Unit unitKind() { return unitOf(unit); }

        public HistoryPeriod parsedPeriod() { return HistoryPeriod.parse(period); }

        /** "60,000 RMB/t" or "12,300-13,000 RMB/t": the record as given. */
        public String asGiven() { return valueText + " " + unit; }
    }

    private final List<Row> rows;

    private MarketHistory(List<Row> rows) { this.rows = List.copyOf(rows); }

    /** The table packaged with reesim (read from the classpath). */
    public static MarketHistory load() {
        InputStream s = MarketHistory.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (s == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
        try (Reader in = new InputStreamReader(s, StandardCharsets.UTF_8)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table in the market_history.csv format. */
    public static MarketHistory parse(Reader in) {
        try {
            List<Row> list = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                String v = r.get("value").trim();
                list.add(new Row((int) r.getRecordNumber() + 1, r.get("table"), r.get("quantity"), r.get("element"), r.get("scope"),
                        r.get("period"), v, parseValue(v).orElse(Double.NaN), r.get("unit"), r.get("source"), r.get("note")));
            }
            return new MarketHistory(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Row> rows() { return rows; }

    /** "60000" -> 60000; "12300-13000" -> 12650 (a range's midpoint); empty if neither. */
    public static OptionalDouble parseValue(String text) {
        String t = text.trim().replace(",", "");
        try {
            int dash = t.indexOf('-', 1);
            if (dash < 0) return OptionalDouble.of(Double.parseDouble(t));
            double lo = Double.parseDouble(t.substring(0, dash).trim()), hi = Double.parseDouble(t.substring(dash + 1).trim());
            return OptionalDouble.of((lo + hi) / 2);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The unit of a unit text such as {@code "RMB/t (approx.)"}, {@code "CNY/t"}, {@code "t REO"}, {@code "t gross weight"}. */
    public static Unit unitOf(String unit) {
        String u = unit.toLowerCase(Locale.ROOT).trim();
        String head = u.split("[ (]", 2)[0];
        return switch (head) {
            case "rmb/t", "cny/t" -> Unit.RMB_PER_T;
            case "rmb/kg", "cny/kg" -> Unit.RMB_PER_KG;
            case "usd/t" -> Unit.USD_PER_T;
            case "usd/kg" -> Unit.USD_PER_KG;
            case "%" -> Unit.PERCENT;
            case "t", "t/yr" -> u.contains("gross weight") ? Unit.TONNES_GROSS : Unit.TONNES;
            default -> Unit.OTHER;
        };
    }

    /** A price in the row's unit converted to USD/kg with {@code rmbPerUsd} (ignored for USD prices). */
    public static double toUsdPerKg(double value, Unit unit, double rmbPerUsd) {
        return switch (unit) {
            case RMB_PER_T -> value / 1000 / rmbPerUsd;
            case RMB_PER_KG -> value / rmbPerUsd;
            case USD_PER_T -> value / 1000;
            case USD_PER_KG -> value;
            default -> throw new IllegalArgumentException("not a price unit: " + unit);
        };
    }
}
