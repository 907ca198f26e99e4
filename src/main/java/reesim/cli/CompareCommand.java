package reesim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import reesim.config.BadInputException;
import reesim.experiment.LocalEngine;
import reesim.experiment.ModelRun;
import reesim.experiment.NamedScenario;
import reesim.experiment.PairedComparison;
import reesim.experiment.Shard;
import reesim.experiment.SweepManifest;
import reesim.experiment.SweepPlan;
import reesim.experiment.SweepRunner;
import reesim.experiment.SweepSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code compare}: the scenarios of a comparison file against its base over paired seeds. A comparison is a sweep
 * whose scenarios are named (an overlay config and/or overrides each), run with common random numbers by the sweep
 * machinery (runs.csv, outcomes.csv, stats.csv, resume), plus comparison.csv: the paired differences from the base
 * with their 95 % intervals, and their charts in report.html.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare scenarios with the base over paired seeds: every scenario runs replicate r on the same seed as the base (common random numbers).",
                "Writes the sweep files (runs.csv, outcomes.csv, stats.csv), then comparison.csv (mean paired difference per scenario and outcome, its 95 %% t interval, relative difference) and report.html.",
                "See docs/policies.md."})
public final class CompareCommand implements Callable<Integer> {
    static final String BEGIN = "<!-- comparison-table:begin -->";
    static final String END = "<!-- comparison-table:end -->";

    @Option(names = "--config", required = true, paramLabel = "COMPARISON.yaml", description = "the comparison file (the shipped one: configs/comparisons)")
    Path config;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a leaf of the base config in every scenario, the base included (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/compare-<name>-<yyyyMMdd-HHmmss>)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of processors)")
    Integer threads;

    @Option(names = "--resume", description = "finish an interrupted comparison in --out: keep its completed runs, run the rest")
    boolean resume;

    @Option(names = "--into", paramLabel = "DOC", description = "replace the text between '" + BEGIN + "' and '" + END + "' in DOC with the comparison tables (markdown)")
    Path into;

    @Option(names = "--seeds", paramLabel = "FIRST-LAST", description = "run seeds FIRST..LAST instead of the file's seeds (e.g. 21-40, to check conclusions on seeds not looked at)")
    String seedRange;

    @Option(names = "--dry-run", description = "print the scenarios, their overrides and the number of runs, run nothing")
    boolean dryRun;

    @Option(names = "--quiet", description = "no progress output")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) throw new BadInputException("--threads " + threadCount + ": expected a number of threads >= 1");
        SweepSpec spec = SweepSpec.loadComparison(config, sets);
        if (seedRange != null) spec = withSeeds(spec, seedRange);
        SweepPlan plan = SweepPlan.of(spec);
        if (dryRun) {
            System.out.println(plan.describe(Shard.ALL, 200));
            return 0;
        }
        if (resume && out == null) throw new BadInputException("--resume: expected --out DIR, the folder of the interrupted comparison");
        if (into != null) {
            if (!Files.isRegularFile(into)) throw new BadInputException("--into " + into + ": no such file; expected a markdown file holding " + BEGIN + " and " + END);
            CalibrationTableCommand.splice(Files.readString(into), "", into, BEGIN, END);   // the markers are there: checked before the runs
        }
        Path dir = out != null ? out : Path.of("results", "compare-" + spec.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        OutputPaths.requireWritableFolder("--out", dir);
        SweepRunner.Summary summary = new SweepRunner(System.err)
                .run(plan, new LocalEngine(threadCount), ModelRun.of(spec), new SweepRunner.Options(dir, resume, Shard.ALL, quiet));
        List<PairedComparison.Row> rows = PairedComparison.read(dir.resolve(PairedComparison.FILE));
        String doc = document(spec, SweepManifest.read(dir), rows);
        if (into != null) {
            Files.writeString(into, CalibrationTableCommand.splice(Files.readString(into), doc, into, BEGIN, END));
        } else if (!quiet) {
            System.out.print(PairedComparison.markdown(rows, SweepManifest.read(dir).outcomeUnits));
        }
        System.out.println(summary.describe().replaceFirst("^sweep", "compare") + (into != null ? "; tables written to " + into : ""));
        return 0;
    }

    /** {@code spec} with the seeds FIRST..LAST of {@code range} (common random numbers kept). */
    static SweepSpec withSeeds(SweepSpec spec, String range) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})-(\\d{1,9})").matcher(range.trim());
        if (!m.matches() || Long.parseLong(m.group(1)) > Long.parseLong(m.group(2)) || Long.parseLong(m.group(2)) - Long.parseLong(m.group(1)) >= 1_000_000) {
            throw new BadInputException("--seeds " + range + ": expected FIRST-LAST, two whole numbers with FIRST <= LAST (at most 1000000 seeds), e.g. 21-40");
        }
        List<Long> seeds = new ArrayList<>();
        for (long s = Long.parseLong(m.group(1)); s <= Long.parseLong(m.group(2)); s++) seeds.add(s);
        return new SweepSpec(spec.file(), spec.fileSha256(), spec.name(), spec.baseFile(), spec.baseLabel(), spec.baseTree(), spec.baseSha256(),
                spec.baseOverrides(), spec.startYear(), spec.untilYear(), spec.elements(), new reesim.experiment.SeedPolicy(seeds, true),
                spec.grid(), spec.sample(), spec.outcomes(), spec.keep(), spec.named());
    }

    /** The generated part of docs/policies.md: what was run (seeds, years, scenarios and their overrides) and the table. */
    static String document(SweepSpec spec, SweepManifest manifest, List<PairedComparison.Row> rows) {
        StringBuilder sb = new StringBuilder();
        List<Long> seeds = spec.seeds().replicateSeeds();
        sb.append(String.format(Locale.ROOT, "Generated by `java -jar target/reesim.jar compare --config %s --into ...` (reesim %s, %s): "
                        + "base `%s`, years %d-%d, %d seeds %s on every scenario (common random numbers), %d runs (%d failed), %.0f s wall.%n%n",
                spec.file(), manifest.reesimVersion, manifest.created, spec.baseLabel(), spec.startYear(), spec.untilYear(), seeds.size(),
                seedList(seeds), manifest.runsOk + manifest.runsFailed, manifest.runsFailed, manifest.wallSeconds));
        sb.append("| scenario | what it is | config | overrides of the base |\n|---|---|---|---|\n");
        for (NamedScenario n : spec.named()) {
            sb.append("| ").append(n.name()).append(" | ").append(n.about() == null ? "" : n.about().replace("|", "\\|"))
              .append(" | ").append(n.config() == null ? "" : "`" + n.config() + "`")
              .append(" | ").append(n.overrides().isEmpty() ? "none" : overridesText(n.overrides())).append(" |\n");
        }
        sb.append('\n').append(PairedComparison.markdown(rows, manifest.outcomeUnits));
        return sb.toString();
    }

    private static String overridesText(List<String> overrides) {
        List<String> shown = new ArrayList<>();
        for (String o : overrides) shown.add("`" + (o.length() > 90 ? o.substring(0, 87) + "..." : o).replace("|", "\\|") + "`");
        return String.join("<br>", shown);
    }

    private static String seedList(List<Long> seeds) {
        boolean consecutive = true;
        for (int i = 0; i < seeds.size(); i++) if (seeds.get(i) != i + 1) consecutive = false;
        if (consecutive) return "1-" + seeds.size();
        return seeds.toString();
    }
}
