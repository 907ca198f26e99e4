package reesim.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CSV file with a header row, read whole, with the checks and messages the report readers share. */
final class Csv {
    final String name;
    final List<String> header;
    final List<CSVRecord> rows;

    private Csv(String name, List<String> header, List<CSVRecord> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    static Csv read(Path file) {
        if (!Files.isRegularFile(file)) throw new ReportInputException(file + ": file not found");
        try (Reader r = Files.newBufferedReader(file)) {
            return parse(file.toString(), r);
        } catch (IOException e) {
            throw new ReportInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    static Csv parse(String name, Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        try (CSVParser p = CSVParser.parse(reader, format)) {
            return new Csv(name, List.copyOf(p.getHeaderNames()), new ArrayList<>(p.getRecords()));
        }
    }

    /** The first of {@code names} present in the header (case-insensitive), or null. */
    String column(String... names) {
        for (String n : names) for (String h : header) if (h.equalsIgnoreCase(n)) return h;
        return null;
    }

    /** As {@link #column} but a missing column is bad input naming what was expected. */
    String required(String... names) {
        String c = column(names);
        if (c == null) throw new ReportInputException(name + ": no column " + String.join(" or ", names)
                + " (columns: " + String.join(",", header) + ")");
        return c;
    }

    /** The value as a number; empty is NaN; anything else unreadable is bad input naming the row. */
    double number(CSVRecord row, String column) {
        String v = row.get(column);
        if (v == null || v.isBlank() || v.equalsIgnoreCase("nan") || v.equalsIgnoreCase("na")) return Double.NaN;
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new ReportInputException(name + " line " + (row.getRecordNumber() + 1) + ": column " + column
                    + " is '" + v + "', expected a number");
        }
    }

    int integer(CSVRecord row, String column) {
        double d = number(row, column);
        if (Double.isNaN(d) || d != Math.rint(d)) throw new ReportInputException(name + " line " + (row.getRecordNumber() + 1)
                + ": column " + column + " is '" + row.get(column) + "', expected a whole number");
        return (int) d;
    }
}
