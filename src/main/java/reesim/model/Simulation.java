package reesim.model;

import reesim.config.ModelConfig;

/** Headless entry point: build, run to a year, return the finished model. */
public final class Simulation {
    private Simulation() {}

    public static ReeModel run(ModelConfig cfg, long seed, int untilYear) {
        ReeModel m = new ReeModel(seed, cfg);
        m.start();
        m.runUntil(untilYear);
        m.finish();
        return m;
    }
}
