package reesim.agents;

import reesim.market.Market;
import reesim.market.Trader;
import sim.engine.SimState;
import sim.engine.Steppable;
import reesim.kernel.Context;

/** Common ground of all agents: an id, cash, and a typed step. Bean getters show in MASON inspectors. */
public abstract class Agent implements Steppable, Trader {
    private final String id;
    protected double cash;

    protected Agent(String id) { this.id = id; }

    public String getId() { return id; }
    public double getCash() { return cash; }

    @Override
    public final void step(SimState state) { act((Context) state); }

    protected abstract void act(Context m);

    @Override
    public void onFill(Market market, boolean bought, double quantity, double price, boolean registered) {
        double value = quantity * 1000 * price;
        cash += bought ? -value : value;
    }

    /** Receives a payment (positive) or pays (negative), USD. */
    public void pay(double usd) { cash += usd; }

    @Override
    public String toString() { return id; }
}
