package reesim.policy;

import reesim.agents.Manufacturer;
import reesim.config.PolicyConfig;
import reesim.kernel.Context;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * What the state's statistics count over a year: the rare earths domestic manufacturers need and
 * an estimate of the unregistered mining output. Counted every month after the markets clear, before the month's
 * ledger closes, and reported to the regulator in December for its adaptive quota rule. This is
 * the regulator's only view of the year. The estimate is either the ledger's true unregistered output
 * ({@link PolicyConfig.IllegalEstimate#LEDGER}: the state knows it) or the gap of the state's mass balance
 * ({@link PolicyConfig.IllegalEstimate#BALANCE}): what manufacturers used and registered traders and magnet makers
 * exported, less what registered mines, imports and recyclers supplied, as Yao et al. (2021) estimate unregistered
 * mining. The gap also holds what the balance cannot see (losses, changes in producers' stocks), so it errs as a
 * ministry's estimate does. The year's use can count registered exports with domestic use
 * ({@link PolicyConfig.Adaptive#countExports}), and both figures can carry a sampling error
 * ({@link PolicyConfig.Adaptive#statisticsError}): a log-normal factor of mean 1 drawn each year from the
 * statistics' own random stream.
 */
public final class StateStatistics implements Steppable {
    private final Regulator regulator;
    private final List<Manufacturer> manufacturers;
    private final PolicyConfig.IllegalEstimate estimate;
    private final boolean countExports;
    private final double error;
    private final double[] needed;
    private double consumptionThisYear, unregisteredThisYear, exportsThisYear, registeredSupplyThisYear;

    public StateStatistics(Regulator regulator, List<Manufacturer> manufacturers, int elements, PolicyConfig.Adaptive rule) {
        this.regulator = regulator;
        this.manufacturers = manufacturers;
        this.needed = new double[elements];
        this.estimate = rule.estimate();
        this.countExports = rule.countExports;
        this.error = rule.statisticsError;
    }

    @Override
    public void step(SimState state) {
        Context m = (Context) state;
        ShipmentLedger l = m.ledger();
        java.util.Arrays.fill(needed, 0);
        for (Manufacturer mf : manufacturers) for (int e = 0; e < needed.length; e++) needed[e] += mf.needed(e);
        for (int e = 0; e < needed.length; e++) {
            consumptionThisYear += needed[e];
            unregisteredThisYear += l.tickFlow(Stage.DEPOSIT, Stage.MINING, false, e);
            boolean balance = estimate == PolicyConfig.IllegalEstimate.BALANCE;
            if (!balance && !countExports) continue;   // the flows below are read only when a figure needs them
            exportsThisYear += l.tickFlow(Stage.TRADE, Stage.WORLD, true, e) + l.tickFlow(Stage.INTERMEDIATE, Stage.WORLD, true, e);
            if (!balance) continue;
            registeredSupplyThisYear += l.tickFlow(Stage.DEPOSIT, Stage.MINING, true, e);
            for (Stage s : Stage.VALUES) {
                if (s.boundary) continue;
                registeredSupplyThisYear += l.tickFlow(Stage.WORLD, s, true, e);
                if (s != Stage.RECYCLING) registeredSupplyThisYear += l.tickFlow(Stage.RECYCLING, s, true, e);
            }
        }
        if (m.calendar().month(m.tick()) == 12) {
            double use = consumptionThisYear + (countExports ? exportsThisYear : 0), illegal = illegalEstimate();
            if (error > 0) {
                use *= samplingFactor(m.streams().statistics);
                illegal *= samplingFactor(m.streams().statistics);
            }
            regulator.observeYear(m.calendar().year(m.tick()), use, illegal);
            consumptionThisYear = unregisteredThisYear = exportsThisYear = registeredSupplyThisYear = 0;
        }
    }

    /** A count's error: log-normal with mean 1 and relative standard deviation about {@code error}. */
    private double samplingFactor(ec.util.MersenneTwisterFast random) {
        double sigma = Math.sqrt(StrictMath.log(1 + error * error));
        return StrictMath.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
    }

    /** This year's use as counted so far (t): domestic manufacturers' needs, plus registered exports when they count. */
    double useThisYear() { return consumptionThisYear + (countExports ? exportsThisYear : 0); }

    /** This year's estimate of unregistered mining (t), by the configured method. */
    double illegalEstimate() {
        return switch (estimate) {
            case LEDGER -> unregisteredThisYear;
            case BALANCE -> Math.max(0, consumptionThisYear + exportsThisYear - registeredSupplyThisYear);
        };
    }
}
