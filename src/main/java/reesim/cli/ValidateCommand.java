package reesim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.config.ScenarioConfig;

import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check a config and print what it would run.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        ConfigLoader.Loaded<ModelConfig> loaded = options.load();
        ModelConfig cfg = loaded.value();
        System.out.println(options.config + ": valid (sha256 " + loaded.fileSha256().substring(0, 12) + ")");
        if (!loaded.overrides().isEmpty()) System.out.println("overrides: " + loaded.overrides());
        System.out.println(cfg.describe());
        for (String note : knobNotes(cfg.scenario)) System.out.println("note: " + note);
        return 0;
    }

    /** What the scenario knobs will do in this config, so a user sees when a knob has nothing to act on. */
    static java.util.List<String> knobNotes(ScenarioConfig s) {
        return java.util.List.of();
    }
}
