package reesim.config;

import org.junit.jupiter.api.Test;
import reesim.TestModels;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/** An intermediate's recipe by year (intermediates.NAME.recipeByYear): interpolation between points, and bad input. */
class RecipeByYearTest {
    static final String POINTS = "intermediates.metallurgy.recipeByYear={2000: {La: 0.33, Ce: 0.6, Pr: 0.05, Nd: 0.02}, "
            + "2017: {La: 0.29, Ce: 0.6, Pr: 0.05, Nd: 0.06}}";

    @Test
    void withoutPointsEveryYearHasTheRecipeAndWithPointsTheSharesMoveLinearlyBetweenThem() throws Exception {
        ModelConfig base = ConfigLoader.load(TestModels.BASELINE, List.of("intermediates.metallurgy.recipeByYear={}"), ModelConfig.class).value();
        IntermediateConfig fixed = base.intermediates.get("metallurgy");
        assertThat(fixed.drifts()).isFalse();
        int nd = base.elements.indexOf("Nd"), la = base.elements.indexOf("La");
        assertThat(fixed.recipeIn(2010, base.elements)[nd]).isEqualTo(fixed.recipe.get("Nd"));

        ModelConfig c = ConfigLoader.load(TestModels.BASELINE, List.of(POINTS), ModelConfig.class).value();
        IntermediateConfig drift = c.intermediates.get("metallurgy");
        assertThat(drift.drifts()).isTrue();
        assertThat(drift.recipeIn(1995, c.elements)[nd]).isCloseTo(0.02, within(1e-12));
        assertThat(drift.recipeIn(2000, c.elements)[nd]).isCloseTo(0.02, within(1e-12));
        assertThat(drift.recipeIn(2017, c.elements)[nd]).isCloseTo(0.06, within(1e-12));
        assertThat(drift.recipeIn(2030, c.elements)[nd]).isCloseTo(0.06, within(1e-12));
        double[] y2006 = drift.recipeIn(2006, c.elements);
        assertThat(y2006[nd]).isCloseTo(0.02 + 6.0 / 17 * 0.04, within(1e-12));
        assertThat(y2006[la]).isCloseTo(0.33 - 6.0 / 17 * 0.04, within(1e-12));
        assertThat(java.util.Arrays.stream(y2006).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aPointThatDoesNotSumToOneOrAddsAnElementIsAClearConfigProblem() {
        ConfigException sum = catchThrowableOfType(() -> ConfigLoader.load(TestModels.BASELINE,
                List.of("intermediates.metallurgy.recipeByYear={2000: {La: 0.5, Ce: 0.6, Pr: 0.05, Nd: 0.02}}"), ModelConfig.class), ConfigException.class);
        assertThat(sum.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("intermediates.metallurgy.recipeByYear.2000");
            assertThat(p.expected()).contains("sum to 1");
        });
        ConfigException extra = catchThrowableOfType(() -> ConfigLoader.load(TestModels.BASELINE,
                List.of("intermediates.metallurgy.recipeByYear={2000: {La: 0.3, Ce: 0.6, Pr: 0.05, Nd: 0.02, Dy: 0.03}}"), ModelConfig.class), ConfigException.class);
        assertThat(extra.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("intermediates.metallurgy.recipeByYear.2000.Dy");
            assertThat(p.expected()).contains("exactly where the recipe has one");
        });
    }
}
