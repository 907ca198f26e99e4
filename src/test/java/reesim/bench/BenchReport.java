package reesim.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints the bench rows as an aligned table and writes them as CSV. */
public final class BenchReport {
    private BenchReport() {}

    /** A fixed-width table; the note column is last and not padded. */
    public static void printTable(List<Row> rows, PrintStream out) {
        int cols = Row.HEADER.length;
        int[] w = new int[cols];
        for (int c = 0; c < cols; c++) w[c] = Row.HEADER[c].length();
        for (Row r : rows) {
            String[] cells = r.cells();
            for (int c = 0; c < cols - 1; c++) w[c] = Math.max(w[c], cells[c].length());
        }
        out.println(line(Row.HEADER, w));
        String previous = null;
        for (Row r : rows) {
            if (previous != null && !previous.equals(r.section())) out.println();
            out.println(line(r.cells(), w));
            previous = r.section();
        }
    }

    private static String line(String[] cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            boolean numeric = c == 2 || c == 3 || c == 4 && looksNumeric(cells[c]);
            if (c == cells.length - 1) b.append(cells[c]);
            else if (numeric) b.append(" ".repeat(w[c] - cells[c].length())).append(cells[c]).append("  ");
            else b.append(cells[c]).append(" ".repeat(w[c] - cells[c].length())).append("  ");
        }
        return b.toString().stripTrailing();
    }

    private static boolean looksNumeric(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == '-' || ch == 'e' || ch == '+');
    }

    public static void writeCsv(List<Row> rows, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer w = Files.newBufferedWriter(file);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(Row.HEADER).setRecordSeparator('\n').get())) {
            for (Row r : rows) csv.printRecord((Object[]) r.cells());
        }
    }
}
