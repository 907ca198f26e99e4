package reesim.policy;

import ec.util.MersenneTwisterFast;
import reesim.agents.IllegalMine;
import reesim.agents.Mine;
import reesim.agents.Smelter;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.model.ReeModel;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Mine and plant inspections each month, with the effort the regulator set. A caught operation
 * loses its unregistered stock to the state, pays the fine, and is shut (legal mines and smelters
 * for a while; illegal sites until their operators try again).
 */
public class Inspectorate implements Steppable {
    private double seizedThisTick;
    private int detectionsThisYear;
    private int detectionsThisTick;

    @Override
    public void step(SimState state) {
        ReeModel m = (ReeModel) state;
        Regulator r = m.policy();
        MersenneTwisterFast rng = m.streams().inspection;
        long t = m.schedule.getSteps();
        if (m.calendar().isJanuary(t)) detectionsThisYear = 0;
        seizedThisTick = 0;
        int before = detectionsThisYear;
        long reopen = t + r.shutdownMonths();
        for (Mine mine : m.mines()) {
            if (!mine.operatesIllegally()) continue;
            double activity = Math.max(mine.unregisteredActivity(), 0.1);
            if (rng.nextDouble() < r.detectionProbability(mine.depositConfig().detectability, activity, 0)) {
                double fine = r.fineMine() * 1000 * (mine.lastUnregistered() + mine.concentrateAccount().poolTotal(false));
                seize(m, mine.concentrateAccount());
                mine.penalise(m, fine, reopen);
                r.collectRevenue(fine);
                detectionsThisYear++;
            }
        }
        for (IllegalMine site : m.illegalMines()) {
            if (!site.isActive()) continue;
            if (rng.nextDouble() < r.detectionProbability(site.depositConfig().detectability, 1, site.protection())) {
                double fine = r.fineMine() * 1000 * (site.lastOutput() + site.concentrateAccount().poolTotal(false));
                seize(m, site.concentrateAccount());
                site.shutDown(m, fine, t + m.config().illegalMining.cooldownMonths);
                r.collectRevenue(fine);
                detectionsThisYear++;
            }
        }
        for (Smelter s : m.smelters()) {
            if (!s.operatesIllegally()) continue;
            double activity = Math.max(s.greyActivity(), 0.1);
            if (rng.nextDouble() < r.detectionProbability(r.smelterDetectability(), activity, 0)) {
                double greyKg = 1000 * (s.oxideAccount().poolTotal(false) + s.concentrateAccount().poolTotal(false));
                seize(m, s.oxideAccount());
                seize(m, s.concentrateAccount());
                double fine = r.fineMine() * greyKg;
                s.penalise(fine, reopen);
                r.collectRevenue(fine);
                detectionsThisYear++;
            }
        }
        detectionsThisTick = detectionsThisYear - before;
    }

    private void seize(ReeModel m, Account a) {
        for (int e = 0; e < a.grey.length; e++) {
            double q = a.grey[e];
            if (q <= 0) continue;
            m.ledger().move(a, a.stage(), m.stateAccount(), Stage.STATE, e, q, false);
            seizedThisTick += q;
        }
    }

    public double seizedThisTick() { return seizedThisTick; }
    public int detectionsThisYear() { return detectionsThisYear; }
    public int detectionsThisTick() { return detectionsThisTick; }
}
