package reesim.model;

import reesim.output.DataCollector;
import sim.engine.Schedule;
import sim.engine.Steppable;

import java.util.List;

/**
 * The order of events within a month. Agents of one ordering are stepped in an order MASON
 * shuffles with the run's seed.
 * 0 regulator; 1 inspections (of what operators did last month, before they trade its proceeds);
 * 2 extraction and end of life; 3 separation, recycling, manufacturing and the rest of the world;
 * 4 intermediate makers, traders, smugglers, state reserve; 5 market clearing; 6 data collection.
 */
public final class ModelScheduler {
    public static final int REGULATOR = 0, INSPECTION = 1, EXTRACTION = 2, PROCESSING = 3, TRADE = 4, MARKETS = 5, COLLECT = 6;
    private final Schedule schedule;

    public ModelScheduler(Schedule schedule) { this.schedule = schedule; }

    public void scheduleAll(Population p, DataCollector collector) {
        schedule.scheduleRepeating(Schedule.EPOCH, REGULATOR, p.regulator, 1.0);
        all(EXTRACTION, p.mines);
        all(EXTRACTION, p.illegalMines);
        all(EXTRACTION, p.inUse);
        all(PROCESSING, p.smelters);
        all(PROCESSING, p.recyclers);
        all(PROCESSING, p.manufacturers);
        all(TRADE, p.allMakers());
        all(TRADE, p.traders);
        all(TRADE, p.smugglers);
        schedule.scheduleRepeating(Schedule.EPOCH, PROCESSING, p.world, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, TRADE, p.stockpile, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, INSPECTION, p.inspectorate, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, MARKETS, p.markets, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, COLLECT, collector, 1.0);
    }

    private void all(int ordering, List<? extends Steppable> agents) {
        for (Steppable s : agents) schedule.scheduleRepeating(Schedule.EPOCH, ordering, s, 1.0);
    }
}
