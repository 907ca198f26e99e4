package reesim.experiment;

import java.util.ArrayList;
import java.util.List;

/** The columns of runs.csv and outcomes.csv for a sweep's parameters and outcomes. */
public record ResultColumns(List<String> parameters, List<String> outcomes) {
    public static final String RUNS = "runs.csv";
    public static final String OUTCOMES = "outcomes.csv";
    public static final String STATS = "stats.csv";
    public static final List<String> KEY = List.of("run_id", "scenario", "replicate", "seed");
    public static final List<String> RUN_TAIL = List.of("status", "wall_seconds", "error");

    public ResultColumns {
        parameters = List.copyOf(parameters);
        outcomes = List.copyOf(outcomes);
    }

    public static ResultColumns of(SweepSpec spec) {
        return new ResultColumns(spec.parameterNames(), spec.outcomes().stream().map(OutcomeSpec::name).toList());
    }

    /** run_id, scenario, replicate, seed, the parameters, status, wall_seconds, error. */
    public List<String> runsHeader() {
        List<String> h = new ArrayList<>(KEY);
        h.addAll(parameters);
        h.addAll(RUN_TAIL);
        return h;
    }

    /** run_id, scenario, replicate, seed, the parameters, one column per outcome. */
    public List<String> outcomesHeader() {
        List<String> h = new ArrayList<>(KEY);
        h.addAll(parameters);
        h.addAll(outcomes);
        return h;
    }

    /** Reads the columns back from a runs.csv header (parameters between seed and status) and an outcomes.csv header. */
    public static ResultColumns fromHeaders(List<String> runsHeader, List<String> outcomesHeader) {
        int k = KEY.size();
        if (runsHeader.size() < k + RUN_TAIL.size() || !runsHeader.subList(0, k).equals(KEY)
                || !runsHeader.subList(runsHeader.size() - RUN_TAIL.size(), runsHeader.size()).equals(RUN_TAIL)) {
            throw new IllegalArgumentException("runs.csv columns " + runsHeader + " are not " + KEY + ", parameters, " + RUN_TAIL);
        }
        List<String> parameters = runsHeader.subList(k, runsHeader.size() - RUN_TAIL.size());
        if (outcomesHeader.size() < k + parameters.size() || !outcomesHeader.subList(0, k + parameters.size()).equals(runsHeader.subList(0, k + parameters.size()))) {
            throw new IllegalArgumentException("outcomes.csv columns " + outcomesHeader + " do not start with runs.csv's " + runsHeader.subList(0, k + parameters.size()));
        }
        return new ResultColumns(parameters, outcomesHeader.subList(k + parameters.size(), outcomesHeader.size()));
    }
}
