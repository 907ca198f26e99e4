package reesim.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The substitution and newUses blocks: off in the baseline, every value checked, and a bad value is bad input
 * (exit 2) naming the file, the key path, the value and what is expected, with "did you mean" for a misspelt
 * family or element.
 */
class TechnologyConfigTest {
    static final Path BASELINE = Path.of("configs/baseline.yaml");

    @Test
    void theBaselineListsSubstitutesAndNewUsesButHasThemOff() throws Exception {
        ModelConfig c = ConfigLoader.load(BASELINE, List.of(), ModelConfig.class).value();
        assertThat(c.substitution.enabled).isFalse();
        assertThat(c.newUses.enabled).isFalse();
        assertThat(c.substitution.families).containsKey("electric_vehicle");
        assertThat(c.newUses.families).containsKey("metallurgy");
        assertThat(c.substitution.forFamily("electric_vehicle")).isNull();
        assertThat(c.newUses.forFamily("metallurgy")).isNull();
        ModelConfig on = ConfigLoader.load(BASELINE, List.of("substitution.enabled=true", "newUses.enabled=true"), ModelConfig.class).value();
        assertThat(on.substitution.forFamily("electric_vehicle")).isNotNull();
        assertThat(on.substitution.forFamily("mobile_phone")).isNull();
        assertThat(on.newUses.forFamily("metallurgy").element).isEqualTo("Ce");
    }

    static ConfigException problems(String... sets) {
        ConfigException e = catchThrowableOfType(() -> ConfigLoader.load(BASELINE, List.of(sets), ModelConfig.class), ConfigException.class);
        assertThat(e).as("no problem found for %s", List.of(sets)).isNotNull();
        return e;
    }

    @Test
    void theMagnetDilutionIsCheckedEvenWhileOff() {
        assertThat(problems("intermediates.ndfeb.dilution.maxShare=1.2").problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("intermediates.ndfeb.dilution.maxShare");
            assertThat(p.expected()).contains("[0, 1]");
        });
        assertThat(problems("intermediates.ndfeb.dilution.element=Xx").problems()).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("intermediates.ndfeb.dilution.element"));
        assertThat(problems("intermediates.ndfeb.dilution.replaces=[Pr, La]").problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("intermediates.ndfeb.dilution.replaces.1");
            assertThat(p.expected()).contains("positive share in the recipe");
        });
    }

    @Test
    void badValuesAreNamedWithTheirPathAndWhatIsExpected() {
        assertThat(problems("substitution.families.electric_vehicle.maxShare=1.5").problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(BASELINE.toString());
            assertThat(p.path()).isEqualTo("substitution.families.electric_vehicle.maxShare");
            assertThat(p.value()).isEqualTo("1.5");
            assertThat(p.expected()).contains("[0, 1]");
        });
        assertThat(problems("substitution.families.wind_turbine.premiumPerUnit=-5").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("substitution.families.wind_turbine.premiumPerUnit = -5.0: a finite number >= 0 (USD/unit)"));
        assertThat(problems("substitution.families.industrial_robot.adoptionYears=-1", "substitution.families.industrial_robot.premiumSpread=2").problems())
                .extracting(Problem::path).containsExactlyInAnyOrder("substitution.families.industrial_robot.adoptionYears",
                        "substitution.families.industrial_robot.premiumSpread");
        assertThat(problems("newUses.families.metallurgy.maxMultiple=0.5").problems()).singleElement()
                .satisfies(p -> assertThat(p.expected()).contains("[1, 1000]"));
        assertThat(problems("newUses.families.metallurgy.element=Cee").problems()).singleElement()
                .satisfies(p -> assertThat(p.expected()).contains("did you mean 'Ce'?"));
        assertThat(problems("newUses.families.catalysts.element=Tb").problems()).singleElement()
                .satisfies(p -> assertThat(p.expected()).contains("present in the recipe of catalyst"));
    }

    @Test
    void aMisspeltFamilyIsBadInputWithASuggestionAndExitCode2(@TempDir Path dir) throws Exception {
        Path overlay = dir.resolve("subst.yaml");
        Files.writeString(overlay, "extends: " + BASELINE.toAbsolutePath() + "\n"
                + "substitution:\n  enabled: true\n  families:\n    electric_vehicel:\n      availableFrom: 2015\n      maxShare: 0.5\n");
        ConfigException e = catchThrowableOfType(() -> ConfigLoader.load(overlay, List.of(), ModelConfig.class), ConfigException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("substitution.families.electric_vehicel");
            assertThat(p.expected()).contains("did you mean 'electric_vehicle'?");
        });

        PrintStream oldErr = System.err, oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(err, true));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true));
            code = Main.execute("validate", "--config", overlay.toString());
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("subst.yaml").contains("substitution.families.electric_vehicel")
                .contains("did you mean 'electric_vehicle'?");
    }
}
