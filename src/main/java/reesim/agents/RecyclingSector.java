package reesim.agents;

import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.kernel.Context;

import java.io.Serializable;
import java.util.List;

/** Routes end-of-life streams and production scrap to the recyclers with room; the rest is landfilled. */
public final class RecyclingSector implements Serializable {
    private final List<Recycler> recyclers;
    private final double scrapCollection;
    private int next;

    public RecyclingSector(List<Recycler> recyclers, double scrapCollection) {
        this.recyclers = recyclers;
        this.scrapCollection = scrapCollection;
    }

    public void collectEndOfLife(Context m, InUseStock from, double[] eol) {
        int n = recyclers.size();
        for (int i = 0; i < n; i++) recyclers.get((next + i) % n).collect(m, from, eol);
        if (n > 0) next = (next + 1) % n;
    }

    public void takeScrap(Context m, Account from, int e, double q) {
        if (q <= 0) return;
        double collected = recyclers.isEmpty() ? 0 : q * scrapCollection;
        if (collected > 0) {
            recyclers.get(next % recyclers.size()).takeScrap(m, from, e, collected);
            next = (next + 1) % recyclers.size();
        }
        m.ledger().move(from, from.stage(), null, Stage.LANDFILL, e, q - collected, true);
    }

    public List<Recycler> recyclers() { return recyclers; }
}
