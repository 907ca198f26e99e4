package reesim.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.MultivariateOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import reesim.config.ConfigException;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches the free parameters (scaled to [0, 1]) for the smallest {@link Objective} of the
 * seed-mean of the fit targets, with a Commons Math optimiser: CMA-ES (default; robust to the
 * noise and kinks of an agent-based model) or BOBYQA. Every evaluation runs the same seeds
 * (common random numbers), so two parameter vectors are compared on the same random draws.
 * The first evaluation is the config as it stands (the prior).
 */
public final class Calibrator {
    public enum Method { CMAES, BOBYQA }

    /** One evaluated point: parameter values, config leaf texts, target means and objective. */
    public record Evaluation(int index, double[] params, Map<String, String> leaves, double[] means, double[] effects, double objective) {}

    /**
     * The prior, the best evaluation within the bounds, and whether the prior itself lies within them (a prior
     * outside the bounds is reported but cannot be the best; then best may be worse than the prior).
     */
    public record Result(Evaluation prior, Evaluation best, int evaluations, boolean priorFeasible) {
        /** Whether writing best improves on the config: better than a feasible prior, or any point when the prior is infeasible. */
        public boolean improves() { return best != prior && (!priorFeasible || best.objective() < prior.objective()); }
    }

    private final Ensemble ensemble;
    private final ParameterSet params;
    private final List<Target> targets;
    private final List<Contrast> contrasts;
    /** The fit targets followed by the contrasts' measures: what a baseline run observes. */
    private final List<Target> observed;
    private final PriorValues priors;
    private final JsonNode config;
    private final long[] seeds;
    private final int untilYear;
    private final PrintStream log;
    private final Map<String, Evaluation> cache = new HashMap<>();
    private Evaluation best;
    private int evaluations;
    private int budget;

    public Calibrator(Ensemble ensemble, ParameterSet params, List<Target> fitTargets, PriorValues priors, long[] seeds, PrintStream log) {
        this(ensemble, params, fitTargets, List.of(), priors, seeds, log);
    }

    /** With stylised-fact contrasts: each evaluation also runs every contrast's scenario on the same seeds. */
    public Calibrator(Ensemble ensemble, ParameterSet params, List<Target> fitTargets, List<Contrast> contrasts, PriorValues priors,
                      long[] seeds, PrintStream log) {
        this.ensemble = ensemble;
        this.params = params;
        this.targets = List.copyOf(fitTargets);
        this.contrasts = List.copyOf(contrasts);
        List<Target> obs = new java.util.ArrayList<>(targets);
        for (Contrast c : contrasts) obs.add(c.measure());
        this.observed = List.copyOf(obs);
        this.priors = priors;
        this.config = priors.tree();
        this.seeds = seeds.clone();
        this.untilYear = TargetSet.untilYear(observed);
        this.log = log;
    }

    /** Checks that the configs at both ends of every bound are valid, before spending runs. */
    public void checkBounds() throws ConfigException {
        for (double corner : new double[]{0, 1}) {
            double[] x = new double[params.size()];
            Arrays.fill(x, corner);
            ensemble.config(ParameterSet.sets(params.texts(params.leaves(params.decode(x), priors), config)));
        }
    }

    /** Evaluates the prior, then runs the optimiser for at most {@code maxEvals} evaluations in all. */
    public Result run(Method method, int maxEvals, long optimiserSeed) { return run(method, maxEvals, optimiserSeed, 0.25); }

    /**
     * As {@link #run(Method, int, long)}, with the optimiser's initial step in the parameters scaled to
     * [0, 1] (CMA-ES sigma, BOBYQA initial trust-region radius): 0.25 explores, 0.05-0.1 refines a fit.
     */
    public Result run(Method method, int maxEvals, long optimiserSeed, double step) {
        budget = maxEvals;
        double[] x0 = params.initial(priors);
        boolean priorFeasible = params.priorsOutOfBounds(priors).isEmpty();
        Evaluation prior = evaluatePrior(priorFeasible);
        int n = params.size();
        double[] lo = new double[n], hi = new double[n];
        Arrays.fill(hi, 1);
        ObjectiveFunction f = new ObjectiveFunction(x -> evaluate(x).objective());
        try {
            if (maxEvals > 1) optimiser(method, n, optimiserSeed, step).optimize(extra(method, n, step,
                    new MaxEval(20 * maxEvals), new MaxIter(Integer.MAX_VALUE), f, GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(lo, hi)));
        } catch (TooManyEvaluationsException | BudgetSpent e) {
            log.println("[calibrate] evaluation budget reached");
        }
        return new Result(prior, best == null ? prior : best, evaluations, priorFeasible);
    }

    private static MultivariateOptimizer optimiser(Method method, int n, long seed, double step) {
        return switch (method) {
            case CMAES -> new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(seed), false, null);
            case BOBYQA -> new BOBYQAOptimizer(2 * n + 1, step, Math.min(1e-3, step / 10));
        };
    }

    private static org.apache.commons.math3.optim.OptimizationData[] extra(Method method, int n, double step, org.apache.commons.math3.optim.OptimizationData... base) {
        if (method != Method.CMAES) return base;
        double[] sigma = new double[n];
        Arrays.fill(sigma, step);
        org.apache.commons.math3.optim.OptimizationData[] all = Arrays.copyOf(base, base.length + 2);
        all[base.length] = new CMAESOptimizer.Sigma(sigma);
        all[base.length + 1] = new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(n)));
        return all;
    }

    /** Runs the seeds at x (or reuses an earlier run of the same rounded point). */
    Evaluation evaluate(double[] x) {
        double[] v = params.decode(x);
        Map<String, String> leaves = params.texts(params.leaves(v, priors), config);
        String key = leaves.toString();
        Evaluation known = cache.get(key);
        if (known != null) return known;
        Evaluation ev = evaluate(v, leaves, ParameterSet.sets(leaves), true);
        cache.put(key, ev);
        return ev;
    }

    /** The config exactly as it stands (no overrides, unrounded); it can be the best only if within the bounds. */
    private Evaluation evaluatePrior(boolean feasible) {
        double[] v = new double[params.size()];
        Map<String, String> leaves = new java.util.LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            FreeParameter f = params.all().get(i);
            v[i] = f.prior(priors);
            for (String p : f.paths()) leaves.put(p, TreePaths.get(config, p).asText());
        }
        return evaluate(v, leaves, List.of(), feasible);
    }

    private Evaluation evaluate(double[] v, Map<String, String> leaves, List<String> sets, boolean eligible) {
        if (evaluations >= budget) throw new BudgetSpent();
        long t0 = System.nanoTime();
        double[] all, effects = new double[contrasts.size()];
        try {
            double[][] bySeed = ensemble.run(sets, observed, seeds, untilYear);
            all = Objective.means(bySeed);
            for (int i = 0; i < contrasts.size(); i++) {
                Contrast c = contrasts.get(i);
                List<String> scenario = new java.util.ArrayList<>(sets);
                scenario.addAll(c.sets());
                double[] with = ensemble.run(scenario, List.of(c.measure()), seeds, c.measure().lastYear())[0];
                effects[i] = c.judgedEffect(bySeed[targets.size() + i], with);
            }
        } catch (ConfigException e) {
            throw new IllegalStateException("a parameter vector gave an invalid config:\n" + e.getMessage(), e);
        }
        double[] means = Arrays.copyOf(all, targets.size());
        double j = Objective.value(targets, means);
        for (int i = 0; i < contrasts.size(); i++) j += contrasts.get(i).penalty(effects[i]);
        Evaluation ev = new Evaluation(++evaluations, v, leaves, means, effects, j);
        boolean improved = eligible && (best == null || ev.objective() < best.objective());
        if (improved) best = ev;
        log.printf("[calibrate] eval %d/%d  J = %.4f  best = %s  (%d seeds, %.1f s)%s%n", ev.index(), budget, ev.objective(),
                best == null ? "none within bounds yet" : String.format(java.util.Locale.ROOT, "%.4f", best.objective()),
                seeds.length, (System.nanoTime() - t0) / 1e9, improved ? "  new best: " + describe(v) : "");
        return ev;
    }

    String describe(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : ", ").append(params.all().get(i).name()).append('=').append(Numbers.format(v[i], params.all().get(i).integer()));
        return sb.toString();
    }

    /** Thrown when the evaluation budget is used up (the optimisers' own count includes cached points). */
    static final class BudgetSpent extends RuntimeException {
        BudgetSpent() { super("evaluation budget spent", null, false, false); }
    }
}
