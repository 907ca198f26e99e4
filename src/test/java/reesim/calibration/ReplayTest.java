package reesim.calibration;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batched replay asks for exactly the points, in the same order, that one uninterrupted optimiser evaluates
 * (points rounded to a grid, repeats answered from a cache, as the calibration does): the property that makes
 * both the parallel generations and --resume give the evaluations of a plain sequential search.
 */
class ReplayTest {
    private static final int N = 3, BUDGET = 45;

    private static String key(double[] x) {
        return Arrays.toString(Arrays.stream(x).map(v -> Math.round(Math.max(0, Math.min(1, v)) * 200) / 200.0).toArray());
    }

    private static double objective(String key) {
        double[] x = Arrays.stream(key.substring(1, key.length() - 1).split(", ")).mapToDouble(Double::parseDouble).toArray();
        double s = 0;
        for (int i = 0; i < x.length; i++) s += (i + 1) * (x[i] - 0.3 - 0.1 * i) * (x[i] - 0.3 - 0.1 * i) + 0.01 * Math.sin(20 * x[i]);
        return s;
    }

    private static Consumer<ObjectiveFunction> optimiser(boolean cmaes) {
        return f -> {
            double[] lo = new double[N], hi = new double[N], sigma = new double[N];
            Arrays.fill(hi, 1);
            Arrays.fill(sigma, 0.25);
            double[] x0 = {0.8, 0.1, 0.5};
            if (cmaes) {
                new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(7), false, null).optimize(new MaxEval(20 * BUDGET),
                        new MaxIter(Integer.MAX_VALUE), f, GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(lo, hi),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(Calibrator.populationSize(N)));
            } else {
                new BOBYQAOptimizer(2 * N + 1, 0.25, 1e-3).optimize(new MaxEval(20 * BUDGET), new MaxIter(Integer.MAX_VALUE), f,
                        GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(lo, hi));
            }
        };
    }

    private static final class Spent extends RuntimeException {}

    /** The reference: one optimiser, each new point evaluated when asked. */
    private static List<String> sequential(boolean cmaes) {
        List<String> order = new ArrayList<>();
        Map<String, Double> cache = new HashMap<>();
        try {
            optimiser(cmaes).accept(new ObjectiveFunction(x -> cache.computeIfAbsent(key(x), k -> {
                if (order.size() >= BUDGET) throw new Spent();
                order.add(k);
                return objective(k);
            })));
        } catch (Spent | TooManyEvaluationsException e) {
            // budget spent
        }
        return order;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void batchesAskForThePointsOfOneUninterruptedSearchInItsOrder(boolean cmaes) {
        List<String> reference = sequential(cmaes);
        assertThat(reference).hasSizeGreaterThan(cmaes ? 2 * Calibrator.populationSize(N) : 10);
        IntUnaryOperator batches = cmaes ? Replay.generations(Calibrator.populationSize(N)) : Replay.oneByOne();
        List<String> order = new ArrayList<>();
        Map<String, Double> answers = new HashMap<>();
        int largest = 0;
        while (true) {
            Replay.Batch b = Replay.next(optimiser(cmaes), batches, ReplayTest::key, answers::get, BUDGET - order.size());
            if (b.isEmpty()) break;
            largest = Math.max(largest, b.points().size());
            for (double[] x : b.points()) {
                String k = key(x);
                order.add(k);
                answers.put(k, objective(k));
            }
        }
        assertThat(order).containsExactlyElementsOf(reference);
        if (cmaes) assertThat(largest).as("a whole generation in one batch").isGreaterThan(1).isLessThanOrEqualTo(Calibrator.populationSize(N));
        else assertThat(largest).isEqualTo(1);
    }
}
