package reesim.history;

import reesim.calibration.SeedStats;
import reesim.calibration.Series;
import reesim.calibration.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The targets of issue 21 ("The market's history, 2000-2020"), measured on one history run, each with what was
 * measured and whether it is met: the record's rows by tolerance class in the fit window (2000-2009 and
 * 2014-2020; 2010-2013 is held out), whether the export quota binds or nearly binds (registered exports at least
 * 85 % of it) in a year 2005-2009, whether the producers' unsold stock stays within 12 months of China's use (the
 * oxide China's makers of intermediates use up, for home use and export: the consumption statistic) in every fit year, and the share of the Yao et al. (2021) fit targets within their tolerance (at least 90 %).
 * Everything is a seed mean; nothing here feeds back into a run.
 */
public final class Acceptance {
    /** One target of the issue: its wording, what the run measured, and whether that meets it. */
    public record Line(String target, String measured, boolean met) {}

    static final double QUOTA_NEARLY_BINDS = 0.85, STOCK_MONTHS_BOUND = 12, YAO_SHARE = 0.9;
    static final int QUOTA_FROM = 2005, QUOTA_TO = 2009;

    private Acceptance() {}

    /** Whether a year is in the fit window (2010-2013 held out). */
    public static boolean fitYear(int year) { return year >= 2000 && year <= 2020 && (year < 2010 || year > 2013); }

    /**
     * The yearly model series the quota and stock targets need, in the order {@link #lines} reads them back;
     * {@code intermediates} are the config's intermediates, whose makers' oxide use is China's use.
     */
    public static List<Target> series(int startYear, int untilYear, List<String> intermediates) {
        List<Target> out = new ArrayList<>();
        for (int y = QUOTA_FROM; y <= QUOTA_TO; y++) {
            out.add(metric("exports_registered", y));
            out.add(metric("export_quota", y));
        }
        List<Series> use = intermediates.stream().map(i -> new Series(Series.Kind.INPUT, i)).toList();
        for (int y : stockYears(startYear, untilYear)) {
            // the stockpile metric counts the state's reserve too; producers' unsold stock is the rest
            out.add(metric("stockpile", y));
            out.add(metric("stockpile_state", y));
            out.add(target("china use REO " + y, y, use));
        }
        return out;
    }

    /**
     * The quota target as a calibration target: the highest over 2005-2009 of registered exports over the export quota,
     * at least 85 %, seed by seed (the scoreboard takes the highest year of the seed means).
     */
    public static Target quotaBinds(double weight) {
        List<Integer> years = new ArrayList<>();
        for (int y = QUOTA_FROM; y <= QUOTA_TO; y++) years.add(y);
        return new Target(Target.RECORD_PREFIX + "export_quota_binds_" + QUOTA_FROM + "_" + QUOTA_TO, "export_quota_use", "REO", years,
                QUOTA_NEARLY_BINDS, "fraction", 0, "", weight, true, true,
                List.of(new Series(Series.Kind.METRIC, "exports_registered")), List.of(new Series(Series.Kind.METRIC, "export_quota")),
                List.of("issue 21: the export quota binds or nearly binds in a year 2005-2009 (market_history.csv: exports 43,895 t of a 50,145 t quota in 2009)"),
                "registered exports over the export quota in the year of 2005-2009 they come nearest it", null, null, false, java.util.Map.of(), true);
    }

    /**
     * The stock target as a calibration target: the highest over {@code years} (the scoreboard's: {@link #stockYears})
     * of producers' unsold stock at year end over that year's use by China's makers of {@code intermediates}, at most
     * one year (12 months), seed by seed (the scoreboard takes the highest year of the seed means).
     */
    public static Target stockBound(double weight, List<Integer> years, List<String> intermediates) {
        return new Target(Target.RECORD_PREFIX + "producers_stock_at_most_" + (int) STOCK_MONTHS_BOUND + "_months", "producers_stock_years", "REO",
                years, STOCK_MONTHS_BOUND / 12, "years of China's use", 0, "", weight, true, false,
                List.of(new Series(Series.Kind.STOCK, "producers")), intermediates.stream().map(i -> new Series(Series.Kind.INPUT, i)).toList(),
                List.of("issue 21: producers' unsold stock never above 12 months of China's use (an earlier baseline held 265 kt REO in 2006, about two years)"),
                "producers' unsold stock at year end over the year's use by China's makers, in the fit year it is highest", null, null, false,
                java.util.Map.of(), true, true);
    }

    /** The years the stock target judges: the fit years from {@code startYear} to {@code untilYear}, 2020 at the latest. */
    static List<Integer> stockYears(int startYear, int untilYear) {
        List<Integer> years = new ArrayList<>();
        for (int y = startYear; y <= Math.min(untilYear, 2020); y++) if (fitYear(y)) years.add(y);
        return years;
    }

    private static Target metric(String label, int year) {
        return target(label + " REO " + year, year, List.of(new Series(Series.Kind.METRIC, label)));
    }

    private static Target target(String id, int year, List<Series> sum) {
        return new Target(id, id, "REO", List.of(year), 1, "t", 0, "", 1, true, false, sum, List.of(), List.of("issue 21"), "acceptance");
    }

    /**
     * The scoreboard. {@code seriesValues[i][seed]} are the values of {@link #series} in its order; {@code yao} the
     * fit targets of targets.yaml with their values (may be empty: then the Yao line says it was not run).
     */
    public static List<Line> lines(List<HistoryRun.Outcome> outcomes, int startYear, int untilYear, double[][] seriesValues,
                                   List<Target> yao, double[][] yaoValues) {
        List<Line> out = new ArrayList<>();
        out.add(rows(outcomes, Tolerance.ND_DOMESTIC_PRICE, Acceptance::fitYear,
                "Nd (and PrNd) domestic price within a factor 1.5 of the record in every fit year with a record"));
        out.add(rows(outcomes, Tolerance.USGS_AVERAGE, y -> y >= 2014 && y <= 2020,
                "La, Ce, Dy, Tb, Eu USGS annual averages 2014-2020 within a factor 2"));
        out.add(rows(outcomes, Tolerance.FOB_DOMESTIC_RATIO, y -> y >= 2007 && y <= 2009,
                "FOB/domestic price ratios of 2007-2009 within 25 %"));
        out.add(rows(outcomes, Tolerance.EXPORTS_CUSTOMS, Acceptance::fitYear,
                "China's registered primary exports within 25 % of the customs record where there is one"));
        out.add(rows(outcomes, Tolerance.WORLD_MINING, Acceptance::fitYear, "World mine production within 15 % where recorded"));
        out.add(rows(outcomes, Tolerance.CHINA_SHARE, Acceptance::fitYear, "China's share of world mining within 5 points where recorded"));
        int k = 0;
        double best = Double.NaN;
        int bestYear = 0;
        for (int y = QUOTA_FROM; y <= QUOTA_TO; y++, k += 2) {
            double use = ratio(seriesValues[k], seriesValues[k + 1], 1);
            if (Double.isNaN(best) || use > best) { best = use; bestYear = y; }
        }
        out.add(new Line("The export quota binds or nearly binds (registered exports >= 85 % of it) in at least one year 2005-2009",
                String.format(Locale.ROOT, "highest use %.0f %% of the quota (%d)", 100 * best, bestYear), best >= QUOTA_NEARLY_BINDS));
        double worst = Double.NaN;
        int worstYear = 0;
        for (int y : stockYears(startYear, untilYear)) {
            double[] producers = new double[seriesValues[k].length];
            for (int s = 0; s < producers.length; s++) producers[s] = seriesValues[k][s] - seriesValues[k + 1][s];
            double months = ratio(producers, seriesValues[k + 2], 12);
            k += 3;
            if (Double.isNaN(worst) || months > worst) { worst = months; worstYear = y; }
        }
        out.add(new Line("Producers' unsold stock never above 12 months of China's use (makers' oxide use; fit years)",
                String.format(Locale.ROOT, "at most %.1f months (%d)", worst, worstYear), worst <= STOCK_MONTHS_BOUND));
        if (yao.isEmpty()) {
            out.add(new Line("Yao et al. (2021) Nd targets: at least 90 % within tolerance", "not run (--targets none)", false));
        } else {
            int within = 0;
            for (int i = 0; i < yao.size(); i++) if (yao.get(i).met(SeedStats.of(yaoValues[i]).mean())) within++;
            out.add(new Line("Yao et al. (2021) Nd targets: at least 90 % within tolerance",
                    String.format(Locale.ROOT, "%d of %d (%.0f %%)", within, yao.size(), 100.0 * within / yao.size()),
                    within >= YAO_SHARE * yao.size() - 1e-9));
        }
        return out;
    }

    /** Seed mean of numerator / denominator x scale, seed by seed (a seed with a zero denominator is left out). */
    static double ratio(double[] num, double[] den, double scale) {
        double sum = 0;
        int n = 0;
        for (int s = 0; s < num.length; s++) {
            if (den[s] > 0) { sum += num[s] / den[s] * scale; n++; }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    private static Line rows(List<HistoryRun.Outcome> outcomes, Tolerance tolerance, IntPredicate years, String target) {
        int within = 0, n = 0;
        for (HistoryRun.Outcome o : outcomes) {
            if (o.comparison().tolerance() != tolerance || !years.test(o.comparison().year())) continue;
            n++;
            if (Boolean.TRUE.equals(o.within())) within++;
        }
        return new Line(target, n == 0 ? "no record rows" : within + " of " + n + " rows within", n > 0 && within == n);
    }

    /** The scoreboard as a markdown table, with how many of the targets are met. */
    public static String markdown(List<Line> lines) {
        long met = lines.stream().filter(Line::met).count();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Issue 21's targets (seed means; fit window 2000-2009 and 2014-2020, 2010-2013 held out): %d of %d met.%n%n", met, lines.size()));
        sb.append("| target | measured | met |\n|---|---|---|\n");
        for (Line l : lines) sb.append("| ").append(l.target()).append(" | ").append(l.measured()).append(" | ").append(l.met() ? "yes" : "**no**").append(" |\n");
        return sb.toString();
    }
}
