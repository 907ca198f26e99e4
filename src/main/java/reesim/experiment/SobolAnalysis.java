package reesim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * First-order and total Sobol indices from a Saltelli design (see {@link SaltelliDesign}), per outcome and sampled
 * parameter, and per grid cell when the sample is crossed with a grid. Each design point's value is the mean of the
 * outcome over the point's replicate runs. Estimators (Saltelli et al. 2010, table 2): with V the variance of
 * f(A) and f(B) together and f0 their mean, first order {@code S_i = mean((f(B) - f0) (f(AB_i) - f(A))) / V} and
 * total (Jansen 1999) {@code ST_i = mean((f(A) - f(AB_i))^2) / 2 / V}. Centring f(B) on f0 leaves the estimator's
 * expectation unchanged (f(AB_i) and f(A) have the same mean) but removes the large error it has for outcomes
 * whose mean is large against their spread (a price, a year). Base points with a missing value (all runs failed)
 * are left out. With small n the estimates are rough and may fall outside [0, 1].
 */
public final class SobolAnalysis {
    public static final String FILE = "sobol.csv";

    /** Indices of one outcome: {@code firstOrder[i]}, {@code total[i]} for parameter i; NaN if the outcome does not vary. */
    public record Indices(double[] firstOrder, double[] total, int points, double variance) {}

    private SobolAnalysis() {}

    /** The estimators on the model values of A, B and AB_i ({@code fAB[i][j]}) for base points j. */
    public static Indices estimate(double[] fA, double[] fB, double[][] fAB) {
        int k = fAB.length;
        List<Integer> points = new ArrayList<>();
        for (int j = 0; j < fA.length; j++) {
            boolean complete = Double.isFinite(fA[j]) && Double.isFinite(fB[j]);
            for (int i = 0; i < k; i++) complete &= Double.isFinite(fAB[i][j]);
            if (complete) points.add(j);
        }
        int n = points.size();
        double mean = 0;
        for (int j : points) mean += fA[j] + fB[j];
        mean /= 2.0 * n;
        double variance = 0;
        for (int j : points) variance += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        variance /= 2.0 * n;
        double[] first = new double[k], total = new double[k];
        for (int i = 0; i < k; i++) {
            double s = 0, t = 0;
            for (int j : points) {
                s += (fB[j] - mean) * (fAB[i][j] - fA[j]);
                t += (fA[j] - fAB[i][j]) * (fA[j] - fAB[i][j]);
            }
            boolean varies = n > 0 && variance > 0;
            first[i] = varies ? s / n / variance : Double.NaN;
            total[i] = varies ? t / (2.0 * n) / variance : Double.NaN;
        }
        return new Indices(first, total, n, n == 0 ? Double.NaN : variance);
    }

    /**
     * Writes sobol.csv (cell, the grid parameters, outcome, parameter, first_order, total, points, variance) from
     * the scenarios of a Sobol sweep and the per-scenario means of its stats.
     */
    public static void write(Path file, List<Scenario> scenarios, List<String> gridParameters, List<String> sampleParameters,
                             StatsTable stats) throws IOException {
        int k = sampleParameters.size();
        Map<Integer, List<Scenario>> cells = new LinkedHashMap<>();
        for (Scenario s : scenarios) cells.computeIfAbsent(s.cell(), c -> new ArrayList<>()).add(s);
        List<String> outcomes = stats.columns().outcomes();
        List<String> header = new ArrayList<>(List.of("cell"));
        header.addAll(gridParameters);
        header.addAll(List.of("outcome", "parameter", "first_order", "total", "points", "variance"));
        CsvRows.writeAtomically(file, w -> {
            w.write(CsvRows.line(header));
            for (Map.Entry<Integer, List<Scenario>> cell : cells.entrySet()) {
                List<Scenario> rows = cell.getValue();
                int n = rows.size() / (k + 2);
                List<String> gridValues = new ArrayList<>();
                for (String g : gridParameters) gridValues.add(rows.get(0).parameters().get(g));
                for (int o = 0; o < outcomes.size(); o++) {
                    double[] fA = new double[n], fB = new double[n];
                    double[][] fAB = new double[k][n];
                    for (int j = 0; j < n; j++) {
                        fA[j] = stats.mean(rows.get(j * (k + 2)).id(), o);
                        fB[j] = stats.mean(rows.get(j * (k + 2) + 1).id(), o);
                        for (int i = 0; i < k; i++) fAB[i][j] = stats.mean(rows.get(j * (k + 2) + 2 + i).id(), o);
                    }
                    Indices ix = estimate(fA, fB, fAB);
                    for (int i = 0; i < k; i++) {
                        List<Object> row = new ArrayList<>();
                        row.add(cell.getKey());
                        row.addAll(gridValues);
                        row.addAll(List.of(outcomes.get(o), sampleParameters.get(i), CsvRows.num(ix.firstOrder()[i]),
                                CsvRows.num(ix.total()[i]), ix.points(), CsvRows.num(ix.variance())));
                        w.write(CsvRows.line(row));
                    }
                }
            }
        });
    }
}
