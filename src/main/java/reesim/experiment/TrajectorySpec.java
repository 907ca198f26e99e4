package reesim.experiment;

import com.fasterxml.jackson.annotation.JsonValue;

import java.io.Serializable;
import java.util.List;

/**
 * The {@code keep:} block of a sweep file: which annual series of every run go into the trajectories table, over
 * which years, as Parquet part files ({@code trajectories/part-NNNNN.parquet}, {@code runsPerPart} runs each) or
 * as one CSV file ({@code trajectories.csv}). Every run has the same rows: one per series and year, in series then
 * year order.
 */
public record TrajectorySpec(List<KeptSeries> series, int fromYear, int toYear, Format format, int runsPerPart) implements Serializable {
    public static final int DEFAULT_RUNS_PER_PART = 1000;

    public enum Format {
        PARQUET("parquet"), CSV("csv");

        @JsonValue
        public final String label;

        Format(String label) { this.label = label; }
    }

    public TrajectorySpec {
        series = List.copyOf(series);
    }

    public int years() { return toYear - fromYear + 1; }

    /** Rows per run: one per series and year. */
    public int rowsPerRun() { return series.size() * years(); }

    /** The run's values in table order (series, then year), as computed from its yearly values. */
    public double[] values(OutcomeSpec.AnnualValues annual, List<String> elements) {
        double[] v = new double[rowsPerRun()];
        int i = 0;
        for (KeptSeries s : series) for (int y = fromYear; y <= toYear; y++) v[i++] = s.value(annual, elements, y);
        return v;
    }

    /** What resume and merge compare: the series, years and format (not the part size, which only lays out files). */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder(format.label).append(' ').append(fromYear).append('-').append(toYear);
        for (KeptSeries s : series) sb.append(' ').append(s.describe());
        return sb.toString();
    }

    public String describe() {
        StringBuilder sb = new StringBuilder("keep: ").append(format.label).append(", years ").append(fromYear).append('-').append(toYear)
                .append(", ").append(rowsPerRun()).append(" rows per run\n");
        for (KeptSeries s : series) sb.append("  ").append(s.describe()).append('\n');
        return sb.toString();
    }
}
