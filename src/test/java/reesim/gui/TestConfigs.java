package reesim.gui;

import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.nio.file.Path;
import java.util.List;

/** The baseline config, freshly loaded (the GUI edits its scenario knobs in place). */
final class TestConfigs {
    private TestConfigs() {}

    static ModelConfig baseline(String... sets) throws Exception {
        return ConfigLoader.load(Path.of("configs/baseline.yaml"), List.of(sets), ModelConfig.class).value();
    }
}
