package reesim.report;

import reesim.data.MarketHistory;
import reesim.history.Comparison;
import reesim.history.HistoryMapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The market's record ({@code data/market_history.csv}) as points on the run report's charts, in the record's
 * converted unit (USD/kg, t REO): domestic prices on the domestic price line, FOB China and USGS prices on the world
 * line, customs exports on registered exports, China's official mine production and mining quota on the mining
 * chart, separated output, consumption and foreign mining (world - China) on the supply chart. The mapping is the
 * {@code history} command's ({@link HistoryMapping}); rows with no single chart line (PrNd, world mining, shares) are
 * left out. Drawn as "record (market_history.csv)", kind {@code record}.
 */
public final class MarketRecordPoints {
    public static final String KIND = "record";
    public static final String LABEL = "record (market_history.csv)";

    private MarketRecordPoints() {}

    /** The record's points for a run of {@code elements} over {@code firstYear}-{@code lastYear}. */
    public static List<CalibrationTargets.Target> load(List<String> elements, int firstYear, int lastYear) {
        List<CalibrationTargets.Target> out = new ArrayList<>();
        for (Comparison c : HistoryMapping.map(MarketHistory.load(), elements, firstYear, lastYear).comparisons()) {
            if (c.chart() == null || !Double.isFinite(c.record())) continue;
            MarketHistory.Row r = c.rows().get(0);
            String notes = String.join("; ", c.notes());
            out.add(new CalibrationTargets.Target(c.chart(), c.series(), c.chartElement(), c.year(), c.record(), c.unit(), KIND,
                    c.derived() ? "market_history.csv lines " + c.lines() : r.source(),
                    c.quantity() + " " + c.period() + " (" + c.recordText() + ", market_history.csv line " + c.lines() + ")", notes));
        }
        return List.copyOf(out);
    }
}
