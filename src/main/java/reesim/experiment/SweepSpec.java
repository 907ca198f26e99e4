package reesim.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import reesim.config.ConfigException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A validated sweep file: the base config (already loaded and resolved, with any --set of the sweep command
 * applied), the years to run, the seeds, the scenarios as a grid and/or a sample, and the outcomes to record.
 * {@code grid} maps each config path to its values as --set texts. {@code keep} (null if the file has no
 * {@code keep:} block) lists the annual series kept for every run in the trajectories table. {@code named} is empty
 * for a sweep file; for a comparison file ({@link #loadComparison}) it lists the base and the compared scenarios,
 * run with common random numbers instead of a grid or sample.
 */
public record SweepSpec(Path file, String fileSha256, String name, Path baseFile, String baseLabel, ObjectNode baseTree,
                        String baseSha256, List<String> baseOverrides, int startYear, int untilYear,
                        List<String> elements, SeedPolicy seeds, LinkedHashMap<String, List<String>> grid,
                        SampleSpec sample, List<OutcomeSpec> outcomes, TrajectorySpec keep,
                        List<NamedScenario> named) {

    /** Reads and validates {@code file}; every problem found is reported in one {@link ConfigException}. */
    public static SweepSpec load(Path file, List<String> baseSets) throws ConfigException {
        return SweepFileReader.read(file, baseSets);
    }

    /** Reads and validates a comparison file (configs/comparisons/*.yaml); every problem found is reported in one {@link ConfigException}. */
    public static SweepSpec loadComparison(Path file, List<String> baseSets) throws ConfigException {
        return SweepFileReader.readComparison(file, baseSets);
    }

    /** A comparison: named scenarios on common random numbers, with a paired analysis (comparison.csv). */
    public boolean isComparison() { return named != null && !named.isEmpty(); }

    /** Grid paths, then sample paths: the parameter columns of the result files. */
    public List<String> parameterNames() {
        if (isComparison()) return List.of(NamedScenario.COLUMN);
        List<String> names = new java.util.ArrayList<>(grid.keySet());
        if (sample != null) names.addAll(sample.ranges().keySet());
        return List.copyOf(names);
    }

    public boolean isSobol() { return sample != null && sample.method() == SampleSpec.Method.SOBOL; }
}
