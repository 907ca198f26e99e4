package reesim.experiment;

import reesim.output.Metric;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcomes a sweep records when its file names none: the policy questions of the model over the 2010s
 * (the decade of the export quota crisis, clipped to the simulated years, or the last ten simulated years when
 * the run ends before 2010), plus whole-run totals and peaks.
 */
public final class DefaultOutcomes {
    private DefaultOutcomes() {}

    public static List<OutcomeSpec> of(int startYear, int untilYear, List<String> elements) {
        int from = Math.max(2010, startYear), to = Math.min(2019, untilYear);
        if (from > to) {
            from = Math.max(startYear, untilYear - 9);
            to = untilYear;
        }
        String w = from + "_" + to;
        List<OutcomeSpec> list = new ArrayList<>();
        list.add(new OutcomeSpec("mined_unregistered_mean_" + w, Metric.MINED_UNREGISTERED, null, "REO", from, to, Stat.MEAN));
        list.add(new OutcomeSpec("exports_smuggled_mean_" + w, Metric.EXPORTS_SMUGGLED, null, "REO", from, to, Stat.MEAN));
        list.add(new OutcomeSpec("seized_mean_" + w, Metric.SEIZED, null, "REO", from, to, Stat.MEAN));
        list.add(new OutcomeSpec("illegal_mines_active_mean_" + w, Metric.ILLEGAL_MINES_ACTIVE, null, "REO", from, to, Stat.MEAN));
        list.add(new OutcomeSpec("recycled_mean_" + w, Metric.RECYCLED, null, "REO", from, to, Stat.MEAN));
        if (elements.contains("Nd")) {
            list.add(new OutcomeSpec("nd_price_domestic_mean_" + w, Metric.PRICE_DOMESTIC, null, "Nd", from, to, Stat.MEAN));
            list.add(new OutcomeSpec("nd_price_ratio_world_domestic_mean_" + w, Metric.PRICE_WORLD, Metric.PRICE_DOMESTIC, "Nd", from, to, Stat.MEAN));
            list.add(new OutcomeSpec("nd_price_domestic_peak_year", Metric.PRICE_DOMESTIC, null, "Nd", startYear, untilYear, Stat.ARGMAX));
        }
        list.add(new OutcomeSpec("mined_registered_cumulative", Metric.MINED_REGISTERED, null, "REO", startYear, untilYear, Stat.SUM));
        list.add(new OutcomeSpec("mined_unregistered_cumulative", Metric.MINED_UNREGISTERED, null, "REO", startYear, untilYear, Stat.SUM));
        list.add(new OutcomeSpec("exports_registered_cumulative", Metric.EXPORTS_REGISTERED, null, "REO", startYear, untilYear, Stat.SUM));
        return List.copyOf(list);
    }
}
