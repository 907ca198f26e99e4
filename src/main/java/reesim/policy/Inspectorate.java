package reesim.policy;

import ec.util.MersenneTwisterFast;
import reesim.agents.IllegalMine;
import reesim.agents.Mine;
import reesim.agents.Smelter;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.kernel.Context;
import reesim.kernel.EnvironmentalStandard;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * Mine and plant inspections each month, with the effort the regulator set. A caught operation
 * loses its unregistered stock to the state, pays the fine, and is shut (legal mines and smelters
 * for a while; illegal sites until their operators try again).
 */
public class Inspectorate implements Steppable {
    private final Regulator regulator;
    private final List<Mine> mines;
    private final List<IllegalMine> sites;
    private final List<Smelter> smelters;
    /** Months a detected illegal site stays closed before its operators may try again. */
    private final int siteCooldownMonths;
    /** Least activity inspectors see in a legal operation that holds unregistered stock. */
    private final double minActivity;
    private int detectionsThisTick;
    private int closuresThisTick;

    public Inspectorate(Regulator regulator, List<Mine> mines, List<IllegalMine> sites, List<Smelter> smelters, int siteCooldownMonths,
                       double minActivity) {
        this.regulator = regulator;
        this.mines = mines;
        this.sites = sites;
        this.smelters = smelters;
        this.siteCooldownMonths = siteCooldownMonths;
        this.minActivity = minActivity;
    }

    @Override
    public void step(SimState state) {
        Context m = (Context) state;
        Regulator r = regulator;
        MersenneTwisterFast rng = m.streams().inspection;
        long t = m.tick();
        int detections = 0;
        long reopen = t + r.shutdownMonths();
        for (Mine mine : mines) {
            if (!mine.operatesIllegally()) continue;
            double activity = Math.max(mine.unregisteredActivity(), minActivity);
            if (rng.nextDouble() < r.detectionProbability(mine.depositConfig().detectability, activity, 0)) {
                double fine = r.fineMine() * 1000 * (mine.lastUnregistered() + mine.concentrateAccount().poolTotal(false));
                seize(m, mine.concentrateAccount());
                mine.penalise(m, fine, reopen);
                r.collectRevenue(fine);
                detections++;
            }
        }
        for (IllegalMine site : sites) {
            if (!site.isActive()) continue;
            if (rng.nextDouble() < r.detectionProbability(site.depositConfig().detectability, 1, site.protection())) {
                double fine = r.fineMine() * 1000 * (site.lastOutput() + site.concentrateAccount().poolTotal(false));
                seize(m, site.concentrateAccount());
                site.shutDown(m, fine, t + siteCooldownMonths);
                r.collectRevenue(fine);
                detections++;
            }
        }
        for (Smelter s : smelters) {
            if (!s.operatesIllegally()) continue;
            double activity = Math.max(s.greyActivity(), minActivity);
            if (rng.nextDouble() < r.detectionProbability(r.smelterDetectability(), activity, 0)) {
                double greyKg = 1000 * (s.oxideAccount().poolTotal(false) + s.concentrateAccount().poolTotal(false));
                seize(m, s.oxideAccount());
                seize(m, s.concentrateAccount());
                double fine = r.fineMine() * greyKg;
                s.penalise(fine, reopen);
                r.collectRevenue(fine);
                detections++;
            }
        }
        detectionsThisTick = detections;
        closuresThisTick = environmentalInspections(m);
    }

    /** Closes, for rectification, the open legal mines below an environmental standard in force that inspectors find. */
    private int environmentalInspections(Context m) {
        MersenneTwisterFast rng = m.streams().environment;
        int closures = 0;
        for (Mine mine : mines) {
            EnvironmentalStandard std = regulator.environmentalStandard(mine.depositConfig());
            if (std == null || mine.isCompliant() || !mine.isOpen(m)) continue;
            if (rng.nextDouble() < std.closureProbability()) {
                mine.closeForRectification(m.tick() + std.closureMonths());
                closures++;
            }
        }
        return closures;
    }

    private void seize(Context m, Account a) {
        for (int e = 0; e < a.elements(); e++) {
            double q = a.grey(e);
            if (q <= 0) continue;
            m.ledger().move(a, a.stage(), m.stateAccount(), Stage.STATE, e, q, false);
        }
    }

    public int detectionsThisTick() { return detectionsThisTick; }

    /** Legal mines closed this month for falling below an environmental standard. */
    public int environmentalClosuresThisTick() { return closuresThisTick; }
}
