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

import java.nio.charset.StandardCharsets;
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

    @Option(names = "--until", paramLabel = "YEAR", description = "stop at the end of this year (default: the config's endYear; with --resume-from, the horizon the checkpointed run was started with)")
    Integer until;

    @Option(names = "--quiet", description = "print nothing on success")
    boolean quiet;

    @Option(names = "--checkpoint-every", paramLabel = "TICKS", description = "write a MASON checkpoint every TICKS months into <out>-checkpoints/; they are kept when the run dies and also when it completes (delete the folder when you no longer need it)")
    Integer checkpointEvery;

    @Option(names = "--resume-from", paramLabel = "FILE", description = "continue a run from a checkpoint, to the original run's --until unless --until is given; the output equals the uninterrupted run's")
    Path resumeFrom;

    @Override
    public Integer call() throws Exception {
        ReeModel model = resumeFrom != null ? resume() : fresh();
        ModelConfig cfg = model.config();
        long seedUsed = model.seed();
        // a resumed run continues to the horizon its run was started with (kept in the checkpoint), unless told otherwise
        String keptHorizon = model.provenance().get(UNTIL);
        int untilYear = until != null ? until : keptHorizon != null ? Integer.parseInt(keptHorizon) : cfg.time.endYear;
        if (untilYear < cfg.time.startYear || untilYear > cfg.time.endYear) {
            throw new ConfigException("--until", "--until", untilYear, "a year within the config's horizon " + cfg.time.startYear + "-" + cfg.time.endYear);
        }
        if (checkpointEvery != null && checkpointEvery < 1) {
            throw new BadInputException("--checkpoint-every " + checkpointEvery + ": expected a number of months >= 1");
        }
        model.provenance().put(UNTIL, Integer.toString(untilYear));
        Path dir = out != null ? out : Path.of("results", configName(model) + "-seed" + seedUsed + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        OutputPaths.requireWritableFolder("--out", dir);
        if (Files.exists(dir) && !(Files.isDirectory(dir) && isEmpty(dir))) {
            throw new BadInputException("--out " + dir + ": the folder exists and is not empty; expected a new or empty folder");
        }
        Files.createDirectories(dir.toAbsolutePath().getParent());
        Checkpoints checkpoints = checkpointEvery == null ? null : new Checkpoints(dir.resolveSibling(dir.getFileName() + "-checkpoints"), checkpointEvery);
        for (RunDirectory.StalePartial stale : RunDirectory.removeStalePartials(dir.toAbsolutePath().getParent())) {
            if (!quiet) System.err.println("removed stale partial folder " + dir.resolveSibling(stale.folder().getFileName())
                    + " (left by a run that did not finish: " + stale.reason() + ")");
        }
        long started = System.nanoTime();
        try (RunDirectory rd = RunDirectory.create(dir)) {
            var p = model.provenance();
            byte[] configYaml = p.get("config_yaml").getBytes(StandardCharsets.UTF_8);
            // config_sha256 is the SHA-256 of the resolved config.yaml written beside the manifest (as a sweep's base_sha256)
            Manifest manifest = Manifest.running(p.get("config_file"), sha256(configYaml), overrides(p), seedUsed, cfg.time.startYear, untilYear);
            if (resumeFrom != null) manifest.extra.put("resumed_from", resumeFrom.toString());
            manifest.write(rd.tempPath());
            Files.write(rd.tempPath().resolve("config.yaml"), configYaml);
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

    /** Provenance key of the last year a run was started to run to: a resumed run continues to it. */
    static final String UNTIL = "until";

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReeModel fresh() throws ConfigException {
        ConfigLoader.Loaded<ModelConfig> loaded = options.load();
        ReeModel model = new ReeModel(seed, loaded.value());
        var p = model.provenance();
        p.put("config_file", options.config.toString());
        p.put("config_name", options.configName());
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
