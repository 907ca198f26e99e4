package reesim;

import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.model.ReeModel;
import reesim.output.Simulation;
import reesim.output.DataCollector;
import reesim.output.Metric;

import java.nio.file.Path;
import java.util.List;

/** Loads the repository's baseline config (with overrides) and runs it, for tests. */
public final class TestModels {
    public static final Path BASELINE = Path.of("configs/baseline.yaml");

    private TestModels() {}

    /**
     * The baseline with overrides. {@code -Dreesim.set="key=value;key=value"} on the mvn command line adds
     * overrides to every model the tests build, e.g. to run EmergentBehaviourTest under a structural
     * alternative (docs/calibration.md); the test's own overrides come after them.
     */
    public static ModelConfig baseline(String... sets) {
        List<String> all = new java.util.ArrayList<>();
        String extra = System.getProperty("reesim.set", "").trim();
        if (!extra.isEmpty()) for (String kv : extra.split(";")) if (!kv.isBlank()) all.add(kv.trim());
        all.addAll(List.of(sets));
        try {
            return ConfigLoader.load(BASELINE, all, ModelConfig.class).value();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A started model (agents built, nothing stepped yet). */
    public static ReeModel started(long seed, String... sets) {
        ReeModel m = new ReeModel(seed, baseline(sets));
        m.start();
        DataCollector.attachTo(m);
        return m;
    }

    public static ReeModel run(long seed, int until, String... sets) {
        return Simulation.run(baseline(sets), seed, until);
    }

    /** Mean of a yearly metric over [from, to] for an element (or "REO"). */
    public static double mean(ReeModel m, Metric metric, String element, int from, int to) {
        DataCollector d = DataCollector.of(m);
        int e = "REO".equals(element) ? m.elementCount() : m.config().elements.indexOf(element);
        double s = 0;
        for (int y = from; y <= to; y++) s += d.annual(metric, y - d.startYear(), e);
        return s / (to - from + 1);
    }
}
