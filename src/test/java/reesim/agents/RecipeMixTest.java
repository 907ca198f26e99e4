package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.config.SubstituteGroup;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RecipeMixTest {
    private static final List<String> ELEMENTS = List.of("Pr", "Nd", "Dy", "Tb");
    private static final double[] RECIPE = {0.2, 0.72, 0.065, 0.015};

    private static SubstituteGroup group(double elasticity, double min, String... els) {
        SubstituteGroup g = new SubstituteGroup();
        g.elements = List.of(els);
        g.elasticity = elasticity;
        g.minShareOfRecipe = min;
        return g;
    }

    private static double[] mix(List<SubstituteGroup> groups, double... rel) {
        double[] out = new double[RECIPE.length];
        new RecipeMix(RECIPE, groups, ELEMENTS).mix(rel, out);
        return out;
    }

    @Test
    void atStartingPricesTheRecipeIsKept() {
        double[] out = mix(List.of(group(1, 0.25, "Pr", "Nd"), group(1, 0.25, "Dy", "Tb")), 1, 1, 1, 1);
        assertThat(out).containsExactly(RECIPE, within(1e-12));
        // equal relative rises leave the mix alone too
        assertThat(mix(List.of(group(1, 0.25, "Pr", "Nd")), 3, 3, 1, 1)).containsExactly(RECIPE, within(1e-12));
    }

    @Test
    void aDearerElementIsReplacedWithinItsGroupKeepingTheGroupShare() {
        double[] out = mix(List.of(group(1, 0.25, "Pr", "Nd"), group(1, 0.25, "Dy", "Tb")), 2, 1, 1, 1);
        assertThat(out[0]).isLessThan(RECIPE[0]);
        assertThat(out[1]).isGreaterThan(RECIPE[1]);
        assertThat(out[0] + out[1]).isCloseTo(RECIPE[0] + RECIPE[1], within(1e-12));
        assertThat(out[2]).isCloseTo(RECIPE[2], within(1e-12));
        assertThat(out[3]).isCloseTo(RECIPE[3], within(1e-12));
        double sum = 0;
        for (double x : out) sum += x;
        assertThat(sum).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void noElementFallsBelowItsTechnicalMinimum() {
        double[] out = mix(List.of(group(1, 0.25, "Dy", "Tb")), 1, 1, 1, 1000);
        assertThat(out[3]).isCloseTo(0.25 * RECIPE[3], within(1e-12));
        assertThat(out[2] + out[3]).isCloseTo(RECIPE[2] + RECIPE[3], within(1e-12));
    }

    @Test
    void aGroupThatGotDearAsAWholeIsThriftedAndTheRestTakesUpItsShare() {
        SubstituteGroup heavy = group(1, 0.25, "Dy", "Tb");
        heavy.thriftElasticity = 0.5;
        heavy.minGroupShare = 0.3;
        double[] out = mix(List.of(heavy), 1, 1, 4, 4);
        double group = RECIPE[2] + RECIPE[3];
        assertThat(out[2] + out[3]).isCloseTo(group * 0.5, within(1e-12));        // 4^-0.5
        assertThat(out[0] / out[1]).isCloseTo(RECIPE[0] / RECIPE[1], within(1e-12)); // the rest keeps its proportions
        assertThat(out[0] + out[1] + out[2] + out[3]).isCloseTo(1.0, within(1e-12));
        // never below the minimum, and no thrifting when the group got cheaper
        double[] dear = mix(List.of(heavy), 1, 1, 1000, 1000);
        assertThat(dear[2] + dear[3]).isCloseTo(group * 0.3, within(1e-12));
        assertThat(mix(List.of(heavy), 1, 1, 0.5, 0.5)).containsExactly(RECIPE, within(1e-12));
    }

    @Test
    void withoutGroupsOrWithZeroElasticityNothingMoves() {
        assertThat(mix(List.of(), 5, 0.1, 9, 0.2)).containsExactly(RECIPE, within(1e-12));
        assertThat(mix(List.of(group(0, 0.25, "Pr", "Nd")), 5, 0.1, 1, 1)).containsExactly(RECIPE, within(1e-12));
    }
}
