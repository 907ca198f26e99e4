package reesim.calibration;

import reesim.output.DataCollector;
import reesim.agents.IllegalMine;
import reesim.agents.InUseStock;
import reesim.agents.IntermediateMaker;
import reesim.agents.Manufacturer;
import reesim.agents.Mine;
import reesim.config.ModelConfig;
import reesim.model.Population;
import reesim.model.ReeModel;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records the yearly values of the series the targets need during one run: the agent-level series
 * (family demand, in-use stock, intermediates made, output by deposit) as an observer attached to
 * the model, stepped every month with the data collector; metrics from the data collector at the
 * end. Agents are only read, never changed.
 */
public final class RunObserver implements Steppable {
    /** A series for one element (index into the config's elements). */
    public record Key(Series series, int element) {}

    private final Map<Key, double[]> values = new LinkedHashMap<>();
    private final int startYear;

    public RunObserver(Collection<Key> keys, int startYear, int endYear) {
        this.startYear = startYear;
        for (Key k : keys) values.put(k, new double[endYear - startYear + 1]);
    }

    /** Runs {@code cfg} with {@code seed} to the end of {@code untilYear} and observes it. */
    public static RunObserver run(ModelConfig cfg, long seed, int untilYear, Collection<Key> keys) {
        RunObserver obs = new RunObserver(keys, cfg.time.startYear, cfg.time.endYear);
        ReeModel m = new ReeModel(seed, cfg);
        m.start();
        DataCollector.attachTo(m);
        m.attach(obs);
        m.runUntil(untilYear);
        m.finish();
        obs.readMetrics(m);
        return obs;
    }

    /** Reads this month's agent-level series (attach with {@link ReeModel#attach}). */
    @Override
    public void step(SimState state) {
        ReeModel m = (ReeModel) state;
        long ticksDone = m.tick() + 1;
        int y = (int) ((ticksDone - 1) / 12);
        int month = (int) ((ticksDone - 1) % 12) + 1;
        Population p = m.population();
        values.forEach((k, v) -> {
            Series s = k.series();
            if (s.kind() == Series.Kind.METRIC || y >= v.length || !s.reads(month)) return;
            Series.Window w = s.window();
            boolean stock = s.kind().isStock();
            double x = stock ? stock(p, s, k.element()) : tickFlow(m, p, s, k.element());
            if (w != null && w.highest()) v[y] = month == w.from() ? x : Math.max(v[y], x);
            else if (!stock) v[y] += x;
            else if (month == (w == null ? 12 : w.to())) v[y] = x;
        });
    }

    /** Fills the metric series from the data collector once the run is over. */
    public void readMetrics(ReeModel m) {
        DataCollector data = DataCollector.of(m);
        int years = data.yearsDone();
        values.forEach((k, v) -> k.series().metric().ifPresent(metric -> {
            Series.Window w = k.series().window();
            for (int y = 0; y < Math.min(years, v.length); y++)
                v[y] = w == null ? data.annual(metric, y, k.element()) : overMonths(data, metric, y, k.element(), w);
        }));
    }

    /** A metric over the window's months of a year: summed (a flow), averaged (a level), the last month's (a stock), or the highest month's. */
    static double overMonths(DataCollector data, reesim.output.Metric metric, int yearIndex, int element, Series.Window w) {
        double sum = 0, highest = Double.NaN, last = Double.NaN;
        int counted = 0;
        for (int month = w.from(); month <= w.to(); month++) {
            long t = yearIndex * 12L + month - 1;
            if (t >= data.ticksDone()) return Double.NaN;
            double x = data.monthly(t, metric, element);
            last = x;
            if (Double.isNaN(x)) continue;
            sum += x;
            counted++;
            if (Double.isNaN(highest) || x > highest) highest = x;
        }
        if (w.highest()) return highest;
        return switch (metric.kind) {
            case FLOW -> sum;
            case STOCK -> last;
            case LEVEL -> counted == 0 ? Double.NaN : sum / counted;
        };
    }

    /** The recorded value of a series in a year (0 for years not run). */
    public double value(Series s, int element, int year) {
        double[] v = values.get(new Key(s, element));
        if (v == null) throw new IllegalArgumentException("series " + s + " for element " + element + " was not observed");
        int y = year - startYear;
        return y < 0 || y >= v.length ? Double.NaN : v[y];
    }

    private static double tickFlow(ReeModel m, Population p, Series s, int e) {
        if (e == m.elementCount()) {
            double reo = 0;
            for (int i = 0; i < e; i++) reo += tickFlow(m, p, s, i);
            return reo;
        }
        double sum = 0;
        switch (s.kind()) {
            case DEMAND -> {
                for (Manufacturer mf : p.manufacturers) if (s.selects(mf.family(), mf.config().intermediate)) sum += mf.needed(e);
            }
            case PATH -> {
                for (Manufacturer mf : p.manufacturers) if (s.selects(mf.family(), mf.config().intermediate)) sum += mf.neededOnPath(e);
            }
            case EOL -> {
                for (InUseStock u : p.inUse) if (s.selects(u.family(), u.config().intermediate)) sum += u.lastEndOfLife(e);
            }
            case MADE -> {
                for (IntermediateMaker mk : p.makers.getOrDefault(s.name(), java.util.List.of())) sum += mk.madeContent(e);
            }
            case MADE_ABROAD -> sum = p.world.madeAbroad(s.name(), e);
            case INPUT -> {
                for (IntermediateMaker mk : p.makers.getOrDefault(s.name(), java.util.List.of())) sum += mk.inputUsed(e);
            }
            case MINED, MINED_REGISTERED -> {
                boolean all = s.kind() == Series.Kind.MINED;
                double share = m.markets().concentrateShares(s.name())[e];
                for (Mine mine : p.mines) if (mine.getDeposit().equals(s.name())) sum += (mine.lastRegistered() + (all ? mine.lastUnregistered() : 0)) * share;
                if (all) for (IllegalMine im : p.illegalMines) if (im.getDeposit().equals(s.name())) sum += im.lastOutput() * share;
            }
            case FOREIGN -> sum = p.world.minedThisTick(s.name(), e);
            case CUSTOMS -> {
                for (reesim.agents.Smuggler sm : p.smugglers) sum += sm.seized(e);
            }
            default -> throw new IllegalStateException("not a flow series: " + s);
        }
        return sum;
    }

    private static double stock(Population p, Series s, int e) {
        if (s.kind() == Series.Kind.STOCK) return p.producersStock(e);
        double sum = 0;
        for (InUseStock u : p.inUse) if (s.selects(u.family(), u.config().intermediate)) sum += e < u.account().elements() ? u.account().total(e) : u.account().total();
        return sum;
    }

    /** The element index of a symbol in {@code cfg}, or {@code elements.size()} for "REO". */
    public static int elementIndex(ModelConfig cfg, String symbol) {
        return "REO".equals(symbol) ? cfg.elements.size() : cfg.elements.indexOf(symbol);
    }
}
