package reesim.calibration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * One run of a calibration evaluation: the config with the run's overrides, simulated with {@link RunObserver#run}
 * to the end of the scenario's last year, giving the scenario's targets' values. Scenario 0 is the evaluation's own
 * point (the fit targets and the contrasts' measures); scenario k is contrast k - 1's scenario (its measure only), as
 * {@link Ensemble#run} runs them. Serializable, so that a Spark executor can run it.
 */
public final class TargetRun implements Serializable {
    private final String label;
    private final ObjectNode tree;
    private final List<List<Target>> targets;
    private final int[] untilYears;

    /** @param targets per scenario, the targets it observes; @param untilYears per scenario, the last year it runs */
    TargetRun(String label, ObjectNode tree, List<List<Target>> targets, int[] untilYears) {
        this.label = label;
        this.tree = tree.deepCopy();
        this.targets = targets.stream().map(List::copyOf).toList();
        this.untilYears = untilYears.clone();
    }

    /** The values of scenario {@code scenario}'s targets in the run of {@code seed} with {@code overrides}. */
    public double[] run(int scenario, long seed, List<String> overrides) throws ConfigException {
        List<Target> observed = targets.get(scenario);
        ModelConfig cfg = ConfigLoader.loadTree(label, tree, overrides, ModelConfig.class).value();
        Set<RunObserver.Key> keys = TargetSet.keys(observed, cfg);
        RunObserver obs = RunObserver.run(cfg, seed, untilYears[scenario], keys);
        double[] v = new double[observed.size()];
        for (int i = 0; i < v.length; i++) v[i] = observed.get(i).simulated(obs, cfg);
        return v;
    }
}
