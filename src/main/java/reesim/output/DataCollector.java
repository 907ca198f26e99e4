package reesim.output;

import reesim.agents.IllegalMine;
import reesim.agents.IntermediateMaker;
import reesim.agents.InUseStock;
import reesim.agents.Manufacturer;
import reesim.agents.Recycler;
import reesim.agents.Smelter;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import reesim.model.Population;
import reesim.model.ReeModel;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * Observes the model at the end of every tick: reads the ledger's flows and the agents' state,
 * stores the monthly values of every metric, and sums the ledger into yearly flow accounts and
 * yearly stage stocks (for flows.csv and the conservation check). It only reads: a run with or
 * without it is the same run. Agents never write data.
 */
public final class DataCollector implements Steppable {
    private static final int S = Stage.VALUES.length;
    private final int n;
    private final int years;
    private final int startYear;
    /** [tick][metric][element, then REO at index n] */
    private final double[][][] monthly;
    /** [year][src][dst][reg][element] */
    private final double[][][][][] flows;
    /** [year + 1][stage][element]; index 0 is the stock before the first tick. */
    private final double[][][] stageStock;
    private long ticksDone;
    /** This tick's sums over agents, per element (see {@link #sumOverAgents}). */
    private final double[] smeltedByElement, demandByElement, inUseByElement, recycledByElement, producersByElement, shortByElement;
    /** The accounts whose stock counts as producers' stockpile, picked once from the population's accounts. */
    private final List<Account> producerAccounts = new ArrayList<>();
    private int accountsSeen = -1;

    /** Attaches a new collector to a started model, before its first step. */
    public static DataCollector attachTo(ReeModel m) { return m.attach(new DataCollector(m)); }

    /** The collector attached to a model (also after a checkpoint is read), or null. */
    public static DataCollector of(ReeModel m) { return m.observer(DataCollector.class); }

    private DataCollector(ReeModel m) {
        this.n = m.elementCount();
        this.startYear = m.config().time.startYear;
        this.years = m.config().time.endYear - startYear + 1;
        this.monthly = new double[years * 12][Metric.VALUES.length][n + 1];
        this.flows = new double[years][S][S][2][n];
        this.stageStock = new double[years + 1][S][n];
        this.smeltedByElement = new double[n];
        this.demandByElement = new double[n];
        this.inUseByElement = new double[n];
        this.recycledByElement = new double[n];
        this.producersByElement = new double[n];
        this.shortByElement = new double[n];
        stageStocks(m.population(), stageStock[0]);
    }

    @Override
    public void step(SimState state) {
        ReeModel m = (ReeModel) state;
        long t = m.schedule.getSteps();
        int y = (int) (t / 12);
        ShipmentLedger l = m.ledger();
        double[][][][] tick = l.tickFlows();
        for (int s = 0; s < S; s++) for (int d = 0; d < S; d++) for (int r = 0; r < 2; r++) {
            double[] src = tick[s][d][r], dst = flows[y][s][d][r];
            for (int e = 0; e < n; e++) dst[e] += src[e];
        }
        record(m, t, monthly[(int) t]);
        if (m.calendar().month(t) == 12) stageStocks(m.population(), stageStock[y + 1]);
        ticksDone = t + 1;
    }

    private void record(ReeModel m, long t, double[][] v) {
        ShipmentLedger l = m.ledger();
        Population p = m.population();
        sumOverAgents(p);
        for (int e = 0; e < n; e++) {
            v[Metric.PRICE_DOMESTIC.ordinal()][e] = m.markets().oxide(e, false).price();
            v[Metric.PRICE_WORLD.ordinal()][e] = m.markets().oxide(e, true).price();
            v[Metric.EXPORT_TARIFF.ordinal()][e] = m.policy().exportTariff(e);
            v[Metric.MINED_REGISTERED.ordinal()][e] = l.tickFlow(Stage.DEPOSIT, Stage.MINING, true, e);
            v[Metric.MINED_UNREGISTERED.ordinal()][e] = l.tickFlow(Stage.DEPOSIT, Stage.MINING, false, e);
            v[Metric.MINED_FOREIGN.ordinal()][e] = l.tickFlow(Stage.DEPOSIT, Stage.WORLD, true, e);
            v[Metric.EXPORTS_REGISTERED.ordinal()][e] = l.tickFlow(Stage.TRADE, Stage.WORLD, true, e);
            v[Metric.EXPORTS_SMUGGLED.ordinal()][e] = l.tickFlow(Stage.TRADE, Stage.WORLD, false, e);
            v[Metric.EXPORTS_INTERMEDIATE.ordinal()][e] = l.tickFlow(Stage.INTERMEDIATE, Stage.WORLD, true, e);
            v[Metric.EXPORTS_FINAL.ordinal()][e] = l.tickFlow(Stage.MANUFACTURING, Stage.WORLD, true, e);
            double seized = 0, imports = 0;
            for (Stage s : Stage.VALUES) {
                if (s != Stage.STATE) seized += l.tickFlow(s, Stage.STATE, false, e);
                if (!s.boundary) imports += l.tickFlow(Stage.WORLD, s, true, e) + l.tickFlow(Stage.WORLD, s, false, e);
            }
            v[Metric.SEIZED.ordinal()][e] = seized;
            v[Metric.IMPORTS.ordinal()][e] = imports;
            v[Metric.CONSUMPTION_FOREIGN.ordinal()][e] = p.world.consumedThisTick(e);
            v[Metric.END_OF_LIFE.ordinal()][e] = l.tickFlow(Stage.IN_USE, Stage.RECYCLING, true, e) + l.tickFlow(Stage.IN_USE, Stage.LANDFILL, true, e);
            double demand = demandByElement[e];
            v[Metric.SMELTED.ordinal()][e] = smeltedByElement[e];
            v[Metric.DEMAND.ordinal()][e] = demand;
            v[Metric.SHORTAGE.ordinal()][e] = shortByElement[e];
            v[Metric.IN_USE_STOCK.ordinal()][e] = inUseByElement[e];
            v[Metric.RECYCLED.ordinal()][e] = recycledByElement[e];
            double state = p.stockpile.stock(e) + p.storageCentres.stock(e);
            v[Metric.STOCKPILE_STATE.ordinal()][e] = state;
            v[Metric.STOCKPILE.ordinal()][e] = producersByElement[e] + state;
        }
        for (Metric metric : Metric.VALUES) {
            if (metric.rows == Metric.Rows.REO) continue;
            double sum = 0;
            for (int e = 0; e < n; e++) sum += v[metric.ordinal()][e];
            v[metric.ordinal()][n] = sum;
        }
        int active = 0;
        for (IllegalMine im : p.illegalMines) if (im.isActive()) active++;
        v[Metric.ILLEGAL_MINES_ACTIVE.ordinal()][n] = active;
        double china = v[Metric.MINED_REGISTERED.ordinal()][n] + v[Metric.MINED_UNREGISTERED.ordinal()][n];
        double world = china + v[Metric.MINED_FOREIGN.ordinal()][n];
        v[Metric.CHINA_MINING_SHARE.ordinal()][n] = world > 0 ? china / world : Double.NaN;
        v[Metric.MINING_QUOTA.ordinal()][n] = finiteOrNaN(m.policy().miningQuota());
        v[Metric.EXPORT_QUOTA.ordinal()][n] = finiteOrNaN(m.policy().exportQuota());
        v[Metric.EXPORT_LICENCE_PRICE.ordinal()][n] = m.policy().licencePrice();
        v[Metric.ENFORCEMENT_MINES.ordinal()][n] = m.policy().mineEffort();
        v[Metric.ENFORCEMENT_CUSTOMS.ordinal()][n] = m.policy().customsEffort();
        v[Metric.DETECTIONS.ordinal()][n] = p.inspectorate.detectionsThisTick();
        v[Metric.STATE_BALANCE.ordinal()][n] = (m.policy().revenue() - m.policy().spending() + p.stockpile.cash() + p.storageCentres.cash()) / 1e6;
    }

    /*
     * Sums over the agents, each agent visited once for all elements. Every per-element sum adds the
     * same terms in the same (agent list) order as a loop over agents per element would.
     */
    private void sumOverAgents(Population p) {
        java.util.Arrays.fill(smeltedByElement, 0);
        java.util.Arrays.fill(demandByElement, 0);
        java.util.Arrays.fill(inUseByElement, 0);
        java.util.Arrays.fill(recycledByElement, 0);
        java.util.Arrays.fill(producersByElement, 0);
        java.util.Arrays.fill(shortByElement, 0);
        for (IntermediateMaker mk : p.allMakers()) for (int e = 0; e < n; e++) shortByElement[e] += mk.shortThisTick(e);
        for (Smelter s : p.smelters) for (int e = 0; e < n; e++) smeltedByElement[e] += s.producedThisTick(e);
        for (Manufacturer mf : p.manufacturers) for (int e = 0; e < n; e++) demandByElement[e] += mf.needed(e);
        for (InUseStock u : p.inUse) {
            Account a = u.account();
            for (int e = 0; e < n; e++) inUseByElement[e] += a.total(e);
        }
        for (Recycler r : p.recyclers) for (int e = 0; e < n; e++) recycledByElement[e] += r.recoveredThisTick(e);
        if (accountsSeen != p.accounts.size()) {
            producerAccounts.clear();
            for (Account a : p.accounts) if (Population.producersStock(a)) producerAccounts.add(a);
            accountsSeen = p.accounts.size();
        }
        for (Account a : producerAccounts) for (int e = 0; e < n; e++) producersByElement[e] += a.total(e);
    }

    private static double finiteOrNaN(double x) { return Double.isFinite(x) ? x : Double.NaN; }

    private void stageStocks(Population p, double[][] out) {
        for (double[] row : out) java.util.Arrays.fill(row, 0);
        for (Account a : p.accounts) {
            double[] row = out[a.stage().ordinal()];
            for (int e = 0; e < n; e++) row[e] += a.total(e);
        }
    }

    /** The yearly value of a metric, aggregated by its kind; element index n is the REO row. */
    public double annual(Metric metric, int yearIndex, int element) {
        int from = yearIndex * 12, to = (int) Math.min(ticksDone, from + 12L);
        if (to <= from) return Double.NaN;
        return switch (metric.kind) {
            case FLOW -> { double s = 0; for (int t = from; t < to; t++) s += monthly[t][metric.ordinal()][element]; yield s; }
            case STOCK -> monthly[to - 1][metric.ordinal()][element];
            case LEVEL -> { double s = 0; int k = 0; for (int t = from; t < to; t++) { double x = monthly[t][metric.ordinal()][element]; if (!Double.isNaN(x)) { s += x; k++; } } yield k == 0 ? Double.NaN : s / k; }
        };
    }

    public double monthly(long tick, Metric metric, int element) { return monthly[(int) tick][metric.ordinal()][element]; }
    public double flow(int yearIndex, Stage src, Stage dst, boolean registered, int element) { return flows[yearIndex][src.ordinal()][dst.ordinal()][registered ? 1 : 0][element]; }
    public double stageStock(int yearEndIndex, Stage s, int element) { return stageStock[yearEndIndex][s.ordinal()][element]; }
    public long ticksDone() { return ticksDone; }
    public int yearsDone() { return (int) (ticksDone / 12); }
    public int startYear() { return startYear; }
    public int elements() { return n; }
}
