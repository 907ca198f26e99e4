package reesim.cli;

import reesim.config.BadInputException;

import reesim.output.DataCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.model.ReeModel;
import reesim.output.Simulation;
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

    @Option(names = "--checkpoint-every", paramLabel = "TICKS", description = "write a MASON checkpoint every TICKS months into <out>-checkpoints/ (kept if the run dies)")
    Integer checkpointEvery;

    @Option(names = "--resume-from", paramLabel = "FILE", description = "continue a run from a checkpoint; the output equals the uninterrupted run's")
    Path resumeFrom;

    @Override
    public Integer call() throws Exception {
        ReeModel model = resumeFrom != null ? resume() : fresh();
        ModelConfig cfg = model.config();
        long seedUsed = model.seed();
        int untilYear = until == null ? cfg.time.endYear : until;
        if (untilYear < cfg.time.startYear || untilYear > cfg.time.endYear) {
            throw new ConfigException("--until", "--until", untilYear, "a year within the config's horizon " + cfg.time.startYear + "-" + cfg.time.endYear);
        }
        if (checkpointEvery != null && checkpointEvery < 1) {
            throw new BadInputException("--checkpoint-every " + checkpointEvery + ": expected a number of months >= 1");
        }
        Path dir = out != null ? out : Path.of("results", configName(model) + "-seed" + seedUsed + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        if (Files.exists(dir) && !(Files.isDirectory(dir) && isEmpty(dir))) {
            throw new BadInputException("--out " + dir + ": the folder exists and is not empty; expected a new or empty folder");
        }
        Files.createDirectories(dir.toAbsolutePath().getParent());
        Checkpoints checkpoints = checkpointEvery == null ? null : new Checkpoints(dir.resolveSibling(dir.getFileName() + "-checkpoints"), checkpointEvery);
        long started = System.nanoTime();
        try (RunDirectory rd = RunDirectory.create(dir)) {
            var p = model.provenance();
            Manifest manifest = Manifest.running(p.get("config_file"), p.get("config_sha256"), overrides(p), seedUsed, cfg.time.startYear, untilYear);
            if (resumeFrom != null) manifest.extra.put("resumed_from", resumeFrom.toString());
            manifest.write(rd.tempPath());
            Files.writeString(rd.tempPath().resolve("config.yaml"), p.get("config_yaml"));
            model.runUntil(untilYear, t -> { if (checkpoints != null) checkpoints.maybeWrite(model, t); });
            model.finish();
            new ResultWriter(model).writeAll(rd.tempPath());
            double wall = (System.nanoTime() - started) / 1e9;
            reesim.report.RunReport.writeBeforeCompletion(rd.tempPath());
            manifest.complete(model.schedule.getSteps(), wall).write(rd.tempPath());
            rd.commit();
            if (!quiet) System.out.printf("run complete: %d ticks (%d-01 to %d-12), seed %d, %.2f s -> %s%n",
                    model.schedule.getSteps(), cfg.time.startYear, untilYear, seedUsed, wall, dir);
        }
        return 0;
    }

    private ReeModel fresh() throws ConfigException {
        ConfigLoader.Loaded<ModelConfig> loaded = options.load();
        ReeModel model = new ReeModel(seed, loaded.value());
        var p = model.provenance();
        p.put("config_file", options.config.toString());
        p.put("config_name", options.configName());
        p.put("config_sha256", loaded.fileSha256());
        p.put("overrides", String.join("\n", loaded.overrides()));
        p.put("config_yaml", ConfigLoader.toYaml(loaded.resolvedTree()));
        model.start();
        DataCollector.attachTo(model);
        return model;
    }

    private ReeModel resume() {
        if (!Files.isRegularFile(resumeFrom)) throw new BadInputException("--resume-from " + resumeFrom + ": no such checkpoint file");
        sim.engine.SimState s = sim.engine.SimState.readFromCheckpoint(resumeFrom.toFile());
        if (!(s instanceof ReeModel m)) throw new BadInputException("--resume-from " + resumeFrom + ": not a reesim checkpoint (expected a file written by run --checkpoint-every)");
        return m;
    }

    private static java.util.List<String> overrides(java.util.Map<String, String> p) {
        String o = p.getOrDefault("overrides", "");
        return o.isEmpty() ? java.util.List.of() : java.util.List.of(o.split("\n"));
    }

    private static String configName(ReeModel m) { return m.provenance().getOrDefault("config_name", m.config().name); }

    private static boolean isEmpty(Path dir) throws java.io.IOException {
        try (var s = Files.list(dir)) { return s.findAny().isEmpty(); }
    }
}
