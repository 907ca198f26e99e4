package reesim.experiment;

import reesim.config.BadInputException;
import reesim.config.ConfigLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.stream.Stream;

/**
 * Runs a sweep plan into a results folder: sweep.json, sweep.yaml (the sweep file), base-config.yaml (the resolved
 * base), scenarios.csv; then runs.csv and outcomes.csv row by row as runs finish; at the end stats.csv (and
 * sobol.csv for a Sobol design), and sweep.json marked complete.
 */
public final class SweepRunner {
    /** Where and what to run: the folder, whether to resume it, which shard, and whether to show progress. */
    public record Options(Path out, boolean resume, Shard shard, boolean quiet) {}

    /** What one invocation did. {@code runSeconds} sums the runs' own wall times. */
    public record Summary(String name, int shardRuns, int doneBefore, int ok, int failed, double wallSeconds,
                          double runSeconds, String engine, Path out) {
        public int ran() { return ok + failed; }

        public String describe() {
            int n = ran();
            return String.format(Locale.ROOT, "sweep %s: %d runs (%d failed)%s in %.1f s wall, %.3f s per run"
                            + " (each run %.3f s on average; engine %s) -> %s",
                    name, n, failed, doneBefore > 0 ? ", " + doneBefore + " done before" : "", wallSeconds,
                    n == 0 ? 0 : wallSeconds / n, n == 0 ? 0 : runSeconds / n, engine, out);
        }
    }

    private final PrintStream log;

    public SweepRunner(PrintStream log) { this.log = log; }

    public Summary run(SweepPlan plan, Engine engine, RunTask task, Options options) throws Exception {
        long started = System.nanoTime();
        Path dir = options.out();
        SweepManifest manifest = SweepManifest.of(plan, options.shard(), engine.describe());
        SweepManifest previous = checkFolder(dir, options, manifest);
        OptionalLong shared = plan.sharedSeed();
        if (shared.isPresent()) throw new IllegalStateException("two runs of the plan got seed " + shared.getAsLong());
        if (previous != null) {
            manifest.created = previous.created;
            manifest.wallSeconds = previous.wallSeconds;
        }
        Files.createDirectories(dir);
        manifest.write(dir);
        SweepSpec spec = plan.spec();
        Files.copy(spec.file(), dir.resolve("sweep.yaml"), StandardCopyOption.REPLACE_EXISTING);
        CsvRows.writeAtomically(dir.resolve("base-config.yaml"), w -> w.write(ConfigLoader.toYaml(spec.baseTree())));
        ScenarioTable.write(dir.resolve(ScenarioTable.FILE), spec.parameterNames(), plan.scenarios());

        int ok, failed, doneBefore;
        List<RunSpec> shardRuns = plan.runs(options.shard());
        DoubleAdder runSeconds = new DoubleAdder();
        try (ResultSink sink = ResultSink.open(dir, plan)) {
            BitSet done = sink.done();
            List<RunSpec> pending = new ArrayList<>();
            for (RunSpec r : shardRuns) if (!done.get(r.runId())) pending.add(r);
            doneBefore = shardRuns.size() - pending.size();
            if (doneBefore > 0) log.println("resuming " + dir + ": " + doneBefore + " of " + shardRuns.size() + " runs done, " + pending.size() + " to go");
            try (Progress progress = Progress.create("sweep " + spec.name(), shardRuns.size(), doneBefore, log, options.quiet())) {
                engine.execute(pending, task, r -> {
                    sink.accept(r);
                    runSeconds.add(r.wallSeconds());
                    progress.runFinished(r.isOk());
                });
            }
            ok = sink.okCount();
            failed = sink.failedCount();
        }
        StatsTable stats = StatsTable.rebuild(dir);
        if (spec.isSobol()) {
            SobolAnalysis.write(dir.resolve(SobolAnalysis.FILE), plan.scenarios(), new ArrayList<>(spec.grid().keySet()),
                    new ArrayList<>(spec.sample().ranges().keySet()), stats);
        }
        if (spec.isComparison()) PairedComparison.write(dir);
        reesim.report.SweepReport.write(dir);
        double wall = (System.nanoTime() - started) / 1e9;
        manifest.status = SweepManifest.COMPLETE;
        manifest.runsOk = doneBefore + ok;
        manifest.runsFailed = failed;
        manifest.wallSeconds += wall;
        manifest.write(dir);
        return new Summary(spec.name(), shardRuns.size(), doneBefore, ok, failed, wall, runSeconds.sum(), engine.describe(), dir);
    }

    /** Refuses a folder that is in use, unless resuming the same plan and shard; returns the earlier manifest if resuming. */
    private static SweepManifest checkFolder(Path dir, Options options, SweepManifest manifest) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out " + dir + " is a file; expected a folder for the sweep's results");
        }
        if (!Files.isDirectory(dir) || isEmpty(dir)) return null;
        if (!options.resume()) {
            throw new BadInputException("--out " + dir + " exists and is not empty; expected a new folder, or --resume to finish the sweep in it");
        }
        if (!SweepManifest.exists(dir)) {
            throw new BadInputException("--resume: " + dir + " holds no " + SweepManifest.FILE + "; expected the --out folder of an interrupted sweep");
        }
        SweepManifest previous = SweepManifest.read(dir);
        if (!manifest.planSha256.equals(previous.planSha256)) {
            throw new BadInputException("--resume: " + dir + " holds another sweep (" + previous.sweepFile + "): its base config, years, seeds,"
                    + " scenarios or outcomes differ from " + manifest.sweepFile + "; expected the same sweep file, or a new --out folder");
        }
        if (!java.util.Objects.equals(manifest.keep, previous.keep)) {
            throw new BadInputException("--resume: " + dir + " keeps " + (previous.keep == null ? "no trajectories" : "the trajectories '" + previous.keep + "'")
                    + ", not " + (manifest.keep == null ? "none" : "'" + manifest.keep + "'") + "; expected the same keep: block as the interrupted sweep, or a new --out folder");
        }
        if (!manifest.shard.equals(previous.shard)) {
            throw new BadInputException("--resume: " + dir + " holds shard " + previous.shard + ", not " + manifest.shard
                    + "; expected the same --shard as the interrupted sweep");
        }
        return previous;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
