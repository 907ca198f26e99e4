package reesim.history;

import reesim.calibration.SeedStats;
import reesim.calibration.Series;
import reesim.calibration.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the model does in the held-out years: the crisis window 2010-2013 and a year either side, as seed means of the
 * model's own output, with no figure of the record beside them (issue 21 holds the 2010-2013 market figures out of the
 * fit and checks them separately). It shows whether a crisis comes out of the policy record through the agents: where
 * the world Nd price peaks, how far it rises from 2009 and how far it has fallen by the last year shown. Nothing here is
 * judged against a target or fed back into a run.
 */
public final class HeldOutYears {
    /** The first and last year shown: the held-out years 2010-2013 and one year either side. */
    public static final int FROM = 2009, TO = 2015;

    /** A line of the block: a metric of annual.csv for one element (or REO, the sum) in a unit. */
    enum Row {
        ND_DOMESTIC("Nd domestic price (USD/kg)", "price_domestic", "Nd", 1),
        ND_WORLD("Nd world price (USD/kg)", "price_world", "Nd", 1),
        DY_DOMESTIC("Dy domestic price (USD/kg)", "price_domestic", "Dy", 1),
        DY_WORLD("Dy world price (USD/kg)", "price_world", "Dy", 1),
        EXPORTS("registered exports (kt REO)", "exports_registered", "REO", 1000),
        QUOTA("export quota (kt REO)", "export_quota", "REO", 1000),
        SMUGGLED("smuggled exports (kt REO)", "exports_smuggled", "REO", 1000),
        MINED_REGISTERED("China's registered mining (kt REO)", "mined_registered", "REO", 1000),
        MINED_UNREGISTERED("China's unregistered mining (kt REO)", "mined_unregistered", "REO", 1000),
        MINED_FOREIGN("foreign mining (kt REO)", "mined_foreign", "REO", 1000),
        RESERVE("State Reserve's stock (kt REO)", "stockpile_state", "REO", 1000);

        final String label, metric, element;
        final double divisor;

        Row(String label, String metric, String element, double divisor) {
            this.label = label;
            this.metric = metric;
            this.element = element;
            this.divisor = divisor;
        }
    }

    private HeldOutYears() {}

    /** The years shown for a run from {@code startYear} to {@code untilYear}: {@link #FROM}-{@link #TO} within it (may be empty). */
    public static List<Integer> years(int startYear, int untilYear) {
        List<Integer> out = new ArrayList<>();
        for (int y = Math.max(FROM, startYear); y <= Math.min(TO, untilYear); y++) out.add(y);
        return out;
    }

    /** The yearly series the block reads, row by row and year by year within each row (the order {@link #markdown} reads back). */
    public static List<Target> series(List<Integer> years) {
        List<Target> out = new ArrayList<>();
        for (Row r : Row.values())
            for (int y : years) {
                String id = "held-out " + r.metric + " " + r.element + " " + y;
                out.add(new Target(id, id, r.element, List.of(y), 1, "", 0, "", 1, true, false,
                        List.of(new Series(Series.Kind.METRIC, r.metric)), List.of(), List.of("model output"), "held-out years"));
            }
        return out;
    }

    /**
     * The block as markdown: a table of seed means by year (with the world/domestic Nd ratio and the quota's use, taken
     * seed by seed), then a sentence on where the world and domestic Nd prices peak. {@code values[i][seed]} are the
     * values of {@link #series} in its order; empty when no year is shown.
     */
    public static String markdown(List<Integer> years, double[][] values) {
        if (years.isEmpty()) return "";
        int n = years.size();
        StringBuilder sb = new StringBuilder("### The held-out years in the model (model output only)\n\n");
        sb.append("The record's market figures of 2010-2013 are held out of the fit and of this table; these are the model's seed means, ")
                .append("to show what the agents make of the policy record of those years (the export quota cut to 30 kt in 2010 among it).\n\n");
        sb.append("| |");
        for (int y : years) sb.append(' ').append(y).append(" |");
        sb.append("\n|---|").append("---:|".repeat(n)).append('\n');
        double[][] means = new double[Row.values().length][n];
        for (Row r : Row.values()) {
            for (int k = 0; k < n; k++) means[r.ordinal()][k] = SeedStats.of(values[r.ordinal() * n + k]).mean() / r.divisor;
            line(sb, r.label, means[r.ordinal()], r == Row.QUOTA);
            if (r == Row.ND_WORLD) line(sb, "world / domestic Nd", perSeedRatios(values, Row.ND_WORLD, Row.ND_DOMESTIC, n, 1), false);
            if (r == Row.QUOTA) line(sb, "registered exports / quota (%)", perSeedRatios(values, Row.EXPORTS, Row.QUOTA, n, 100), true);
        }
        sb.append('\n').append(peak("world", years, means[Row.ND_WORLD.ordinal()])).append(' ')
                .append(peak("domestic", years, means[Row.ND_DOMESTIC.ordinal()])).append('\n');
        return sb.toString();
    }

    /**
     * Where a series of annual means peaks, as a sentence: its highest year and value, that value over the first year's,
     * and the last year's over it.
     */
    static String peak(String which, List<Integer> years, double[] means) {
        int top = 0;
        for (int k = 1; k < means.length; k++) if (means[k] > means[top]) top = k;
        return String.format(Locale.ROOT, "The %s Nd price peaks in %d at %.1f USD/kg, x%.2f its %d level; in %d it is x%.2f of that peak.",
                which, years.get(top), means[top], means[top] / means[0], years.get(0), years.get(years.size() - 1),
                means[means.length - 1] / means[top]);
    }

    /** Per year, the seed mean of numerator / denominator x scale (seeds with no denominator left out; NaN if none has one). */
    private static double[] perSeedRatios(double[][] values, Row num, Row den, int n, double scale) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) out[k] = Acceptance.ratio(values[num.ordinal() * n + k], values[den.ordinal() * n + k], scale);
        return out;
    }

    private static void line(StringBuilder sb, String label, double[] v, boolean zeroIsNone) {
        sb.append("| ").append(label).append(" |");
        for (double x : v) {
            if (Double.isNaN(x) || zeroIsNone && x == 0) sb.append(" none |");
            else sb.append(' ').append(String.format(Locale.ROOT, Math.abs(x) >= 10 ? "%.1f" : "%.2f", x)).append(" |");
        }
        sb.append('\n');
    }
}
