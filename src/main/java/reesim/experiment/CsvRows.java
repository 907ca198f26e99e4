package reesim.experiment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * CSV rows of the sweep's result files. Every field is kept on one line (errors have their line breaks replaced),
 * so a row is a line and a row cut short by a kill is a last line without its newline. The calibration's
 * evaluations.csv is written the same way.
 */
public final class CsvRows {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private CsvRows() {}

    /** One row as a line ending in {@code \n}. */
    public static String line(List<?> values) {
        Object[] cells = values.stream().map(v -> v == null ? "" : v.toString().replaceAll("[\\r\\n]+", " | ")).toArray();
        return FORMAT.format(cells) + "\n";
    }

    /** A number exactly (it reads back to the same double); whole numbers without ".0"; NaN as an empty field. */
    public static String num(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Reads a field written by {@link #num}. */
    public static double parse(String field) {
        return field == null || field.isEmpty() ? Double.NaN : Double.parseDouble(field);
    }

    /** The header of a CSV file, or an empty list if it has none. */
    public static List<String> header(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file); CSVParser p = READ.parse(r)) {
            return p.getHeaderNames();
        }
    }

    /** Streams the records of a CSV file with a header. */
    public static void forEach(Path file, Consumer<CSVRecord> action) throws IOException {
        try (Reader r = Files.newBufferedReader(file); CSVParser p = READ.parse(r)) {
            for (CSVRecord record : p) action.accept(record);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Drops a last line that has no newline (a row cut short when the process was killed). Returns true if it did. */
    public static boolean dropPartialLastLine(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            if (size == 0) return false;
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, size - 1);
            if (one.get(0) == '\n') return false;
            long keep = 0;
            int chunk = 8192;
            for (long end = size; end > 0 && keep == 0; end -= chunk) {
                long start = Math.max(0, end - chunk);
                ByteBuffer buf = ByteBuffer.allocate((int) (end - start));
                ch.read(buf, start);
                for (int i = buf.position() - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') { keep = start + i + 1; break; }
                }
            }
            ch.truncate(keep);
            return true;
        }
    }

    /** Writes a file whole: to a temporary sibling, then renamed over the target. */
    public static void writeAtomically(Path file, WriterBody body) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            body.write(w);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @FunctionalInterface
    public interface WriterBody {
        void write(Writer w) throws IOException;
    }
}
