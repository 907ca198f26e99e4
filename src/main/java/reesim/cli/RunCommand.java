package reesim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.model.ReeModel;
import reesim.model.Simulation;
import reesim.output.Manifest;
import reesim.output.ResultWriter;
import reesim.output.RunDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run one simulation headless and write its results folder.")
public final class RunCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/<config>-seed<N>-<yyyyMMdd-HHmmss>)")
    Path out;

    @Option(names = "--until", paramLabel = "YEAR", description = "stop at the end of this year (default: the config's endYear)")
    Integer until;

    @Option(names = "--quiet", description = "print nothing on success")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        ConfigLoader.Loaded<ModelConfig> loaded = options.load();
        ModelConfig cfg = loaded.value();
        int untilYear = until == null ? cfg.time.endYear : until;
        if (untilYear < cfg.time.startYear || untilYear > cfg.time.endYear) {
            throw new ConfigException("--until", "--until", untilYear, "a year within the config's horizon " + cfg.time.startYear + "-" + cfg.time.endYear);
        }
        Path dir = out != null ? out : Path.of("results", options.configName() + "-seed" + seed + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        if (Files.exists(dir) && !(Files.isDirectory(dir) && isEmpty(dir))) {
            throw new BadInputException("--out " + dir + ": the folder exists and is not empty; expected a new or empty folder");
        }
        Files.createDirectories(dir.toAbsolutePath().getParent());
        long started = System.nanoTime();
        try (RunDirectory rd = RunDirectory.create(dir)) {
            Manifest manifest = Manifest.running(options.config.toString(), loaded.fileSha256(), loaded.overrides(), seed, cfg.time.startYear, untilYear);
            manifest.write(rd.tempPath());
            Files.writeString(rd.tempPath().resolve("config.yaml"), ConfigLoader.toYaml(loaded.resolvedTree()));
            ReeModel model = Simulation.run(cfg, seed, untilYear);
            new ResultWriter(model).writeAll(rd.tempPath());
            double wall = (System.nanoTime() - started) / 1e9;
            reesim.report.RunReport.writeBeforeCompletion(rd.tempPath());
            manifest.complete(model.schedule.getSteps(), wall).write(rd.tempPath());
            rd.commit();
            if (!quiet) System.out.printf("run complete: %d ticks (%d-01 to %d-12), seed %d, %.2f s -> %s%n",
                    model.schedule.getSteps(), cfg.time.startYear, untilYear, seed, wall, dir);
        }
        return 0;
    }

    private static boolean isEmpty(Path dir) throws java.io.IOException {
        try (var s = Files.list(dir)) { return s.findAny().isEmpty(); }
    }
}
