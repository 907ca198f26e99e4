package reesim.gui;

import reesim.output.DataCollector;
import reesim.config.ModelConfig;
import reesim.model.ReeModel;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;

/**
 * The MASON GUIState of reesim. The model is built exactly as {@code run} builds it (see
 * {@link GuiModels}); the GUI only watches it: after every month it redraws the supply-chain
 * graph and extends the charts. Windows exist only after {@link #init}, so the class can be
 * started and stepped headless (tests do).
 */
public class ReeWithUI extends GUIState {
    private final SupplyChainGraph graph = new SupplyChainGraph();
    private GuiViews views;

    public ReeWithUI(ModelConfig cfg, long seed) { super(GuiModels.create(cfg, seed)); }

    public static String getName() { return "reesim: rare-earth supply chain"; }

    public static Object getInfo() {
        return "<html><h2>reesim</h2><p>An agent-based model of China's rare-earth supply chain: legal and illegal "
                + "mines, smelters, traders and smugglers, intermediate makers, manufacturers, products in use, "
                + "recyclers, the rest of the world and the state.</p><p>One step is one month. The <b>Model</b> tab "
                + "holds the scenario knobs (hover over a name for its unit, range and meaning). " + knobTiming()
                + " See docs/gui.md.</p></html>";
    }

    /** When each knob acts, from the registry: "a, b take effect at ...; c takes effect ...". */
    static String knobTiming() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (reesim.config.Knob.When w : reesim.config.Knob.When.values()) {
            java.util.List<String> keys = reesim.config.Knob.all().stream().filter(k -> k.when == w).map(k -> k.key).toList();
            if (keys.isEmpty()) continue;
            parts.add(String.join(", ", keys) + (keys.size() == 1 ? " takes" : " take") + " effect " + w.phrase
                    + (w == reesim.config.Knob.When.BUILD ? ", so the tab shows " + (keys.size() == 1 ? "it" : "them") + " read-only" : ""));
        }
        return String.join("; ", parts) + ".";
    }

    public ReeModel model() { return (ReeModel) state; }
    public SupplyChainGraph graph() { return graph; }
    GuiViews views() { return views; }

    /** The Model tab: the registry's scenario knobs of the running model's config, and the date. */
    @Override
    public Object getSimulationInspectedObject() { return new ModelTab(this::model); }

    /** The Model tab refreshes every step, so it shows the knobs and the date as they are. */
    @Override
    public Inspector getInspector() {
        Inspector i = super.getInspector();
        i.setVolatile(true);
        return i;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        views = new GuiViews(this, c);
        showInitialState();
    }

    /**
     * The console opens stopped, before {@link #start}: so that the network display is not blank until the first
     * step, it draws the supply chain of a separate model built and started from the same config and seed (the
     * agents at January of the start year, no flows yet). The console's own model is untouched; Play replaces the
     * picture with it.
     */
    void showInitialState() {
        ReeModel preview = GuiModels.create(model().config(), model().seed());
        preview.start();
        graph.layout(preview);
        views.network().preview(graph);
    }

    @Override
    public void start() {
        super.start();
        DataCollector.attachTo(model());
        attach();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        attach();
    }

    private void attach() {
        ReeModel m = model();
        GuiModels.prepare(m);
        synchronized (m.schedule) { graph.layout(m); }
        scheduleRepeatingImmediatelyAfter(s -> monthDone());
        if (views != null) views.attach(m, graph);
    }

    private void monthDone() {
        ReeModel m = model();
        graph.update(m);
        if (views != null) views.monthDone(m);
    }

    /** Stops at the end of the configured horizon, where the data collector ends. */
    @Override
    public boolean step() {
        if (state.schedule.getSteps() >= model().calendar().ticks()) return false;
        return super.step();
    }

    @Override
    public void quit() {
        super.quit();
        if (views != null) views.dispose();
        views = null;
    }
}
