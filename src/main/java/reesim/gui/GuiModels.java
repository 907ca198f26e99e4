package reesim.gui;

import reesim.config.ModelConfig;
import reesim.model.ReeModel;

/**
 * How the GUI builds and prepares its model, kept apart from the Swing classes so that tests can
 * check headless that it gives the same trajectory as {@code run}.
 */
public final class GuiModels {
    private GuiModels() {}

    /** The model {@code run} would build for this config and seed, on a schedule that shows the date. */
    public static ReeModel create(ModelConfig cfg, long seed) {
        return new ReeModel(seed, cfg, new MonthlySchedule(cfg.time.startYear));
    }

    /** After start or checkpoint load: keep the agent-to-agent flows the network display draws. */
    public static void prepare(ReeModel m) {
        m.ledger().setTrackEdges(true);
    }
}
