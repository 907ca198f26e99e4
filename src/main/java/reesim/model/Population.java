package reesim.model;

import reesim.agents.ExportTrader;
import reesim.agents.Stockholder;
import reesim.agents.IllegalMine;
import reesim.agents.InUseStock;
import reesim.agents.IntermediateMaker;
import reesim.agents.Manufacturer;
import reesim.agents.Mine;
import reesim.agents.Recycler;
import reesim.agents.RecyclingSector;
import reesim.agents.RestOfWorld;
import reesim.agents.Smelter;
import reesim.agents.Smuggler;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.market.Markets;
import reesim.policy.Inspectorate;
import reesim.policy.Regulator;
import reesim.policy.StateStatistics;
import reesim.policy.StateStockpile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a model run is made of, as built by {@link ModelBuilder}. */
public final class Population implements Serializable {
    public Markets markets;
    public Regulator regulator;
    public Inspectorate inspectorate;
    public StateStatistics statistics;
    public StateStockpile stockpile;
    /** The regional storage centres for surplus elements (trade only when policy.storageCentres.enabled). */
    public StateStockpile storageCentres;
    public RestOfWorld world;
    /** Foreign inventory holders; null unless world.stockholder.enabled. */
    public Stockholder stockholder;
    /** Inventory holders in China; null unless trade.stockholder.enabled. */
    public Stockholder domesticStockholder;
    /** The separation plants outside China; null unless world.separation.enabled. */
    public reesim.agents.ForeignSeparator separator;
    public RecyclingSector recycling;
    public final List<Mine> mines = new ArrayList<>();
    public final List<IllegalMine> illegalMines = new ArrayList<>();
    public final List<Smelter> smelters = new ArrayList<>();
    public final Map<String, List<IntermediateMaker>> makers = new LinkedHashMap<>();
    public final List<Manufacturer> manufacturers = new ArrayList<>();
    public final List<InUseStock> inUse = new ArrayList<>();
    public final List<Recycler> recyclers = new ArrayList<>();
    public final List<ExportTrader> traders = new ArrayList<>();
    public final List<Smuggler> smugglers = new ArrayList<>();
    /** Every account inside China, for stage stocks and conservation checks. */
    public final List<Account> accounts = new ArrayList<>();

    /**
     * Whether an account holds producers' unsold stock (the {@code stockpile} metric, less the state's): the mines' and
     * illegal sites' ore, the separation plants' stores, and the recyclers' oxide.
     */
    public static boolean producersStock(Account a) {
        Stage s = a.stage();
        return s == Stage.MINING || s == Stage.SMELTING || (s == Stage.RECYCLING && "oxide".equals(a.form()));
    }

    /**
     * Producers' unsold stock of element {@code e} at this moment of the run, t (the accounts {@link #producersStock}
     * selects); of all elements (REO) for {@code e} at or beyond the element count.
     */
    public double producersStock(int e) {
        double sum = 0;
        for (Account a : accounts) if (producersStock(a)) sum += e < a.elements() ? a.total(e) : a.total();
        return sum;
    }

    public List<IntermediateMaker> allMakers() {
        List<IntermediateMaker> l = new ArrayList<>();
        makers.values().forEach(l::addAll);
        return l;
    }

    public int agentCount() {
        return mines.size() + illegalMines.size() + smelters.size() + allMakers().size() + manufacturers.size()
                + inUse.size() + recyclers.size() + traders.size() + smugglers.size() + 1 /* world */ + 1 /* regulator */
                + (stockholder == null ? 0 : 1) + (domesticStockholder == null ? 0 : 1) + (separator == null ? 0 : 1);
    }
}
