package reesim.model;

import reesim.agents.ExportTrader;
import reesim.agents.IllegalMine;
import reesim.agents.Mine;
import reesim.agents.RecyclingSector;
import reesim.agents.Smelter;
import reesim.config.MarketConfig;
import reesim.config.ModelConfig;
import reesim.config.ScenarioConfig;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.market.Markets;
import reesim.market.Pricing;
import reesim.output.DataCollector;
import reesim.policy.Regulator;
import sim.engine.Schedule;
import sim.engine.SimState;

import java.util.List;

/**
 * The MASON model: wires a run from a config and schedules it. One tick is one month from January
 * of the start year. The logic lives in the agents, markets and policy classes; this class only
 * builds, schedules and gives them access to each other. Scenario knobs are bean properties so the
 * MASON console's Model tab can change them (they take effect at the next regulator decision).
 */
public class ReeModel extends SimState {
    private final ModelConfig cfg;
    private final Calendar calendar;
    private RandomStreams streams;
    private ShipmentLedger ledger;
    private Pricing pricing;
    private Population pop;
    private DataCollector collector;
    private final java.util.Map<String, String> provenance = new java.util.LinkedHashMap<>();

    public ReeModel(long seed, ModelConfig cfg) {
        super(seed);
        this.cfg = cfg;
        this.calendar = new Calendar(cfg.time.startYear, cfg.time.endYear);
    }

    /** The same model on a custom schedule, e.g. one whose timestamp shows the date in the MASON console. */
    public ReeModel(long seed, ModelConfig cfg, Schedule schedule) {
        super(seed, schedule);
        this.cfg = cfg;
        this.calendar = new Calendar(cfg.time.startYear, cfg.time.endYear);
    }

    @Override
    public void start() {
        super.start();
        streams = new RandomStreams(seed());
        ledger = new ShipmentLedger(cfg.elements.size());
        pricing = new Pricing(cfg.market.tranches, cfg.market.buyerPremiumMax, cfg.market.sellerDiscountMax);
        pop = new ModelBuilder(cfg, streams).build();
        collector = new DataCollector(this);
        new ModelScheduler(schedule).scheduleAll(pop, collector);
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
    public Calendar calendar() { return calendar; }
    public RandomStreams streams() { return streams; }
    public ShipmentLedger ledger() { return ledger; }
    public Pricing pricing() { return pricing; }
    public MarketConfig marketConfig() { return cfg.market; }
    public ScenarioConfig scenario() { return cfg.scenario; }
    public Population population() { return pop; }
    public DataCollector collector() { return collector; }
    public Markets markets() { return pop.markets; }
    public Regulator policy() { return pop.regulator; }
    public RecyclingSector recycling() { return pop.recycling; }
    public List<Mine> mines() { return pop.mines; }
    public List<IllegalMine> illegalMines() { return pop.illegalMines; }
    public List<Smelter> smelters() { return pop.smelters; }
    public List<ExportTrader> traders() { return pop.traders; }
    public Account stateAccount() { return pop.stockpile.account(); }
    public String elementName(int e) { return cfg.elements.get(e); }

    /**
     * The least a holder of oxide sells for: half the past year's price (it stores rather than dump),
     * but never under a share of the starting price, where storing for a later market is cheaper.
     */
    public double sellerFloor(int e, boolean world) {
        return Math.max(cfg.market.sellerTrailingFloor * markets().oxide(e, world).trailingPrice(), startPrice(e, world) * cfg.market.sellerFloorFraction);
    }

    /** The most users pay for an element's oxide: a multiple of its starting price (substitution beyond). */
    public double chokePrice(int e, boolean world) {
        return startPrice(e, world) * cfg.market.chokePriceMultiple;
    }

    /** An oxide's current price over its starting price, at home or abroad. */
    public double priceRelativeToStart(int e, boolean world) {
        return markets().oxide(e, world).price() / startPrice(e, world);
    }

    private double startPrice(int e, boolean world) {
        return (world ? cfg.market.initialPriceWorld : cfg.market.initialPriceDomestic).get(cfg.elements.get(e));
    }
    public int elementCount() { return cfg.elements.size(); }
}
