package reesim.kernel;

import sim.engine.SimState;
import sim.engine.Steppable;

/** The model's last step of a month: the ledger closes the month's flow accounts, after everything has read them. */
public final class CloseOfMonth implements Steppable {
    @Override
    public void step(SimState state) { ((Context) state).ledger().endTick(); }
}
