package reesim.kernel;

import reesim.market.Markets;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Clears all markets once a month, after every agent has posted its orders. */
public final class MarketClearing implements Steppable {
    private final Markets markets;

    public MarketClearing(Markets markets) { this.markets = markets; }

    @Override
    public void step(SimState state) {
        Context m = (Context) state;
        markets.clearAll(m.ledger(), m.streams().market, m.calendar().isJanuary(m.tick()));
    }
}
