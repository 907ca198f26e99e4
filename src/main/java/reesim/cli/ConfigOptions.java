package reesim.cli;

import picocli.CommandLine.Option;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options every model-building command shares: --config and --set. */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "model config (default: ${DEFAULT-VALUE})",
            defaultValue = "configs/baseline.yaml")
    public Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a config leaf by its dotted path, e.g. scenario.enforcementScale=2 (repeatable)")
    public List<String> sets = new ArrayList<>();

    public ConfigLoader.Loaded<ModelConfig> load() throws ConfigException {
        return ConfigLoader.load(config, sets, ModelConfig.class);
    }

    /** Base name of the config file without extension, for default output folder names. */
    public String configName() {
        String f = config.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
