package reesim.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import reesim.ledger.Stage;
import reesim.model.ReeModel;

import java.io.BufferedWriter;
import java.io.IOException;
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
        this.data = model.collector();
        this.elements = model.config().elements;
    }

    public void writeAll(Path dir) throws IOException {
        writeAnnual(dir.resolve("annual.csv"));
        writeMonthly(dir.resolve("monthly.csv"));
        writeFlows(dir.resolve("flows.csv"));
    }

    public void writeAnnual(Path file) throws IOException {
        try (CSVPrinter out = printer(file, "year", "element", "metric", "value")) {
            for (int y = 0; y < data.yearsDone(); y++) {
                int year = data.startYear() + y;
                for (Metric metric : Metric.VALUES) {
                    for (int e : rows(metric)) out.printRecord(year, label(e), metric.label, num(data.annual(metric, y, e)));
                }
            }
        }
    }

    public void writeMonthly(Path file) throws IOException {
        try (CSVPrinter out = printer(file, "tick", "year", "month", "element", "metric", "value")) {
            for (long t = 0; t < data.ticksDone(); t++) {
                int year = model.calendar().year(t), month = model.calendar().month(t);
                for (Metric metric : Metric.VALUES) {
                    for (int e : rows(metric)) out.printRecord(t, year, month, label(e), metric.label, num(data.monthly(t, metric, e)));
                }
            }
        }
    }

    public void writeFlows(Path file) throws IOException {
        try (CSVPrinter out = printer(file, "year", "element", "source", "target", "registered", "tonnes")) {
            for (int y = 0; y < data.yearsDone(); y++) {
                for (int e = 0; e < elements.size(); e++) {
                    for (Stage s : Stage.VALUES) for (Stage d : Stage.VALUES) {
                        if (s == d) continue;
                        for (boolean reg : new boolean[]{true, false}) {
                            double q = data.flow(y, s, d, reg, e);
                            if (q > 0) out.printRecord(data.startYear() + y, elements.get(e), s.label, d.label, reg, num(q));
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

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file);
        return new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get());
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
