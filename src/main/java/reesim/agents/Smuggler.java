package reesim.agents;

import reesim.config.BehaviourConfig;
import reesim.config.TradeConfig;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.market.Market;
import reesim.kernel.Context;

/**
 * Buys oxide at home and moves it abroad outside customs, free of quota and tariff, when the
 * world/home price gap pays for its costs and the risk-weighted expected loss from seizure
 * (confiscation plus fine). Each consignment faces customs: seized goods go to the state.
 * <p>
 * When a larger lot is likelier to be caught ({@code trade.seizureRiseAtCapacity} &gt; 0; Martin and
 * Panagariya 1984, detection rising with the quantity smuggled), the smuggler moves the lot at which
 * its margin equals the marginal expected loss, not its whole capacity: smuggling then grows with the
 * price gap instead of switching fully on, and the gap persists (Pitt 1981, price disparity).
 */
public class Smuggler extends Agent {
    private final TradeConfig cfg;
    private final BehaviourConfig.SmugglerBehaviour rules;
    private final Account home;
    private final Account abroad;
    private double lastSmuggled, lastSeized, lastGap;
    /** Tonnes seized by customs this tick, per element. */
    private final double[] seizedThisTick;
    private int seizures;
    /** Per element: the full lot (its capacity's share) of the month the goods at home were bought, t. */
    private final double[] fullLot;

    public Smuggler(String id, TradeConfig cfg, int elements, BehaviourConfig.SmugglerBehaviour rules) {
        super(id);
        this.cfg = cfg;
        this.rules = rules;
        home = new Account(this, Stage.TRADE, "oxide to smuggle", elements);
        abroad = new Account(this, Stage.WORLD, "smuggled oxide", elements);
        seizedThisTick = new double[elements];
        fullLot = new double[elements];
    }

    @Override
    protected void act(Context m) {
        cross(m);
        int n = home.elements();
        double pSeize = m.instruments().customsSeizureProbability();
        lastGap = 0;
        for (int e = 0; e < n; e++) {
            Market dom = m.markets().oxide(e, false);
            Market world = m.markets().oxide(e, true);
            m.pricing().ask(world, this, abroad, abroad.registered(e), true, world.price(), rules.askPressure, m.marketRules().sellerFloor(e, true));
            double gap = world.price() - cfg.transportCost - cfg.smugglingCost - dom.price();
            double expectedLoss = cfg.smugglerRiskAversion * pSeize * (dom.price() + m.instruments().fineSmuggling());
            lastGap = Math.max(lastGap, gap - expectedLoss);
            fullLot[e] = cfg.smugglerCapacity / 12 * m.markets().worldDemandShare(e);
            if (gap > expectedLoss) {
                double qty = lot(gap, expectedLoss, fullLot[e]);
                double maxPrice = world.price() - cfg.transportCost - cfg.smugglingCost - expectedLoss * riskRise(qty, fullLot[e]);
                m.pricing().bid(dom, this, home, qty, dom.price(), rules.bidUrgency, maxPrice);
            }
        }
    }

    /**
     * The lot to buy, t: the whole capacity share when the seizure risk does not grow with the lot; otherwise
     * where the margin {@code gap} equals the marginal expected loss, {@code smallLotLoss} x (1 + 2 k q / full).
     */
    private double lot(double gap, double smallLotLoss, double full) {
        double k = cfg.seizureRiseAtCapacity;
        if (k <= 0) return full;
        return Math.min(full, full * (gap / smallLotLoss - 1) / (2 * k));
    }

    /** How much likelier a lot of q t is to be seized than a small one: 1 + k q / full lot. */
    private double riskRise(double q, double full) {
        return cfg.seizureRiseAtCapacity <= 0 || full <= 0 ? 1 : 1 + cfg.seizureRiseAtCapacity * q / full;
    }

    private void cross(Context m) {
        lastSmuggled = lastSeized = 0;
        java.util.Arrays.fill(seizedThisTick, 0);
        double pSeize = m.instruments().customsSeizureProbability();
        for (int e = 0; e < home.elements(); e++) {
            // whatever its origin, it leaves without papers
            m.ledger().reclassify(home, e, home.registered(e), false);
            double q = home.grey(e);
            if (q <= 1e-12) continue;
            if (m.streams().customs.nextDouble() < Math.min(1, pSeize * riskRise(q, fullLot[e]))) {
                m.ledger().move(home, Stage.TRADE, m.stateAccount(), Stage.STATE, e, q, false);
                double fine = q * 1000 * m.instruments().fineSmuggling();
                pay(-fine);
                m.treasury().collectRevenue(fine);
                lastSeized += q;
                seizedThisTick[e] = q;
                seizures++;
            } else {
                // abroad the goods are sold openly: the ledger books them into the registered pool there
                m.ledger().move(home, Stage.TRADE, abroad, Stage.WORLD, e, q, false);
                lastSmuggled += q;
            }
        }
    }

    public double getLastSmuggled() { return lastSmuggled; }
    public double getLastSeized() { return lastSeized; }
    /** Tonnes of element e customs seized from this smuggler this tick. */
    public double seized(int e) { return seizedThisTick[e]; }
    public double getExpectedGap() { return lastGap; }
    public int getSeizures() { return seizures; }
    public double getStockAtHome() { return home.total(); }
}
