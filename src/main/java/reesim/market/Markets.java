package reesim.market;

import ec.util.MersenneTwisterFast;
import reesim.ledger.ShipmentLedger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All markets of the model: per deposit type a registered and a grey concentrate market (China);
 * per element a domestic and a world oxide market. Stepped once per tick after every agent has
 * posted its orders (see {@link #clearAll}).
 */
public final class Markets implements java.io.Serializable {
    private final Map<String, Market> concentrateReg = new LinkedHashMap<>();
    private final Map<String, Market> concentrateGrey = new LinkedHashMap<>();
    private final Map<String, double[]> shares = new LinkedHashMap<>();
    private final List<String> deposits = new ArrayList<>();
    private final Market[] domestic;
    private final Market[] world;
    /** Sum of the world oxide markets' last demand, t: kept per clearing, read by every trader and smuggler. */
    private double worldDemandTotal;

    public Markets(List<String> elements, double[] domesticPrices, double[] worldPrices, Map<String, double[]> depositShares) {
        int n = elements.size();
        domestic = new Market[n];
        world = new Market[n];
        for (int e = 0; e < n; e++) {
            domestic[e] = new Market(elements.get(e) + " oxide (China)", new Good.Oxide(e), false, domesticPrices[e]);
            world[e] = new Market(elements.get(e) + " oxide (world)", new Good.Oxide(e), true, worldPrices[e]);
        }
        depositShares.forEach((d, s) -> {
            deposits.add(d);
            shares.put(d, s);
            double value = 0;
            for (int e = 0; e < n; e++) value += s[e] * domesticPrices[e];
            // a starting concentrate price: half the separated value, the rest pays separation and margins
            concentrateReg.put(d, new Market(d + " concentrate", new Good.Concentrate(d, s), false, 0.5 * value));
            concentrateGrey.put(d, new Market(d + " concentrate (grey)", new Good.Concentrate(d, s), false, 0.4 * value));
        });
    }

    /**
     * Clears every market once, concentrate first, then domestic oxide, then world oxide; each
     * January first starts the markets' new year.
     */
    public void clearAll(ShipmentLedger ledger, MersenneTwisterFast r, boolean newYear) {
        if (newYear) for (Market mk : all()) mk.resetYear();
        for (Market mk : concentrateReg.values()) mk.clear(ledger, r);
        for (Market mk : concentrateGrey.values()) mk.clear(ledger, r);
        for (Market mk : domestic) mk.clear(ledger, r);
        for (Market mk : world) mk.clear(ledger, r);
        double total = 0;
        for (Market w : world) total += w.lastDemand();
        worldDemandTotal = total;
    }

    public Market concentrate(String deposit, boolean registered) {
        return (registered ? concentrateReg : concentrateGrey).get(deposit);
    }

    public double[] concentrateShares(String deposit) { return shares.get(deposit); }
    public List<String> depositNames() { return deposits; }
    public Market oxide(int e, boolean world) { return world ? this.world[e] : domestic[e]; }

    /**
     * Element e's share of last month's world oxide demand in tonnes (equal shares before any trade):
     * how traders and smugglers spread their capacity, so a small market (Tb, Eu) is never offered
     * a large market's tonnage.
     */
    public double worldDemandShare(int e) {
        return worldDemandTotal > 0 ? world[e].lastDemand() / worldDemandTotal : 1.0 / world.length;
    }

    public List<Market> all() {
        List<Market> l = new ArrayList<>(concentrateReg.values());
        l.addAll(concentrateGrey.values());
        l.addAll(List.of(domestic));
        l.addAll(List.of(world));
        return l;
    }
}
