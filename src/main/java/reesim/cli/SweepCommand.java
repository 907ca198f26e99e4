package reesim.cli;

import reesim.config.BadInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reesim.experiment.Engine;
import reesim.experiment.LocalEngine;
import reesim.experiment.ModelRun;
import reesim.experiment.Shard;
import reesim.experiment.SweepPlan;
import reesim.experiment.SweepRunner;
import reesim.experiment.SweepSpec;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run many simulations: the scenarios of a sweep file x its seeds, on threads here or on Spark.",
                "Writes runs.csv and outcomes.csv row by row as runs finish, then stats.csv (and sobol.csv for a Sobol design).",
                "See docs/sweeps.md."})
public final class SweepCommand implements Callable<Integer> {
    enum EngineKind { local, spark }

    @Option(names = "--config", required = true, paramLabel = "SWEEP.yaml", description = "the sweep file (e.g. configs/sweeps/enforcement-tariff.yaml)")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a leaf of the base config in every scenario (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/sweep-<name>-<yyyyMMdd-HHmmss>)")
    Path out;

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            description = "local: threads on this machine (default); spark: one Spark job, master from spark-submit or --spark-master")
    EngineKind engine;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads of the local engine (default: the number of processors)")
    Integer threads;

    @Option(names = "--spark-master", paramLabel = "URL", description = "Spark master for --engine spark when not started by spark-submit, e.g. local[2]")
    String sparkMaster;

    @Option(names = "--resume", description = "finish an interrupted sweep in --out: keep its completed runs, run the rest (and the failed ones) again")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N", description = "run only the K-th of N slices of the runs (job arrays); combine the slices with `merge`")
    String shard;

    @Option(names = "--dry-run", description = "print the scenarios and the number of runs, run nothing")
    boolean dryRun;

    @Option(names = "--quiet", description = "no progress output")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Shard slice = parseShard();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) throw new BadInputException("--threads " + threadCount + ": expected a number of threads >= 1");
        if (sparkMaster != null && engine != EngineKind.spark) throw new BadInputException("--spark-master " + sparkMaster + ": expected together with --engine spark");
        SweepSpec spec = SweepSpec.load(config, sets);
        SweepPlan plan = SweepPlan.of(spec);
        if (dryRun) {
            System.out.println(plan.describe(slice, 60));
            return 0;
        }
        if (resume && out == null) throw new BadInputException("--resume: expected --out DIR, the folder of the interrupted sweep");
        Engine chosen = engine == EngineKind.local ? new LocalEngine(threadCount) : sparkEngine();
        Path dir = out != null ? out : Path.of("results", "sweep-" + spec.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        OutputPaths.requireWritableFolder("--out", dir);
        SweepRunner.Summary summary = new SweepRunner(System.err)
                .run(plan, chosen, ModelRun.of(spec), new SweepRunner.Options(dir, resume, slice, quiet));
        System.out.println(summary.describe());
        return 0;
    }

    private Shard parseShard() {
        if (shard == null) return Shard.ALL;
        try {
            return Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--shard " + shard + ": expected " + e.getMessage());
        }
    }

    /** Spark is a provided dependency: present under spark-submit (and in the test suite), absent from plain java -jar. */
    private Engine sparkEngine() throws ReflectiveOperationException {
        try {
            Class.forName("org.apache.spark.SparkConf");
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BadInputException("--engine spark: Spark is not on the classpath (target/reesim.jar does not bundle it); expected "
                    + "scripts/reesim-spark sweep --engine spark --spark-master local[N] ... on this machine, or "
                    + "spark-submit --class reesim.cli.Main --master spark://HOST:PORT target/reesim-spark.jar sweep --engine spark ... "
                    + "on a cluster (docs/sweeps.md, Spark engine)");
        }
        return (Engine) Class.forName("reesim.experiment.SparkEngine").getConstructor(String.class).newInstance(sparkMaster);
    }
}
