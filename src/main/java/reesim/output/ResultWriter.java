package reesim.output;

import org.apache.commons.csv.CSVFormat;
import reesim.ledger.Stage;
import reesim.model.ReeModel;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes annual.csv, monthly.csv and flows.csv of a finished (or stopped) run. */
public final class ResultWriter {
    private final ReeModel model;
    private final DataCollector data;
    private final List<String> elements;

    public ResultWriter(ReeModel model) {
        this.model = model;
        this.data = DataCollector.of(model);
        this.elements = model.config().elements;
    }

    public void writeAll(Path dir) throws IOException {
        writeAnnual(dir.resolve("annual.csv"));
        writeMonthly(dir.resolve("monthly.csv"));
        writeFlows(dir.resolve("flows.csv"));
    }

    public void writeAnnual(Path file) throws IOException {
        try (Csv out = new Csv(file, "year", "element", "metric", "value")) {
            for (int y = 0; y < data.yearsDone(); y++) {
                int year = data.startYear() + y;
                for (Metric metric : Metric.VALUES) {
                    for (int e : rows(metric)) out.field(year).field(label(e)).field(metric.label).field(num(data.annual(metric, y, e))).endRecord();
                }
            }
        }
    }

    public void writeMonthly(Path file) throws IOException {
        try (Csv out = new Csv(file, "tick", "year", "month", "element", "metric", "value")) {
            for (long t = 0; t < data.ticksDone(); t++) {
                int year = model.calendar().year(t), month = model.calendar().month(t);
                for (Metric metric : Metric.VALUES) {
                    for (int e : rows(metric)) out.field(t).field(year).field(month).field(label(e)).field(metric.label).field(num(data.monthly(t, metric, e))).endRecord();
                }
            }
        }
    }

    public void writeFlows(Path file) throws IOException {
        try (Csv out = new Csv(file, "year", "element", "source", "target", "registered", "tonnes")) {
            for (int y = 0; y < data.yearsDone(); y++) {
                for (int e = 0; e < elements.size(); e++) {
                    for (Stage s : Stage.VALUES) for (Stage d : Stage.VALUES) {
                        if (s == d) continue;
                        for (boolean reg : new boolean[]{true, false}) {
                            double q = data.flow(y, s, d, reg, e);
                            if (q > 0) out.field(data.startYear() + y).field(elements.get(e)).field(s.label).field(d.label).field(Boolean.toString(reg)).field(num(q)).endRecord();
                        }
                    }
                }
            }
        }
    }

    private int[] rows(Metric m) {
        int n = elements.size();
        return switch (m.rows) {
            case REO -> new int[]{n};
            case ELEMENTS -> java.util.stream.IntStream.range(0, n).toArray();
            case BOTH -> java.util.stream.IntStream.rangeClosed(0, n).toArray();
        };
    }

    private String label(int e) { return e == elements.size() ? "REO" : elements.get(e); }

    /**
     * CSV output as commons-csv's {@code CSVFormat.DEFAULT} with '\n' records writes it, byte for
     * byte, but fast: fields that need no quoting (all numbers, and the labels of this model) are
     * appended as they are, into a large buffer; any other field is printed by commons-csv itself.
     */
    static final class Csv implements AutoCloseable {
        private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        private final Writer out;
        private final StringBuilder line = new StringBuilder(1 << 16);
        private boolean newRecord = true;

        Csv(Path file, String... header) throws IOException {
            out = Files.newBufferedWriter(file);
            for (String h : header) field(h);
            endRecord();
        }

        Csv field(long v) {
            if (!newRecord) line.append(',');
            line.append(v);
            newRecord = false;
            return this;
        }

        Csv field(String v) throws IOException {
            if (needsQuoting(v, newRecord)) FORMAT.print(v, line, newRecord);
            else {
                if (!newRecord) line.append(',');
                line.append(v);
            }
            newRecord = false;
            return this;
        }

        void endRecord() throws IOException {
            line.append('\n');
            newRecord = true;
            if (line.length() >= (1 << 16) - 512) flush();
        }

        private void flush() throws IOException {
            out.append(line);
            line.setLength(0);
        }

        /** CSVFormat's MINIMAL quote rule for the default delimiter, quote and record separator. */
        static boolean needsQuoting(String v, boolean first) {
            int len = v.length();
            if (len == 0) return first;
            if (v.charAt(0) <= '#' || v.charAt(len - 1) <= ' ') return true;
            for (int i = 0; i < len; i++) {
                char c = v.charAt(i);
                if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
            }
            return false;
        }

        @Override
        public void close() throws IOException {
            try {
                flush();
            } finally {
                out.close();
            }
        }
    }

    /** Six decimals, plain notation; NaN (no quota in force) is written as an empty field. */
    static String num(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        BigDecimal r = Math.abs(v) < 1e9 ? BigDecimal.valueOf(Math.round(v * 1e6) / 1e6)
                : BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_EVEN);
        return r.signum() == 0 ? "0" : r.stripTrailingZeros().toPlainString();
    }
}
