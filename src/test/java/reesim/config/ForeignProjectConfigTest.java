package reesim.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** world.projects.N.concentrateMarket names a deposit type, and the project's ore must be that deposit's. */
class ForeignProjectConfigTest {
    static final Path BASELINE = Path.of("configs/baseline.yaml");

    static int project(String name) throws Exception {
        List<WorldConfig.ForeignProject> ps = ConfigLoader.load(BASELINE, List.of(), ModelConfig.class).value().world.projects;
        for (int i = 0; i < ps.size(); i++) if (ps.get(i).name.equals(name)) return i;
        throw new AssertionError(name);
    }

    @Test
    void aMisspeltDepositTypeIsNamedWithASuggestion() throws Exception {
        int i = project("myanmar_clays");
        ConfigException e = catchThrowableOfType(() -> ConfigLoader.load(BASELINE,
                List.of("world.projects." + i + ".concentrateMarket=ion_cly"), ModelConfig.class), ConfigException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("world.projects." + i + ".concentrateMarket");
            assertThat(p.expected()).contains("did you mean 'ion_clay'?");
        });
    }

    @Test
    void theOreMustBeTheDepositTypesWhoseConcentrateItSells() throws Exception {
        int i = project("mount_weld");
        ConfigException e = catchThrowableOfType(() -> ConfigLoader.load(BASELINE,
                List.of("world.projects." + i + ".concentrateMarket=ion_clay"), ModelConfig.class), ConfigException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).startsWith("world.projects." + i + ".distribution.");
            assertThat(p.expected()).contains("deposit type ion_clay");
        });
        // the clays' own composition is the ion-clay deposit's
        int clays = project("myanmar_clays");
        assertThat(ConfigLoader.load(BASELINE, List.of("world.projects." + clays + ".concentrateMarket=ion_clay"), ModelConfig.class)
                .value().world.projects.get(clays).sellsConcentrate()).isTrue();
    }
}
