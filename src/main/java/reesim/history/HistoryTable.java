package reesim.history;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import reesim.history.HistoryRun.Outcome;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The history table: markdown (for docs/history.md and the terminal) and CSV. */
public final class HistoryTable {
    static final String[] GROUPS = {"prices", "trade", "production", "derived"};
    static final String[] TITLES = {"Prices (USD/kg; RMB converted at the year's rate)", "Trade (t REO)", "Production and policy (t REO)",
            "Derived from pairs of rows (ratios, shares, foreign mining)"};

    private HistoryTable() {}

    public static String markdown(String heading, List<Outcome> outcomes, List<HistoryMapping.Unmapped> unmapped) {
        StringBuilder sb = new StringBuilder(heading).append("\n\n");
        int judged = 0, within = 0;
        for (Outcome o : outcomes) {
            Boolean w = o.within();
            if (o.comparison().tolerance() == Tolerance.NONE) continue;
            judged++;
            if (Boolean.TRUE.equals(w)) within++;
        }
        sb.append(String.format(Locale.ROOT, "%d comparisons with %d rows of market_history.csv without a counterpart. "
                + "%d of the %d comparisons with a tolerance of issue 21 are within it.%n%n", outcomes.size(), unmapped.size(), within, judged));
        sb.append("Tolerances: ");
        List<String> tols = new ArrayList<>();
        for (Tolerance t : Tolerance.values()) if (t != Tolerance.NONE) tols.add(t.why);
        sb.append(String.join("; ", tols)).append(". Rows marked `–` have none. Error: for prices the factor sim/record and |ln ratio|, "
                + "for quantities and ratios the relative error, for shares and percentages the difference in points. "
                + "Simulated: mean over seeds and the t-based 95 % interval of the mean.\n");
        for (int g = 0; g < GROUPS.length; g++) {
            List<Outcome> rows = new ArrayList<>();
            for (Outcome o : outcomes) if (o.comparison().group().equals(GROUPS[g])) rows.add(o);
            if (rows.isEmpty()) continue;
            sb.append("\n### ").append(TITLES[g]).append("\n\n");
            sb.append("| line | quantity | element | period | record | record (model unit) | model | simulated mean | 95 % CI of mean | error | tolerance | within | notes |\n");
            sb.append("|---|---|---|---|---:|---:|---|---:|---:|---:|---|---|---|\n");
            for (Outcome o : rows) sb.append(row(o));
        }
        if (!unmapped.isEmpty()) {
            sb.append("\n### Rows without a counterpart in the model\n\n| line | quantity | element | period | record | reason |\n|---|---|---|---|---:|---|\n");
            for (HistoryMapping.Unmapped u : unmapped)
                sb.append("| ").append(u.row().line()).append(" | ").append(u.row().quantity()).append(" | ").append(cell(u.row().element())).append(" | ")
                        .append(cell(u.row().period())).append(" | ").append(cell(u.row().asGiven())).append(" | ").append(cell(u.reason())).append(" |\n");
        }
        return sb.toString();
    }

    private static String row(Outcome o) {
        Comparison c = o.comparison();
        Boolean w = o.within();
        return "| " + c.lines() + " | " + cell(c.quantity()) + " | " + c.element() + " | " + cell(c.period()) + " | " + cell(c.recordText()) + " | "
                + num(c.record()) + " " + c.unit() + " | " + cell(c.model()) + " | " + num(o.mean()) + " | " + range(o) + " | " + error(o) + " | "
                + c.tolerance().label() + " | " + (w == null ? "–" : w ? "yes" : "**no**") + missing(o) + " | " + cell(String.join("; ", c.notes())) + " |\n";
    }

    static String error(Outcome o) {
        double e = o.error();
        if (Double.isNaN(e)) return "n/a";
        return switch (o.comparison().kind()) {
            case PRICE -> String.format(Locale.ROOT, "×%s (|ln| %.2f)", num(e), Math.abs(StrictMath.log(e)));
            case QUANTITY, RATIO -> String.format(Locale.ROOT, "%+.1f %%", 100 * e);
            case POINTS -> String.format(Locale.ROOT, "%+.1f pts", e);
        };
    }

    private static String missing(Outcome o) { return o.stats().missing() == 0 ? "" : " (" + o.stats().missing() + " seeds undefined)"; }

    private static String range(Outcome o) {
        return Double.isNaN(o.stats().ciLow()) ? "n/a" : num(o.stats().ciLow()) + " – " + num(o.stats().ciHigh());
    }

    private static String cell(String s) { return s.replace("|", "\\|").replace("\n", " "); }

    /** Thousands separated above 100, three significant digits below. */
    static String num(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (Math.abs(v) >= 100) return String.format(Locale.ROOT, "%,.0f", v);
        if (v == 0) return "0";
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    public static final List<String> CSV_HEADER = List.of("group", "lines", "quantity", "element", "period", "year", "record_as_given", "record",
            "unit", "model", "sim_mean", "ci_low", "ci_high", "seeds", "error_kind", "error", "abs_ln_ratio", "tolerance", "within", "notes");

    /** One line per comparison, then one per row without a counterpart (group {@code none}, the reason in {@code notes}). */
    public static String csv(List<Outcome> outcomes, List<HistoryMapping.Unmapped> unmapped) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new)).setRecordSeparator("\n").build())) {
            for (Outcome o : outcomes) {
                Comparison c = o.comparison();
                double e = o.error();
                Boolean within = o.within();
                p.printRecord(c.group(), c.lines(), c.quantity(), c.element(), c.period(), c.year(), c.recordText(), d(c.record()), c.unit(), c.model(),
                        d(o.mean()), d(o.stats().ciLow()), d(o.stats().ciHigh()), o.stats().n(),
                        switch (c.kind()) { case PRICE -> "factor"; case QUANTITY, RATIO -> "relative"; case POINTS -> "points"; },
                        d(e), c.kind() == Comparison.Kind.PRICE ? d(Math.abs(StrictMath.log(e))) : "", c.tolerance() == Tolerance.NONE ? "" : c.tolerance().label(),
                        within == null ? "" : within.toString(), String.join("; ", c.notes()));
            }
            for (HistoryMapping.Unmapped u : unmapped) {
                var r = u.row();
                p.printRecord("none", r.line(), r.quantity(), r.element(), r.period(), "", r.asGiven(), "", "", "", "", "", "", "", "", "", "", "", "", u.reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static String d(double v) { return Double.isFinite(v) ? Double.toString(v) : ""; }
}
