package reesim.data;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code period} of a market_history.csv row: a calendar year ({@code 2005}, {@code c.2020}), a date or month
 * within a year ({@code 2005-07-25..29}, {@code 2014-08 (mid)}, {@code 2009-early}), a part of a year
 * ({@code 2009-H1}, {@code 2013-Q3}, {@code 2012-batch1}, {@code 2015-Jan-Sep}), a fiscal year July-June
 * ({@code FY2014 (Jul13-Jun14)}: calendar years 2013 and 2014), a span over several years ({@code 2017-05..2021-10}),
 * or text this reader does not know (UNPARSED, years -1).
 */
public record HistoryPeriod(Kind kind, int firstYear, int lastYear, String text) {
    public enum Kind {
        /** the whole calendar year */
        YEAR,
        /** a day, week, month or "early/mid" point within one year */
        DATED,
        /** a half, quarter, batch or run of months of one year */
        PART,
        /** a July-June fiscal year: two calendar years */
        FISCAL,
        /** several years */
        SPAN,
        UNPARSED
    }

    private static final Pattern YEAR = Pattern.compile("(?:c\\.\\s*)?(\\d{4})");
    private static final Pattern FY = Pattern.compile("FY(\\d{4})(?:\\s*\\(.*\\))?");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})-\\d{2}\\.\\.(\\d{4})-\\d{2}");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(?:H[12]|Q[1-4]|batch\\w*|[A-Z][a-z]{2}-[A-Z][a-z]{2})(?:\\s*\\(.*\\))?");
    private static final Pattern DATED = Pattern.compile(
            "(\\d{4})-(?:(?:0[1-9]|1[0-2])(?:-\\d{2})?(?:\\.\\.\\d{2})?(?:-(?:early|mid|late))?|early|mid|late)(?:\\s*\\(.*\\))?");

    public static HistoryPeriod parse(String text) {
        String t = text.trim();
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) return of(Kind.YEAR, m.group(1), m.group(1), t);
        if ((m = FY.matcher(t)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return new HistoryPeriod(Kind.FISCAL, y - 1, y, t);
        }
        if ((m = SPAN.matcher(t)).matches()) return of(m.group(1).equals(m.group(2)) ? Kind.PART : Kind.SPAN, m.group(1), m.group(2), t);
        if ((m = PART.matcher(t)).matches()) return of(Kind.PART, m.group(1), m.group(1), t);
        if ((m = DATED.matcher(t)).matches()) return of(Kind.DATED, m.group(1), m.group(1), t);
        return new HistoryPeriod(Kind.UNPARSED, -1, -1, t);
    }

    private static HistoryPeriod of(Kind k, String first, String last, String text) {
        return new HistoryPeriod(k, Integer.parseInt(first), Integer.parseInt(last), text);
    }

    /** Months {@code from}-{@code to} (1-12) of one calendar year; {@code assumed}: read from "early", "mid" or "late". */
    public record Months(int from, int to, boolean assumed) {
        public Months(int from, int to) { this(from, to, false); }

        public boolean wholeYear() { return from == 1 && to == 12; }

        /** "January-June", "December". */
        @Override
        public String toString() {
            String a = java.time.Month.of(from).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            return from == to ? a : a + "-" + java.time.Month.of(to).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        }
    }

    private static final Pattern MONTH_NUMBER = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])(?:\\b.*)?");
    private static final Pattern MONTH_RUN = Pattern.compile("\\d{4}-([A-Z][a-z]{2})-([A-Z][a-z]{2})(?:\\b.*)?");
    private static final Pattern SAME_YEAR_SPAN = Pattern.compile("\\d{4}-(\\d{2})\\.\\.\\d{4}-(\\d{2})");
    private static final List<String> MONTH_NAMES = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /**
     * The months of the year this period covers, when it lies within one year and says which: the whole year, a
     * half, a quarter, a run of months, a month or a day (its month); "early" reads as January-March, "mid" as
     * June-July and "late" as October-December of the year (an assumption: the sources give no closer date). Empty
     * for several years, a fiscal year, a quota batch (an allocation, not a time) and unread text.
     */
    public Optional<Months> months() {
        if (kind == Kind.YEAR) return Optional.of(new Months(1, 12));
        if (kind != Kind.DATED && kind != Kind.PART) return Optional.empty();
        String t = text.trim();
        Matcher m;
        if ((m = SAME_YEAR_SPAN.matcher(t)).matches()) return Optional.of(new Months(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        if ((m = MONTH_NUMBER.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(1));
            return Optional.of(new Months(month, month));
        }
        if ((m = MONTH_RUN.matcher(t)).matches()) {
            int a = MONTH_NAMES.indexOf(m.group(1)) + 1, b = MONTH_NAMES.indexOf(m.group(2)) + 1;
            return a > 0 && b >= a ? Optional.of(new Months(a, b)) : Optional.empty();
        }
        String part = t.substring(5).split("\\s")[0];
        return switch (part) {
            case "H1" -> Optional.of(new Months(1, 6));
            case "H2" -> Optional.of(new Months(7, 12));
            case "Q1", "Q2", "Q3", "Q4" -> {
                int q = part.charAt(1) - '0';
                yield Optional.of(new Months(3 * q - 2, 3 * q));
            }
            case "early" -> Optional.of(new Months(1, 3, true));
            case "mid" -> Optional.of(new Months(6, 7, true));
            case "late" -> Optional.of(new Months(10, 12, true));
            default -> Optional.empty();
        };
    }

    /** Within one calendar year (a year, a date in it, or a part of it). */
    public boolean withinOneYear() { return kind == Kind.YEAR || kind == Kind.DATED || kind == Kind.PART; }
}
