package reesim.model;

import reesim.kernel.RandomStreams;

import reesim.kernel.Calendar;

import reesim.agents.ExportTrader;
import reesim.agents.IllegalMine;
import reesim.agents.Mine;
import reesim.agents.Smelter;
import reesim.config.ModelConfig;
import reesim.config.ScenarioConfig;
import reesim.kernel.Calendar;
import reesim.kernel.Context;
import reesim.kernel.Instruments;
import reesim.kernel.RandomStreams;
import reesim.kernel.Treasury;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.market.MarketRules;
import reesim.market.Markets;
import reesim.market.Pricing;
import reesim.policy.Regulator;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * The MASON model: builds a run from a config and schedules it. One tick is one month from January
 * of the start year. The logic lives in the agents, markets and policy classes; this class only
 * builds, schedules and is the {@link Context} through which agents see the model. Observers
 * (data collection, charts) are attached from outside and only read.
 */
public class ReeModel extends SimState implements Context {
    private final ModelConfig cfg;
    private final Calendar calendar;
    /** Per year of the run, Chinese producers' cost index (macro.costsInRmbAt). */
    private final double[] costIndex;
    private RandomStreams streams;
    private ShipmentLedger ledger;
    private Pricing pricing;
    private MarketRules marketRules;
    private Population pop;
    private final List<Steppable> observers = new ArrayList<>();
    private final java.util.Map<String, String> provenance = new java.util.LinkedHashMap<>();

    public ReeModel(long seed, ModelConfig cfg) {
        super(seed);
        this.cfg = cfg;
        this.calendar = new Calendar(cfg.time.startYear, cfg.time.endYear);
        this.costIndex = costIndexByYear(cfg);
    }

    /** The same model on a custom schedule, e.g. one whose timestamp shows the date in the MASON console. */
    public ReeModel(long seed, ModelConfig cfg, Schedule schedule) {
        super(seed, schedule);
        this.cfg = cfg;
        this.calendar = new Calendar(cfg.time.startYear, cfg.time.endYear);
        this.costIndex = costIndexByYear(cfg);
    }

    /** The cost index of every year of the run, and of the year after it (a clock read after the last month). */
    private static double[] costIndexByYear(ModelConfig cfg) {
        double[] index = new double[cfg.time.endYear - cfg.time.startYear + 2];
        for (int i = 0; i < index.length; i++) index[i] = cfg.macro.costIndex(cfg.time.startYear + i);
        return index;
    }

    @Override
    public void start() {
        super.start();
        streams = new RandomStreams(seed());
        ledger = new ShipmentLedger(cfg.elements.size());
        pricing = new Pricing(cfg.market.tranches, cfg.market.buyerPremiumMax, cfg.market.sellerDiscountMax);
        pop = new ModelBuilder(cfg, streams, ledger).build();
        marketRules = new MarketRules(cfg.market, cfg.elements, pop.markets);
        observers.clear();
        new ModelScheduler(schedule).scheduleAll(pop);
    }

    /**
     * Attaches an observer after {@link #start()}: it is stepped every month after the markets clear
     * and before the ledger closes the month, and must only read the model. It travels with the
     * model in checkpoints.
     */
    public <T extends Steppable> T attach(T observer) {
        new ModelScheduler(schedule).scheduleObserver(observer, observers.size());
        observers.add(observer);
        return observer;
    }

    /** The attached observer of the given type, or null. */
    public <T> T observer(Class<T> type) {
        for (Steppable o : observers) if (type.isInstance(o)) return type.cast(o);
        return null;
    }

    /** Runs headless to the end of {@code untilYear} (inclusive). */
    public void runUntil(int untilYear) { runUntil(untilYear, t -> { }); }

    /** Runs to the end of {@code untilYear}, calling {@code afterTick} with the number of ticks done after each one. */
    public void runUntil(int untilYear, java.util.function.LongConsumer afterTick) {
        long ticks = (long) (Math.min(untilYear, cfg.time.endYear) - cfg.time.startYear + 1) * 12;
        while (schedule.getSteps() < ticks) {
            if (!schedule.step(this)) break;
            afterTick.accept(schedule.getSteps());
        }
    }

    /** Where the run came from (config file, hash, overrides, resolved config), kept in checkpoints. */
    public java.util.Map<String, String> provenance() { return provenance; }

    public ModelConfig config() { return cfg; }
    public Population population() { return pop; }
    public Regulator policy() { return pop.regulator; }
    public List<Mine> mines() { return pop.mines; }
    public List<IllegalMine> illegalMines() { return pop.illegalMines; }
    public List<Smelter> smelters() { return pop.smelters; }
    public List<ExportTrader> traders() { return pop.traders; }
    public String elementName(int e) { return cfg.elements.get(e); }
    public int elementCount() { return cfg.elements.size(); }

    // ---- the agents' view (Context) ----
    @Override public long tick() { return schedule.getSteps(); }
    @Override public Calendar calendar() { return calendar; }
    @Override public RandomStreams streams() { return streams; }
    @Override public ShipmentLedger ledger() { return ledger; }
    @Override public Markets markets() { return pop.markets; }
    @Override public MarketRules marketRules() { return marketRules; }
    @Override public Pricing pricing() { return pricing; }
    @Override public Instruments instruments() { return pop.regulator; }
    @Override public double costIndex() { return costIndex[calendar.year(tick()) - calendar.startYear()]; }
    @Override public Treasury treasury() { return pop.regulator; }
    @Override public ScenarioConfig scenario() { return cfg.scenario; }
    @Override public Account stateAccount() { return pop.stockpile.account(); }
}
