package reesim.demand;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import reesim.config.MacroConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits VS, alpha and beta of one durable family so that its stock-driven Nd demand
 * (units x adoption x content) meets the seed_facts 2017 demand and 2050 forecast, and softly the
 * 2000-2017 growth rate, the seed 002 in-use stock in 2017 where stated and a cap on saturation. Least squares over scaled
 * residuals (log ratios for levels, differences for the growth rate) with Commons Math's
 * Levenberg-Marquardt on (ln VS, ln -alpha, ln -1000 beta), which keeps the signs; several starts,
 * the best kept.
 */
public final class GompertzFit {
    /** Residual scales: 1 % on the two demand targets, 2 points/yr on a noted growth rate, 4 on a group's, 25 % on in-use stocks. */
    static final double DEMAND_SCALE = 0.01, GROWTH_SCALE = 0.02, GROUP_GROWTH_SCALE = 0.04, STOCK_SCALE = 0.25;
    /** Saturation above this many units per capita is penalised (10 % scale): no durable saturates higher. */
    static final double MAX_SATURATION = 5, SATURATION_SCALE = 0.1;
    static final int FROM = 2000, NOW = 2017, TO = 2050;
    private static final double[] ALPHA_STARTS = {1, 3, 10, 30, 100};
    private static final double[] BETA_STARTS = {0.05, 0.1, 0.2, 0.4, 0.8};

    /** A family to fit: its targets, content per unit, lifetime. */
    public record Family(DurableTarget target, KeyContent content, double lifetimeYears, double lifetimeShape) {}

    /** Fitted parameters and what they give, in t Nd (stocks: in use in China). */
    public record Result(Family family, double saturationPerCapita, double alpha, double beta, double demand2000,
                         double demand2017, double demand2050, double stock2017, double cost) {
        public double growth() { return StrictMath.pow(demand2017 / demand2000, 1.0 / (NOW - FROM)) - 1; }
    }

    private final MacroConfig.Series macro;

    public GompertzFit(MacroConfig.Series macro) { this.macro = macro; }

    public Result fit(Family f) {
        Result best = null;
        for (double a : ALPHA_STARTS) {
            for (double b : BETA_STARTS) {
                Result r = fitFrom(f, a, b);
                if (r != null && (best == null || r.cost < best.cost)) best = r;
            }
        }
        if (best == null) throw new IllegalStateException("no Gompertz fit converged for " + f.target().family());
        return best;
    }

    /** What the parameters give, with the least-squares cost of the fit. */
    public Result evaluate(Family f, double vs, double alpha, double beta) {
        StockGompertzPath p = new StockGompertzPath(new GompertzOwnership(vs, alpha, beta), macro, f.lifetimeYears(), f.lifetimeShape(), FROM, TO);
        KeyContent k = f.content();
        Result r = new Result(f, vs, alpha, beta, k.tonnes(p.units(FROM)), k.tonnes(p.units(NOW)), k.tonnes(p.units(TO)),
                k.inUseTonnes(p.stock(NOW)), 0);
        double cost = 0;
        for (double e : residuals(r)) cost += e * e;
        return new Result(f, vs, alpha, beta, r.demand2000, r.demand2017, r.demand2050, r.stock2017, cost);
    }

    static double[] residuals(Result r) {
        DurableTarget t = r.family().target();
        List<Double> e = new ArrayList<>();
        e.add(logRatio(r.demand2017, t.demand2017()) / DEMAND_SCALE);
        e.add(logRatio(r.demand2050, t.demand2050()) / DEMAND_SCALE);
        e.add((r.growth() - t.growth2000to2017()) / (t.growthFromNote() ? GROWTH_SCALE : GROUP_GROWTH_SCALE));
        if (t.stock2017() != null) e.add(logRatio(r.stock2017, t.stock2017()) / STOCK_SCALE);
        e.add(Math.max(0, StrictMath.log(r.saturationPerCapita / MAX_SATURATION)) / SATURATION_SCALE);
        return e.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double logRatio(double fitted, double target) { return StrictMath.log(Math.max(fitted, 1e-12) / target); }

    private Result fitFrom(Family f, double minusAlpha, double minusBeta1000) {
        Result unit = evaluate(f, 1, -minusAlpha, -minusBeta1000 / 1000);
        if (!(unit.demand2017 > 0)) return null;
        double[] start = {StrictMath.log(f.target().demand2017() / unit.demand2017), StrictMath.log(minusAlpha), StrictMath.log(minusBeta1000)};
        MultivariateJacobianFunction model = point -> valueAndJacobian(f, point.toArray());
        int m = residuals(unit).length;
        try {
            LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .start(start).model(model).target(new double[m]).maxEvaluations(5000).maxIterations(2000).build());
            double[] th = o.getPoint().toArray();
            Result r = evaluate(f, StrictMath.exp(th[0]), -StrictMath.exp(th[1]), -StrictMath.exp(th[2]) / 1000);
            return Double.isFinite(r.cost) && r.beta < 0 && r.alpha < 0 && r.saturationPerCapita > 0 ? r : null;
        } catch (MathIllegalStateException | IllegalArgumentException e) {
            return null;
        }
    }

    private double[] residualsAt(Family f, double[] th) {
        return residuals(evaluate(f, StrictMath.exp(th[0]), -StrictMath.exp(th[1]), -StrictMath.exp(th[2]) / 1000));
    }

    /** Residuals and their forward-difference Jacobian. */
    private Pair<RealVector, RealMatrix> valueAndJacobian(Family f, double[] th) {
        double[] r0 = residualsAt(f, th);
        double[][] jac = new double[r0.length][th.length];
        for (int j = 0; j < th.length; j++) {
            double[] moved = th.clone();
            double h = 1e-6 * Math.max(1, Math.abs(th[j]));
            moved[j] += h;
            double[] r1 = residualsAt(f, moved);
            for (int i = 0; i < r0.length; i++) jac[i][j] = (r1[i] - r0[i]) / h;
        }
        return new Pair<>(new ArrayRealVector(r0, false), new Array2DRowRealMatrix(jac, false));
    }
}
