package reesim.report;

import java.util.List;

/**
 * One line of a time-series chart: the sum of one or more annual.csv metrics, drawn against the chart's
 * y axis number {@code axis}.
 */
public record SeriesSpec(String key, String label, List<String> metrics, int axis, boolean dashed) {
    static SeriesSpec of(String metric, String label) { return new SeriesSpec(metric, label, List.of(metric), 0, false); }

    SeriesSpec onAxis(int a) { return new SeriesSpec(key, label, metrics, a, dashed); }

    SeriesSpec asDashed() { return new SeriesSpec(key, label, metrics, axis, true); }
}
