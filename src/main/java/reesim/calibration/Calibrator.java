package reesim.calibration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.OptimizationData;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.MultivariateOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Searches the free parameters (scaled to [0, 1]) for the smallest {@link Objective} of the
 * seed-mean of the fit targets, with a Commons Math optimiser: CMA-ES (default; robust to the
 * noise and kinks of an agent-based model) or BOBYQA. Every evaluation runs the same seeds
 * (common random numbers), so two parameter vectors are compared on the same random draws.
 * The first evaluation is the config as it stands (the prior).
 *
 * <p>The optimiser is driven by {@link Replay}: the members of a CMA-ES generation, and every seed and contrast
 * scenario of each, run together on the {@link Simulations} (the sweeps' engines); each evaluation is handed to a {@link Recorder} in
 * evaluation order as it finishes. Given the evaluations an earlier search recorded, the search replays them
 * (answering the optimiser from the record, simulating nothing) and goes on from exactly where it stopped.
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

    public static final String PRIOR = "prior", SEARCH = "search", OK = "ok", FAILED = "failed";

    /** One recorded evaluation as read back (evaluations.csv): {@code params}, {@code means} and {@code effects} in the columns' order. */
    public record Recorded(int index, String kind, String status, double objective, double bestObjective, double[] params,
                           double[] means, double[] effects, double wallSeconds) {
        public boolean ok() { return OK.equals(status); }
    }

    /** Receives every evaluation, in evaluation order, as soon as it and all before it have finished. */
    @FunctionalInterface
    public interface Recorder {
        /** @param bestObjective the best J within the bounds after this evaluation (NaN while there is none) */
        void record(Evaluation ev, String kind, String status, double bestObjective, double wallSeconds, String error) throws IOException;
    }

    private final Simulations engine;
    private final String label;
    private final ObjectNode tree;
    private final ParameterSet params;
    private final List<Target> targets;
    private final List<Contrast> contrasts;
    /** The fit targets followed by the contrasts' measures: what a baseline run observes. */
    private final List<Target> observed;
    private final PriorValues priors;
    private final long[] seeds;
    private final int untilYear;
    private final PrintStream log;
    private Objective.Loss loss = Objective.Loss.SQUARED;
    private Recorder recorder = (ev, kind, status, best, wall, error) -> { };
    private List<Recorded> history = List.of();
    private final List<Integer> restarts = new ArrayList<>();
    private Evaluation best;
    /** The search's evaluations within the bounds, in evaluation order (the finalists of a race are picked from them). */
    private final List<Evaluation> searched = new ArrayList<>();
    private int evaluations;
    private int budget;
    /** The runs of the last batch's evaluations by evaluation index: {@code [scenario][target][seed]}. */
    private final Map<Integer, double[][][]> lastRuns = new HashMap<>();

    /** With stylised-fact contrasts: each evaluation also runs every contrast's scenario on the same seeds. */
    public Calibrator(Simulations engine, String label, ObjectNode tree, ParameterSet params, List<Target> fitTargets, List<Contrast> contrasts,
                      PriorValues priors, long[] seeds, PrintStream log) {
        this.engine = engine;
        this.label = label;
        this.tree = tree.deepCopy();
        this.params = params;
        this.targets = List.copyOf(fitTargets);
        this.contrasts = List.copyOf(contrasts);
        List<Target> obs = new ArrayList<>(targets);
        for (Contrast c : contrasts) obs.add(c.measure());
        this.observed = List.copyOf(obs);
        this.priors = priors;
        this.seeds = seeds.clone();
        this.untilYear = TargetSet.untilYear(observed);
        this.log = log;
    }

    /** Judges the fit targets by {@code loss} (default: whole errors squared). */
    public Calibrator judgedBy(Objective.Loss loss) {
        this.loss = loss;
        return this;
    }

    /** Hands every evaluation to {@code r} as it finishes (e.g. to evaluations.csv). */
    public Calibrator recordingTo(Recorder r) {
        this.recorder = r;
        return this;
    }

    /**
     * Continues the search these evaluations (read back from evaluations.csv, evaluation 1 first) belong to;
     * {@code restartsBefore} are the restarts an earlier resume made ({@link #restarts}).
     */
    public Calibrator resumingFrom(List<Recorded> recorded, List<Integer> restartsBefore) {
        this.history = List.copyOf(recorded);
        this.restarts.clear();
        this.restarts.addAll(restartsBefore);
        return this;
    }

    /**
     * The evaluations after which the search was restarted from its best point, because the optimiser asked for
     * other points than the ones recorded (another optimiser version); empty when the record was replayed exactly.
     */
    public List<Integer> restarts() { return List.copyOf(restarts); }

    /** Checks that the configs at both ends of every bound are valid, before spending runs. */
    public void checkBounds() throws ConfigException {
        for (double corner : new double[]{0, 1}) {
            double[] x = new double[params.size()];
            Arrays.fill(x, corner);
            ConfigLoader.loadTree(label, tree, ParameterSet.sets(params.texts(params.leaves(params.decode(x), priors), tree)), ModelConfig.class);
        }
    }

    /**
     * The objective of the config as it stands and of a fitted point, on the seeds of a check (see {@link #check}), and
     * how many fit targets each meets there: a lower objective can still meet fewer targets.
     */
    public record Check(long firstSeed, int seeds, double prior, double best, Within priorWithin, Within bestWithin,
                        PairedBootstrap.Gain gain, PairedBootstrap.Gain recordRows, PairedBootstrap.Gain otherTargets,
                        List<TermChange> changes) {
        /** Whether the fitted point is better than the config on these seeds too. */
        public boolean confirms() { return best < prior; }

        /** The {@code k} terms of J that moved most between the two points, largest move first. */
        public List<TermChange> largestChanges(int k) {
            return changes.stream().sorted(java.util.Comparator.comparingDouble((TermChange c) -> -Math.abs(c.b() - c.a()))).limit(k).toList();
        }
    }

    /** One term of J (a fit target's weight x loss, or a contrast's penalty) at the config as it stands (a) and at the other point (b). */
    public record TermChange(String term, double a, double b) {}

    /** Every term of J at two evaluations, in the targets' then the contrasts' order. */
    private List<TermChange> changes(Evaluation a, Evaluation b) {
        List<Term> ta = terms(a), tb = terms(b);
        List<TermChange> out = new ArrayList<>();
        for (int i = 0; i < ta.size(); i++) out.add(new TermChange(ta.get(i).id(), ta.get(i).value(), tb.get(i).value()));
        return out;
    }

    /** Every term of J at an evaluation, in the targets' then the contrasts' order. */
    private List<Term> terms(Evaluation e) {
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++)
            out.add(new Term(targets.get(i).id(), e.means()[i], targets.get(i).value(), Objective.term(targets.get(i), e.means()[i], loss)));
        for (int c = 0; c < contrasts.size(); c++)
            out.add(new Term(contrasts.get(c).id(), e.effects()[c], contrasts.get(c).minEffect(), contrasts.get(c).penalty(e.effects()[c])));
        return out;
    }

    /** Fit targets within tolerance: the market's record rows ({@link Target#fromRecord}) and the others, each of how many. */
    public record Within(int record, int recordTargets, int other, int otherTargets) {}

    /** How many of the fit targets the seed means {@code means} (in the targets' order) meet. */
    Within within(double[] means) {
        int record = 0, recordTargets = 0, other = 0, otherTargets = 0;
        for (int i = 0; i < targets.size(); i++) {
            boolean met = targets.get(i).met(means[i]);
            if (targets.get(i).fromRecord()) {
                recordTargets++;
                if (met) record++;
            } else {
                otherTargets++;
                if (met) other++;
            }
        }
        return new Within(record, recordTargets, other, otherTargets);
    }

    /**
     * Evaluates the config as it stands and the point {@code fitted} (an evaluation of a search on other seeds) on this
     * calibrator's seeds, the targets and contrasts judged as in the search. A best point picked from many evaluations
     * on a few seeds is partly a lucky draw of those seeds; on seeds it was not picked on its objective is unbiased.
     */
    public Check check(Evaluation fitted) throws Exception { return judge(again(fitted)); }

    /**
     * Evaluates the config as it stands and the config with the overrides {@code sets} added (e.g. a rule switched on)
     * on this calibrator's seeds, judged as a check judges a fitted point: both objectives, the paired bootstrap of their
     * difference and the fit targets each meets.
     */
    public Check compare(List<String> sets) throws Exception {
        Point prior = priorPoint(false);
        return judge(new Point(prior.values(), prior.leaves(), List.copyOf(sets), String.join(" ", sets), false, SEARCH));
    }

    /** One term of J: a fit target's seed mean against its value, or a contrast's effect against its least effect, and the term itself. */
    public record Term(String id, double measured, double wanted, double value) {}

    /** The config as it stands on this calibrator's seeds: its objective, every term of it, and the fit targets it meets. */
    public record Standing(double objective, List<Term> terms, Within within) {
        /** The {@code k} largest terms, largest first. */
        public List<Term> largest(int k) {
            return terms.stream().sorted(java.util.Comparator.comparingDouble((Term t) -> -t.value())).limit(k).toList();
        }
    }

    /** Evaluates the config as it stands on this calibrator's seeds (one evaluation; nothing searched). */
    public Standing standing() throws Exception {
        budget = 1;
        evaluations = 0;
        best = null;
        Evaluation e = evaluate(List.of(priorPoint(false))).get(0);
        return new Standing(e.objective(), terms(e), within(e.means()));
    }

    /** The config as it stands (A) and {@code other} (B), on this calibrator's seeds. */
    private Check judge(Point other) throws Exception {
        budget = 2;
        evaluations = 0;
        best = null;
        Point prior = priorPoint(false);
        List<Evaluation> ev = evaluate(List.of(prior, other));
        double[][][][] runs = {lastRuns.get(ev.get(0).index()), lastRuns.get(ev.get(1).index())};
        // J, and how many targets each side meets, which moves with the draw of seeds as much as J does
        PairedBootstrap.Gain[] g = PairedBootstrap.of(seeds.length, 3, sample -> {
            Judged j = judged(runs[sample.point()], sample);
            Within w = within(j.means());
            return new double[]{j.objective(), w.record(), w.other()};
        });
        return new Check(seeds[0], seeds.length, ev.get(0).objective(), ev.get(1).objective(), within(ev.get(0).means()), within(ev.get(1).means()), g[0],
                g[1], g[2], changes(ev.get(0), ev.get(1)));
    }

    /**
     * The {@code k} best points the last {@link #run} evaluated within the bounds (the prior excluded), best first; a
     * point is listed once however often the optimiser asked for it.
     */
    public List<Evaluation> leaders(int k) {
        Map<String, Evaluation> distinct = new LinkedHashMap<>();
        searched.stream().filter(e -> !Double.isNaN(e.objective()))
                .sorted(java.util.Comparator.comparingDouble(Evaluation::objective).thenComparingInt(Evaluation::index))
                .forEach(e -> distinct.putIfAbsent(e.leaves().toString(), e));
        return distinct.values().stream().limit(k).toList();
    }

    /**
     * The finalists of a search (evaluations on other seeds) run again on this calibrator's seeds, the targets and
     * contrasts judged as in the search; {@code objectives} in the finalists' order.
     */
    public record Race(long firstSeed, int seeds, List<Evaluation> finalists, double[] objectives) {
        /** The finalist with the smallest objective on the race's seeds (the first of equals). */
        public Evaluation winner() {
            int w = 0;
            for (int i = 1; i < objectives.length; i++) if (objectives[i] < objectives[w]) w = i;
            return finalists.get(w);
        }
    }

    /**
     * Runs the finalists on this calibrator's seeds. The best of many evaluations on a few seeds is the one the noise
     * of those seeds favoured most (the winner's curse); judged again on seeds none of them was picked on, the
     * finalists' order is the order of their true objectives plus fresh, independent noise.
     */
    public Race race(List<Evaluation> finalists) throws Exception {
        if (finalists.isEmpty()) throw new IllegalArgumentException("a race needs at least one finalist");
        budget = finalists.size();
        evaluations = 0;
        best = null;
        List<Evaluation> ev = evaluate(finalists.stream().map(Calibrator::again).toList());
        double[] objectives = ev.stream().mapToDouble(Evaluation::objective).toArray();
        return new Race(seeds[0], seeds.length, List.copyOf(finalists), objectives);
    }

    /** Evaluates the prior, then runs the optimiser for at most {@code maxEvals} evaluations in all. */
    public Result run(Method method, int maxEvals, long optimiserSeed) throws Exception { return run(method, maxEvals, optimiserSeed, 0.25); }

    /**
     * As {@link #run(Method, int, long)}, with the optimiser's initial step in the parameters scaled to
     * [0, 1] (CMA-ES sigma, BOBYQA initial trust-region radius): 0.25 explores, 0.05-0.1 refines a fit.
     */
    public Result run(Method method, int maxEvals, long optimiserSeed, double step) throws Exception {
        budget = maxEvals;
        evaluations = 0;
        best = null;
        searched.clear();
        double[] x0 = params.initial(priors);
        boolean priorFeasible = params.priorsOutOfBounds(priors).isEmpty();
        Deque<Recorded> recorded = new ArrayDeque<>(history);
        Point priorPoint = priorPoint(priorFeasible);
        Evaluation prior = recorded.isEmpty() ? evaluate(List.of(priorPoint)).get(0) : replayed(recorded.poll(), priorPoint);
        int n = params.size();
        IntUnaryOperator batches = method == Method.CMAES ? Replay.generations(populationSize(n)) : Replay.oneByOne();
        Map<String, Evaluation> known = new HashMap<>();
        double[] start = x0;
        int divergences = 0;
        while (maxEvals > 1) {
            double[] from = start;
            Replay.Batch batch = Replay.next(f -> optimise(method, n, optimiserSeed, step, maxEvals, from, f), batches, this::key,
                    k -> known.containsKey(k) ? known.get(k).objective() : null, budget - evaluations);
            if (batch.isEmpty()) {
                if (batch.budgetSpent()) log.println("[calibrate] evaluation budget reached");
                break;
            }
            List<Point> todo = new ArrayList<>();
            boolean diverged = false;
            for (double[] x : batch.points()) {
                Point p = point(x);
                if (!recorded.isEmpty()) {
                    if (Arrays.equals(recorded.peek().params(), p.values())) {
                        known.put(p.key(), replayed(recorded.poll(), p));
                        continue;
                    }
                    start = restart(recorded, known, divergences++, x0);
                    diverged = true;
                    break;
                }
                todo.add(p);
            }
            if (diverged) continue;
            List<Evaluation> done = evaluate(todo);
            for (int i = 0; i < done.size(); i++) known.put(todo.get(i).key(), done.get(i));
        }
        if (!recorded.isEmpty()) {
            log.printf("[calibrate] note: evaluations %d-%d of evaluations.csv lie beyond this search's end (--max-evals %d) and were not used%n",
                    recorded.peekFirst().index(), recorded.peekLast().index(), maxEvals);
        }
        return new Result(prior, best == null ? prior : best, evaluations, priorFeasible);
    }

    /**
     * The optimiser asked for another point than the next recorded one: the record was made by another optimiser
     * (version). Takes the recorded evaluations up to the restart point as known answers and returns the new start:
     * the best point so far. A resume after a restart restarts at the same evaluation, so it replays exactly.
     */
    private double[] restart(Deque<Recorded> recorded, Map<String, Evaluation> known, int divergence, double[] x0) {
        int upTo = divergence < restarts.size() ? restarts.get(divergence) : recorded.peekLast().index();
        int from = recorded.peek().index();
        while (!recorded.isEmpty() && recorded.peek().index() <= upTo) {
            Recorded r = recorded.poll();
            Point p = point(r.params());
            known.put(p.key(), replayed(r, p));
        }
        if (divergence >= restarts.size()) restarts.add(upTo);
        log.printf(Locale.ROOT, "[calibrate] note: the optimiser asks for other points than evaluations.csv records from evaluation %d on, so its "
                        + "state cannot be replayed; the search restarts from the best point so far (%s) after evaluation %d, "
                        + "the recorded evaluations answering the points they match%n", from,
                best == null ? "the prior's, none within the bounds" : "evaluation " + best.index() + ", J = " + String.format(Locale.ROOT, "%.4f", best.objective()),
                upTo);
        if (best == null) return x0;
        double[] x = new double[params.size()];
        for (int i = 0; i < x.length; i++) x[i] = params.all().get(i).encode(best.params()[i]);
        return x;
    }

    private static void optimise(Method method, int n, long seed, double step, int maxEvals, double[] start, ObjectiveFunction f) {
        double[] lo = new double[n], hi = new double[n];
        Arrays.fill(hi, 1);
        optimiser(method, n, seed, step).optimize(extra(method, n, step, new MaxEval(20 * maxEvals), new MaxIter(Integer.MAX_VALUE), f,
                GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lo, hi)));
    }

    private static MultivariateOptimizer optimiser(Method method, int n, long seed, double step) {
        return switch (method) {
            case CMAES -> new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(seed), false, null);
            case BOBYQA -> new BOBYQAOptimizer(2 * n + 1, step, Math.min(1e-3, step / 10));
        };
    }

    static int populationSize(int n) { return 4 + (int) (3 * StrictMath.log(n)); }

    private static OptimizationData[] extra(Method method, int n, double step, OptimizationData... base) {
        if (method != Method.CMAES) return base;
        double[] sigma = new double[n];
        Arrays.fill(sigma, step);
        OptimizationData[] all = Arrays.copyOf(base, base.length + 2);
        all[base.length] = new CMAESOptimizer.Sigma(sigma);
        all[base.length + 1] = new CMAESOptimizer.PopulationSize(populationSize(n));
        return all;
    }

    /** A point to evaluate: parameter values, leaf texts, their --set strings, its key, and whether it may be the best. */
    private record Point(double[] values, Map<String, String> leaves, List<String> sets, String key, boolean eligible, String kind) {}

    /** An evaluation of a search on other seeds, to run again here (it cannot become this calibrator's best). */
    private static Point again(Evaluation e) {
        return new Point(e.params(), e.leaves(), ParameterSet.sets(e.leaves()), e.leaves().toString(), false, SEARCH);
    }

    /** The point at x (in [0, 1]^n), rounded as it would be written; points with the same leaf texts are one evaluation. */
    private Point point(double[] x) {
        double[] v = params.decode(x);
        Map<String, String> leaves = params.texts(params.leaves(v, priors), tree);
        return new Point(v, leaves, ParameterSet.sets(leaves), leaves.toString(), true, SEARCH);
    }

    private String key(double[] x) { return params.texts(params.leaves(params.decode(x), priors), tree).toString(); }

    /** The config exactly as it stands (no overrides, unrounded); it can be the best only if within the bounds. */
    private Point priorPoint(boolean feasible) {
        double[] v = new double[params.size()];
        Map<String, String> leaves = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            FreeParameter f = params.all().get(i);
            v[i] = f.prior(priors);
            for (String p : f.paths()) leaves.put(p, TreePaths.get(tree, p).asText());
        }
        return new Point(v, leaves, List.of(), "prior", feasible, PRIOR);
    }

    /** A recorded evaluation taking the place of a run of {@code p}. */
    private Evaluation replayed(Recorded r, Point p) {
        Evaluation ev = new Evaluation(++evaluations, p.values(), p.leaves(), r.means(), r.effects(), r.objective());
        if (r.index() != ev.index()) throw new IllegalStateException("recorded evaluation " + r.index() + " replayed as evaluation " + ev.index());
        boolean improved = p.eligible() && (best == null || ev.objective() < best.objective());
        if (improved) best = ev;
        if (p.eligible() && SEARCH.equals(p.kind())) searched.add(ev);
        log.printf("[calibrate] eval %d/%d  J = %.4f  best = %s  (recorded in evaluations.csv)%s%n", ev.index(), budget, ev.objective(), bestText(),
                improved ? "  new best: " + describe(ev.params()) : "");
        return ev;
    }

    /** Evaluates the points together on the engine: every seed of the point and of each contrast scenario is one run. */
    private List<Evaluation> evaluate(List<Point> points) throws Exception {
        if (points.isEmpty()) return List.of();
        int scenarios = 1 + contrasts.size(), perPoint = scenarios * seeds.length, first = evaluations + 1;
        List<Simulations.Run> runs = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            for (int s = 0; s < scenarios; s++) {
                List<String> sets = new ArrayList<>(points.get(i).sets());
                if (s > 0) sets.addAll(contrasts.get(s - 1).sets());
                for (int r = 0; r < seeds.length; r++) runs.add(new Simulations.Run(runs.size(), s, r, seeds[r], sets));
            }
        }
        List<List<Target>> observedBy = new ArrayList<>(List.of(observed));
        int[] until = new int[scenarios];
        until[0] = untilYear;
        for (int c = 0; c < contrasts.size(); c++) {
            observedBy.add(List.of(contrasts.get(c).measure()));
            until[c + 1] = contrasts.get(c).measure().lastYear();
        }
        lastRuns.clear();
        Batch batch = new Batch(points, first, perPoint);
        engine.execute(runs, new TargetRun(label, tree, observedBy, until), batch::accept);
        if (batch.failure != null) throw new IllegalStateException(batch.failure);
        return batch.done;
    }

    /** The runs of a batch of points as they come in (from any thread), and the evaluations finished in order. */
    private final class Batch {
        final List<Point> points;
        final int first;
        final int perPoint;
        final double[][][][] values;   // [point][scenario][target][seed]
        final int[] remaining;
        final double[] wall;
        final String[] error;
        final List<Evaluation> done = new ArrayList<>();
        String failure;
        int next;

        Batch(List<Point> points, int first, int perPoint) {
            this.points = points;
            this.first = first;
            this.perPoint = perPoint;
            int scenarios = 1 + contrasts.size();
            values = new double[points.size()][scenarios][][];
            for (double[][][] v : values) {
                v[0] = new double[observed.size()][seeds.length];
                for (int s = 1; s < scenarios; s++) v[s] = new double[1][seeds.length];
            }
            remaining = new int[points.size()];
            Arrays.fill(remaining, perPoint);
            wall = new double[points.size()];
            error = new String[points.size()];
        }

        synchronized void accept(Simulations.Run run, boolean ok, double wallSeconds, String err, double[] outcomes) throws IOException {
            int i = run.id() / perPoint;
            wall[i] += wallSeconds;
            if (ok) {
                double[][] v = values[i][run.scenario()];
                for (int t = 0; t < v.length; t++) v[t][run.replicate()] = outcomes[t];
            } else if (error[i] == null) {
                error[i] = "seed " + run.seed() + (run.scenario() > 0 ? " of contrast " + contrasts.get(run.scenario() - 1).id() : "") + ": " + err;
            }
            remaining[i]--;
            while (failure == null && next < points.size() && remaining[next] == 0) finish(next++);
        }

        private void finish(int i) throws IOException {
            Point p = points.get(i);
            if (error[i] != null) {
                Evaluation ev = new Evaluation(first + i, p.values(), p.leaves(), nan(targets.size()), nan(contrasts.size()), Double.NaN);
                recorder.record(ev, p.kind(), FAILED, best == null ? Double.NaN : best.objective(), wall[i], error[i]);
                failure = "evaluation " + ev.index() + " failed (" + error[i] + "); it is recorded as failed in evaluations.csv, and --resume runs it again";
                return;
            }
            Judged judged = judged(values[i], null);
            Evaluation ev = new Evaluation(++evaluations, p.values(), p.leaves(), judged.means(), judged.effects(), judged.objective());
            if (ev.index() != first + i) throw new IllegalStateException("evaluation " + ev.index() + " finished as " + (first + i));
            lastRuns.put(ev.index(), values[i]);
            boolean improved = p.eligible() && (best == null || ev.objective() < best.objective());
            if (improved) best = ev;
            if (p.eligible() && SEARCH.equals(p.kind())) searched.add(ev);
            recorder.record(ev, p.kind(), OK, best == null ? Double.NaN : best.objective(), wall[i], "");
            log.printf("[calibrate] eval %d/%d  J = %.4f  best = %s  (%d seeds, %.1f s)%s%n", ev.index(), budget, ev.objective(), bestText(),
                    seeds.length, wall[i], improved ? "  new best: " + describe(p.values()) : "");
            done.add(ev);
        }
    }

    /** A point's fit targets' seed means, its contrasts' judged effects and its objective. */
    private record Judged(double[] means, double[] effects, double objective) {}

    /**
     * How the objective judges a point from its runs ({@code [scenario][target][seed]}) on a draw of its seeds, or on
     * every seed in order when {@code draw} is null.
     */
    private Judged judged(double[][][] runs, PairedBootstrap.Sample draw) {
        double[][] bySeed = runs[0];
        if (draw != null) {
            bySeed = new double[runs[0].length][];
            for (int t = 0; t < bySeed.length; t++) bySeed[t] = draw.take(runs[0][t]);
        }
        double[] means = Arrays.copyOf(Objective.means(bySeed), targets.size());
        double[] effects = new double[contrasts.size()];
        for (int c = 0; c < contrasts.size(); c++)
            effects[c] = contrasts.get(c).judgedEffect(bySeed[targets.size() + c], draw == null ? runs[c + 1][0] : draw.take(runs[c + 1][0]));
        double j = Objective.value(targets, means, loss);
        for (int c = 0; c < contrasts.size(); c++) j += contrasts.get(c).penalty(effects[c]);
        return new Judged(means, effects, j);
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    private String bestText() {
        return best == null ? "none within bounds yet" : String.format(Locale.ROOT, "%.4f", best.objective());
    }

    String describe(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) sb.append(i == 0 ? "" : ", ").append(params.all().get(i).name()).append('=').append(Numbers.format(v[i], params.all().get(i).integer()));
        return sb.toString();
    }
}
