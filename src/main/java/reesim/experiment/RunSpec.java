package reesim.experiment;

import java.io.Serializable;
import java.util.List;

/** One run of a sweep: its id, its scenario, which replicate, its seed and the scenario's --set overrides. */
public record RunSpec(int runId, int scenario, int replicate, long seed, List<String> overrides) implements Serializable {
    public RunSpec {
        overrides = List.copyOf(overrides);
    }
}
