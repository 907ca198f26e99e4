package reesim;

import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.model.ReeModel;
import reesim.model.Simulation;
import reesim.output.DataCollector;
import reesim.output.Metric;

import java.nio.file.Path;
import java.util.List;

/** Loads the repository's baseline config (with overrides) and runs it, for tests. */
public final class TestModels {
    public static final Path BASELINE = Path.of("configs/baseline.yaml");

    private TestModels() {}

    public static ModelConfig baseline(String... sets) {
        try {
            return ConfigLoader.load(BASELINE, List.of(sets), ModelConfig.class).value();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A started model (agents built, nothing stepped yet). */
    public static ReeModel started(long seed, String... sets) {
        ReeModel m = new ReeModel(seed, baseline(sets));
        m.start();
        return m;
    }

    public static ReeModel run(long seed, int until, String... sets) {
        return Simulation.run(baseline(sets), seed, until);
    }

    /** Mean of a yearly metric over [from, to] for an element (or "REO"). */
    public static double mean(ReeModel m, Metric metric, String element, int from, int to) {
        DataCollector d = m.collector();
        int e = "REO".equals(element) ? m.elementCount() : m.config().elements.indexOf(element);
        double s = 0;
        for (int y = from; y <= to; y++) s += d.annual(metric, y - d.startYear(), e);
        return s / (to - from + 1);
    }
}
