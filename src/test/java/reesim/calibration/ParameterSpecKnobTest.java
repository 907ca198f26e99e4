package reesim.calibration;

import org.junit.jupiter.api.Test;
import reesim.config.Knob;
import reesim.config.Problem;
import reesim.config.Problems;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A free parameter that sets a scenario knob's value must stay within the registry's range. */
class ParameterSpecKnobTest {

    private static ParameterSpec spec(Knob k, String mode, double lower, double upper) {
        ParameterSpec s = new ParameterSpec();
        s.name = k.key;
        s.paths = List.of(k.path());
        s.mode = mode;
        s.lower = lower;
        s.upper = upper;
        s.why = "test";
        return s;
    }

    @Test
    void valueBoundsOfEveryKnobAreCheckedAgainstTheRegistry() {
        for (Knob k : Knob.values()) {
            Problems inside = new Problems("free-parameters.yaml");
            spec(k, "value", k.min, k.max).validate("parameters.0", inside);
            assertThat(inside.list()).as(k.key).isEmpty();

            Problems outside = new Problems("free-parameters.yaml");
            spec(k, "value", k.min - 1, k.max + 1).validate("parameters.0", outside);
            assertThat(outside.list()).as(k.key).extracting(Problem::path).contains("parameters.0.lower", "parameters.0.upper");
            assertThat(outside.list()).allSatisfy(p -> assertThat(p.expected()).contains(k.range()));
        }
    }

    @Test
    void scaleModeMultipliesThePriorSoItIsNotCheckedAgainstTheRange() {
        Problems p = new Problems("free-parameters.yaml");
        spec(Knob.EXPORT_TARIFF_ADD, "scale", 0.5, 200).validate("parameters.0", p);
        assertThat(p.list()).isEmpty();
    }
}
