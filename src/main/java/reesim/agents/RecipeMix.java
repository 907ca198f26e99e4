package reesim.agents;

import reesim.config.SubstituteGroup;

import java.io.Serializable;
import java.util.List;

/**
 * A maker's choice of element mix within its recipe's substitute groups. The recipe is the mix
 * at starting prices; when one element of a group gets dearer relative to its starting price than
 * the others, makers use less of it and more of the others, keeping the group's total share and at
 * least a technical minimum of each element.
 */
final class RecipeMix implements Serializable {
    private final double[] recipe;
    private final int[][] groups;
    private final double[] elasticity;
    private final double[] minShare;
    private final double[] thrift;
    private final double[] minGroup;
    /** Per group: which elements of the recipe belong to it. */
    private final boolean[][] inGroup;

    RecipeMix(double[] recipe, List<SubstituteGroup> substitutes, List<String> elements) {
        this.recipe = recipe;
        int n = substitutes == null ? 0 : substitutes.size();
        groups = new int[n][];
        elasticity = new double[n];
        minShare = new double[n];
        thrift = new double[n];
        minGroup = new double[n];
        inGroup = new boolean[n][recipe.length];
        for (int g = 0; g < n; g++) {
            SubstituteGroup sg = substitutes.get(g);
            groups[g] = sg.elements.stream().mapToInt(elements::indexOf).toArray();
            elasticity[g] = sg.elasticity;
            minShare[g] = sg.minShareOfRecipe;
            thrift[g] = sg.thriftElasticity;
            minGroup[g] = sg.minGroupShare;
            for (int e : groups[g]) inGroup[g][e] = true;
        }
    }

    /**
     * Writes into {@code out} the mix for prices {@code relPrice} (each element's price over its
     * starting price); elements outside every group keep their recipe share.
     */
    void mix(double[] relPrice, double[] out) {
        System.arraycopy(recipe, 0, out, 0, recipe.length);
        for (int g = 0; g < groups.length; g++) {
            int[] els = groups[g];
            double total = 0, logMean = 0;
            for (int e : els) {
                total += recipe[e];
                logMean += recipe[e] * StrictMath.log(Math.max(relPrice[e], 1e-12));
            }
            if (total <= 0) continue;
            logMean /= total;
            double weights = 0;
            for (int e : els) {
                double w = StrictMath.exp(-elasticity[g] * (StrictMath.log(Math.max(relPrice[e], 1e-12)) - logMean));
                out[e] = recipe[e] * w;
                weights += out[e];
            }
            // scale to the group's total, then lift any element below its technical minimum
            double floorTotal = 0, freeTotal = 0;
            for (int e : els) {
                out[e] *= total / weights;
                if (out[e] < minShare[g] * recipe[e]) { out[e] = minShare[g] * recipe[e]; floorTotal += out[e]; }
                else freeTotal += out[e];
            }
            if (freeTotal > 0) {
                double scale = (total - floorTotal) / freeTotal;
                for (int e : els) if (out[e] > minShare[g] * recipe[e]) out[e] *= scale;
            }
            if (thrift[g] > 0) thriftGroup(g, els, total, StrictMath.exp(logMean), out);
        }
    }

    /**
     * Scales the group's share by its price index^-thrift (down to its minimum) and gives the freed
     * share to the elements outside the group in proportion to their shares, so the mix still sums to 1.
     */
    private void thriftGroup(int g, int[] els, double total, double index, double[] out) {
        double keep = Math.max(minGroup[g], Math.min(1, StrictMath.pow(index, -thrift[g])));
        if (keep >= 1) return;
        boolean[] member = inGroup[g];
        for (int e : els) out[e] *= keep;
        double rest = 0;
        for (int e = 0; e < out.length; e++) if (!member[e]) rest += out[e];
        if (rest <= 0) { for (int e : els) out[e] /= keep; return; }
        double freed = total * (1 - keep);
        for (int e = 0; e < out.length; e++) if (!member[e]) out[e] *= 1 + freed / rest;
    }
}
