package reesim.output;

import reesim.config.ModelConfig;
import reesim.model.ReeModel;

/** Headless entry point: build, attach a data collector, run to a year, return the finished model. */
public final class Simulation {
    private Simulation() {}

    public static ReeModel run(ModelConfig cfg, long seed, int untilYear) {
        ReeModel m = new ReeModel(seed, cfg);
        m.start();
        DataCollector.attachTo(m);
        m.runUntil(untilYear);
        m.finish();
        return m;
    }
}
