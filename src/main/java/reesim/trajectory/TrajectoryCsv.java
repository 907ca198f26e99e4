package reesim.trajectory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The trajectories table as CSV ({@code trajectories.csv}, and the journal of rows not yet in a Parquet part): one
 * row a line, numbers at full precision (they read back to the same double), a missing value as an empty field.
 */
public final class TrajectoryCsv {
    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private TrajectoryCsv() {}

    public static String headerLine(TrajectoryColumns columns) {
        return WRITE.format(columns.header().toArray()) + "\n";
    }

    /** The rows as lines, each ending in {@code \n}. */
    public static String lines(List<TrajectoryRow> rows) {
        StringBuilder sb = new StringBuilder(rows.size() * 64);
        List<Object> cells = new ArrayList<>();
        for (TrajectoryRow r : rows) {
            cells.clear();
            cells.add(r.runId());
            cells.add(r.scenario());
            cells.add(r.replicate());
            cells.add(r.seed());
            cells.addAll(r.parameters());
            cells.add(r.year());
            cells.add(r.element());
            cells.add(r.metric());
            cells.add(num(r.value()));
            sb.append(WRITE.format(cells.toArray())).append('\n');
        }
        return sb.toString();
    }

    /** The header of a trajectories CSV file, or an empty list if it has none. */
    public static List<String> header(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file); CSVParser p = READ.parse(r)) {
            return p.getHeaderNames();
        }
    }

    /** Streams the rows of a trajectories CSV file; its parameter columns are those between seed and year. */
    public static void forEach(Path file, Consumer<TrajectoryRow> action) throws IOException {
        try (Reader r = Files.newBufferedReader(file); CSVParser p = READ.parse(r)) {
            int n = p.getHeaderNames().size() - TrajectoryColumns.KEY.size() - TrajectoryColumns.TAIL.size();
            for (CSVRecord c : p) action.accept(row(c, n));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static TrajectoryRow row(CSVRecord c, int parameters) {
        List<String> values = new ArrayList<>(parameters);
        for (int i = 0; i < parameters; i++) values.add(c.get(4 + i));
        int t = 4 + parameters;
        String v = c.get(t + 3);
        return new TrajectoryRow(Integer.parseInt(c.get(0)), Integer.parseInt(c.get(1)), Integer.parseInt(c.get(2)),
                Long.parseLong(c.get(3)), values, Integer.parseInt(c.get(t)), c.get(t + 1), c.get(t + 2),
                v.isEmpty() ? Double.NaN : Double.parseDouble(v));
    }

    /** A number exactly; whole numbers without ".0"; NaN as an empty field. */
    static String num(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
