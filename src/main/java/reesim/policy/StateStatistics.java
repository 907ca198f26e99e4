package reesim.policy;

import reesim.agents.Manufacturer;
import reesim.kernel.Context;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * What the state's statistics count over a year: the rare earths domestic manufacturers need and
 * the unregistered mining output. Counted every month after the markets clear, before the month's
 * ledger closes, and reported to the regulator in December for its adaptive quota rule. This is
 * the regulator's only view of the year; it counts the true unregistered output (assumption: the
 * state knows it; an estimate from inspections and seizures would replace it here).
 */
public final class StateStatistics implements Steppable {
    private final Regulator regulator;
    private final List<Manufacturer> manufacturers;
    private final double[] needed;
    private double consumptionThisYear, unregisteredThisYear;

    public StateStatistics(Regulator regulator, List<Manufacturer> manufacturers, int elements) {
        this.regulator = regulator;
        this.manufacturers = manufacturers;
        this.needed = new double[elements];
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
        }
        if (m.calendar().month(m.tick()) == 12) {
            regulator.observeYear(consumptionThisYear, unregisteredThisYear);
            consumptionThisYear = unregisteredThisYear = 0;
        }
    }
}
