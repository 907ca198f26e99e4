package reesim.calibration;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Drives a deterministic optimiser (Commons Math's CMA-ES or BOBYQA with a fixed seed) as a sequence of batches.
 * Each call of {@link #next} runs a fresh optimiser from its start, answering every point already evaluated from
 * the table of answers; the first points it asks for that are not in the table, up to the end of the batch they
 * belong to, are the next batch. As the optimiser is deterministic given its seed and the answers, the replay
 * reaches exactly the state of an optimiser that was never stopped: this is how a calibration resumes from its
 * evaluations.csv, and how the members of a CMA-ES generation (sampled together, before any of them is answered)
 * are evaluated in parallel. The optimiser's own work is repeated at every batch; it is tiny next to a simulation.
 */
final class Replay {
    /** The points of the next batch in the order the optimiser asked for them; none and not spent: the optimiser stopped. */
    record Batch(List<double[]> points, boolean budgetSpent) {
        boolean isEmpty() { return points.isEmpty(); }
    }

    /** Which calls of the objective belong together: for the call numbered {@code call} (from 0), the first call after its batch. */
    static IntUnaryOperator oneByOne() { return call -> call + 1; }

    /**
     * CMA-ES in Commons Math 3.6: call 0 is the start point; then each generation asks for its {@code lambda}
     * members, all sampled before the first is answered (no feasibility resampling: checkFeasableCount 0).
     */
    static IntUnaryOperator generations(int lambda) {
        return call -> call == 0 ? 1 : 1 + ((call - 1) / lambda + 1) * lambda;
    }

    private static final class Stop extends RuntimeException {
        Stop() { super("batch complete", null, false, false); }
    }

    private Replay() {}

    /**
     * @param optimise runs a fresh optimiser (same seed, same start) on the objective it is given
     * @param batches  the batch structure of the optimiser's calls
     * @param key      a point's identity (two points with one key are one evaluation)
     * @param answers  the objective of an evaluated point by key, or null if not evaluated
     * @param room     how many new points may still be evaluated (the budget left)
     */
    static Batch next(Consumer<ObjectiveFunction> optimise, IntUnaryOperator batches, Function<double[], String> key,
                      Function<String, Double> answers, int room) {
        Map<String, double[]> pending = new LinkedHashMap<>();
        int[] call = {0}, end = {Integer.MAX_VALUE};
        boolean[] spent = {false};
        ObjectiveFunction f = new ObjectiveFunction(x -> {
            int c = call[0]++;
            if (!pending.isEmpty() && c >= end[0]) throw new Stop();
            String k = key.apply(x);
            Double known = answers.apply(k);
            if (known != null) return known;
            if (pending.containsKey(k)) return 0.0;
            if (pending.size() >= room) {
                if (pending.isEmpty()) spent[0] = true;
                throw new Stop();
            }
            if (pending.isEmpty()) end[0] = batches.applyAsInt(c);
            pending.put(k, x.clone());
            return 0.0;   // a stand-in value: no call of the batch depends on it, and the replay stops at the batch's end
        });
        try {
            optimise.accept(f);
        } catch (Stop | TooManyEvaluationsException e) {
            // the batch is complete, the budget is spent, or the optimiser's own evaluation limit is reached
        } catch (RuntimeException e) {
            if (pending.isEmpty()) throw e;
            // the stand-in values after the batch misled the optimiser: the batch is complete all the same
        }
        return new Batch(new ArrayList<>(pending.values()), spent[0]);
    }
}
