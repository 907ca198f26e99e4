package reesim.model;


import reesim.kernel.CloseOfMonth;
import reesim.kernel.MarketClearing;
import sim.engine.Schedule;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of events within a month. The agents of one ordering are scheduled together as one
 * {@link AgentSequence}, which steps them in an order shuffled each tick with the run's seed.
 * 0 regulator; 1 inspections (of what operators did last month, before they trade its proceeds);
 * 2 extraction and end of life; 3 separation, recycling, manufacturing and the rest of the world;
 * 4 intermediate makers, traders, smugglers, state reserve; 5 the storage centres for surplus elements (an
 * ordering of their own, so that adding them leaves the shuffled order of the others, and the paired seeds of a
 * scenario that turns them on, as they were); 6 the separation plants outside China, when there are any (an
 * ordering of their own for the same reason); 7 market clearing; 8 the state's
 * statistics; from 9 the observers (data collection, calibration series: they only read), each at
 * an ordering of its own so that no two share one (MASON would shuffle them with the model's
 * random generator, and an observer would change the run); 100 the ledger closes the month.
 */
public final class ModelScheduler {
    public static final int REGULATOR = 0, INSPECTION = 1, EXTRACTION = 2, PROCESSING = 3, TRADE = 4, STORAGE = 5, SEPARATION = 6, MARKETS = 7, STATISTICS = 8, OBSERVE = 9, CLOSE = 100;
    private final Schedule schedule;

    public ModelScheduler(Schedule schedule) { this.schedule = schedule; }

    public void scheduleAll(Population p) {
        schedule.scheduleRepeating(Schedule.EPOCH, REGULATOR, p.regulator, 1.0);
        sequence(EXTRACTION, p.mines, p.illegalMines, p.inUse);
        sequence(PROCESSING, p.smelters, p.recyclers, p.manufacturers, List.of(p.world));
        sequence(TRADE, p.allMakers(), p.traders, p.smugglers, List.of(p.stockpile),
                p.stockholder == null ? List.of() : List.of(p.stockholder),
                p.domesticStockholder == null ? List.of() : List.of(p.domesticStockholder));
        schedule.scheduleRepeating(Schedule.EPOCH, STORAGE, p.storageCentres, 1.0);
        if (p.separator != null) schedule.scheduleRepeating(Schedule.EPOCH, SEPARATION, p.separator, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, INSPECTION, p.inspectorate, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, MARKETS, new MarketClearing(p.markets), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, STATISTICS, p.statistics, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, CLOSE, new CloseOfMonth(), 1.0);
    }

    /**
     * Schedules the {@code index}-th observer (from 0) to read the model every month after the markets,
     * before the ledger closes the month.
     */
    public void scheduleObserver(Steppable observer, int index) {
        if (OBSERVE + index >= CLOSE) throw new IllegalStateException("too many observers: " + (index + 1));
        schedule.scheduleRepeating(Schedule.EPOCH, OBSERVE + index, observer, 1.0);
    }

    /** Schedules the agents of one ordering as one sequence, stepped in a freshly shuffled order every tick. */
    @SafeVarargs
    private void sequence(int ordering, List<? extends Steppable>... populations) {
        List<Steppable> agents = new ArrayList<>();
        for (List<? extends Steppable> p : populations) agents.addAll(p);
        schedule.scheduleRepeating(Schedule.EPOCH, ordering, new AgentSequence(agents), 1.0);
    }
}
