package reesim.cli;

import reesim.config.BadInputException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reesim.data.MarketHistory;
import reesim.history.HistoryMapping;
import reesim.history.HistoryTargets;
import reesim.calibration.CalibrationFolder;
import reesim.calibration.CalibrationManifest;
import reesim.calibration.Calibrator;
import reesim.calibration.Contrast;
import reesim.calibration.Ensemble;
import reesim.calibration.FitCsv;
import reesim.calibration.FreeParameter;
import reesim.calibration.PairedBootstrap;
import reesim.calibration.ParameterSet;
import reesim.calibration.PriorValues;
import reesim.calibration.Target;
import reesim.calibration.Objective;
import reesim.calibration.TargetSet;
import reesim.calibration.YamlLeafWriter;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.experiment.Engine;
import reesim.experiment.LocalEngine;
import reesim.report.CalibrationSearchReport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Search the free parameters for the smallest objective J = sum of weight x squared relative error of the seed-mean "
                + "of each fit target (runs to the last target year only). Prints progress and the best fit; --write puts the fitted values "
                + "into the config in place (comments kept) and writes the fit CSV. Every evaluation is written to evaluations.csv in the output "
                + "folder as it finishes; --resume DIR continues an interrupted calibration. See docs/calibration.md."})
public final class CalibrateCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = "--targets", paramLabel = "FILE", defaultValue = "configs/calibration/targets.yaml", description = "calibration targets (default: ${DEFAULT-VALUE})")
    Path targetsFile;

    @Option(names = "--params", paramLabel = "FILE", defaultValue = "configs/calibration/free-parameters.yaml", description = "free parameters and bounds (default: ${DEFAULT-VALUE})")
    Path paramsFile;

    @Option(names = "--seeds", defaultValue = "5", description = "seeds per evaluation, the same for every evaluation (default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--seed-base", defaultValue = "1", description = "first seed (default: ${DEFAULT-VALUE})")
    long seedBase;

    @Option(names = "--max-evals", defaultValue = "150", description = "evaluations in all, the prior included (default: ${DEFAULT-VALUE})")
    int maxEvals;

    @Option(names = "--method", defaultValue = "cmaes", description = "optimiser: cmaes or bobyqa (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--optimiser-seed", defaultValue = "1", description = "seed of CMA-ES's own sampling (default: ${DEFAULT-VALUE})")
    long optimiserSeed;

    @Option(names = "--step", defaultValue = "0.25", description = "initial step of the search, on the parameters scaled to [0, 1] between their bounds "
            + "(CMA-ES sigma, BOBYQA trust radius): 0.25 explores, 0.05-0.1 refines an earlier fit (default: ${DEFAULT-VALUE})")
    double step;

    @Option(names = "--threads", paramLabel = "N", description = "parallel runs of the local engine: the seeds and contrast scenarios of an evaluation, "
            + "and the members of a CMA-ES generation (default: available processors); results do not depend on it")
    Integer threads;

    enum EngineKind { local, spark }

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            description = "local: threads on this machine (default); spark: each batch of evaluations as one Spark job, master from spark-submit or --spark-master")
    EngineKind engine;

    @Option(names = "--spark-master", paramLabel = "URL", description = "Spark master for --engine spark when not started by spark-submit, e.g. local[2]")
    String sparkMaster;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder: calibration.json, the files used, evaluations.csv, report.html "
            + "(default: results/calibration-<config>-<yyyyMMdd-HHmmss>)")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR", description = "continue the calibration in DIR (same config, --set, --targets, --params, seeds, "
            + "--method, --optimiser-seed, --step; --max-evals may grow): the recorded evaluations are replayed, not run again")
    Path resume;

    @Option(names = "--check-seeds", paramLabel = "N", defaultValue = "0", description = "after the search, evaluate the config and the best "
            + "point on N further seeds (from --check-seed-base) and print both objectives: a best point picked on few seeds is partly a "
            + "lucky draw of them; with --write the fitted values are written only if they are better on these seeds too (default: 0, no check)")
    int checkSeeds;

    @Option(names = "--check-seed-base", paramLabel = "SEED", description = "first seed of the check (default: the seed after the search's last, or after the finalists' with --finalists K > 1)")
    Long checkSeedBase;

    @Option(names = "--finalists", paramLabel = "K", defaultValue = "1", description = "after the search, run its K best points again on "
            + "--finalist-seeds further seeds and take the best of them there as the fit (the best of many evaluations on a few seeds is the one "
            + "their noise favoured most); the check then runs on the seeds after the finalists' (default: ${DEFAULT-VALUE}, the search's best)")
    int finalists;

    @Option(names = "--finalist-seeds", paramLabel = "N", defaultValue = "10", description = "seeds of the finalists' race, from the seed after "
            + "the search's last (default: ${DEFAULT-VALUE}; only with --finalists K > 1)")
    int finalistSeeds;

    @Option(names = "--versus", paramLabel = "KEY=VALUE", description = "no search: judge the config with this override added (repeatable) "
            + "against the config as it stands, on --seeds from --seed-base: the objective of each, their difference with its 5th-95th percentile paired-bootstrap "
            + "interval over the seeds, and the fit targets each meets (e.g. --versus behaviour.trader.licenceCatchUp=true)")
    List<String> versus = new ArrayList<>();

    @Option(names = "--terms", paramLabel = "N", description = "no search: evaluate the config as it stands on --seeds from --seed-base and "
            + "print J with its N largest terms (each fit target's seed mean against its value, each contrast's effect against its least); "
            + "with --versus, list the N terms that moved most (default 10)")
    Integer terms;

    @Option(names = "--write", description = "write the fitted values into the config and the fit CSV, if J improved "
            + "(configs that extend it inherit them; an overlay config itself cannot be written)")
    boolean write;

    @Option(names = "--fit-csv", paramLabel = "FILE", defaultValue = "docs/calibration-fit.csv", description = "where --write puts the fit (default: ${DEFAULT-VALUE})")
    Path fitCsv;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        if (seeds < 1) throw new BadInputException("--seeds " + seeds + ": expected at least 1");
        if (maxEvals < 1) throw new BadInputException("--max-evals " + maxEvals + ": expected at least 1");
        if (!(step > 0 && step <= 1)) throw new BadInputException("--step " + step + ": expected a step in (0, 1] (parameters are scaled to [0, 1])");
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) throw new BadInputException("--threads " + threadCount + ": expected a number of threads >= 1");
        if (sparkMaster != null && engine != EngineKind.spark) throw new BadInputException("--spark-master " + sparkMaster + ": expected together with --engine spark");
        if (checkSeeds < 0) throw new BadInputException("--check-seeds " + checkSeeds + ": expected 0 (no check) or more seeds");
        if (checkSeedBase != null && checkSeeds == 0) throw new BadInputException("--check-seed-base " + checkSeedBase + ": expected together with --check-seeds N");
        if (finalists < 1) throw new BadInputException("--finalists " + finalists + ": expected 1 (the search's best) or more points");
        if (finalistSeeds < 1) throw new BadInputException("--finalist-seeds " + finalistSeeds + ": expected at least 1 seed");
        if (resume != null && out != null) throw new BadInputException("--out " + out + " with --resume " + resume + ": expected one of them (--resume DIR continues in DIR)");
        String searchOption = write ? "--write" : resume != null ? "--resume " + resume : checkSeeds > 0 ? "--check-seeds " + checkSeeds
                : finalists > 1 ? "--finalists " + finalists : null;
        if (!versus.isEmpty() && searchOption != null)
            throw new BadInputException("--versus with " + searchOption + ": expected --versus alone (it judges two configs on --seeds from --seed-base and searches nothing)");
        if (terms != null && terms < 1) throw new BadInputException("--terms " + terms + ": expected at least 1 term");
        if (terms != null && searchOption != null)
            throw new BadInputException("--terms with " + searchOption + ": expected --terms alone or with --versus (it evaluates the config on --seeds from --seed-base and searches nothing)");
        Calibrator.Method m = parseMethod();
        ConfigLoader.Loaded<ModelConfig> loaded = options.load();
        List<Path> chain = ConfigLoader.extendsChain(options.config);
        if (write && chain.size() > 1) {
            throw new BadInputException(options.config + " is an overlay (extends: " + chain.get(1) + "): --write writes the fitted values "
                    + "into the config's own lines, so calibrate its base " + chain.get(chain.size() - 1) + " instead; overlays inherit the fitted values");
        }
        ObjectNode tree = loaded.resolvedTree();
        TargetSet targets = withRecord(TargetSet.load(targetsFile), loaded.value());
        targets.checkAgainst(loaded.value());
        List<Target> fit = targets.fit();
        ParameterSet params = ParameterSet.load(paramsFile);
        params.checkAgainst(tree, options.config.toString());
        if (m == Calibrator.Method.BOBYQA && params.size() < 2) throw new BadInputException("--method bobyqa needs at least 2 free parameters; use cmaes");
        PriorValues priors = PriorValues.of(tree, chain);
        long[] seedList = Ensemble.seeds(seedBase, seeds);
        Engine chosen = engine == EngineKind.local ? new LocalEngine(threadCount) : sparkEngine();
        java.util.function.BiFunction<long[], java.io.PrintStream, Calibrator> calibrator = (runSeeds, log) -> new Calibrator(new EngineSimulations(chosen),
                options.config.toString(), tree, params, fit, targets.contrasts(), priors, runSeeds, log).judgedBy(targets.loss());
        Calibrator c = calibrator.apply(seedList, System.out);
        if (!versus.isEmpty()) return compare(c, seedList);
        if (terms != null) return standing(c, seedList);
        c.checkBounds();
        Path dir = resume != null ? resume : out != null ? out : Path.of("results", "calibration-" + options.configName() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        OutputPaths.requireWritableFolder(resume != null ? "--resume" : "--out", dir);
        CalibrationManifest manifest = manifest(tree, priors, params, fit, targets.contrasts(), m, seedList, targets.untilYear(), chosen.describe());
        List<String> header = EvaluationsCsv.header(params, fit, targets.contrasts());
        Path csv = dir.resolve(EvaluationsCsv.FILE);
        List<Calibrator.Recorded> recorded = List.of();
        if (resume != null) {
            manifest = CalibrationFolder.resume(dir, manifest);
            recorded = EvaluationsCsv.recover(csv, header, params.size(), fit.size(), targets.contrasts().size(), System.out);
            System.out.printf("[calibrate] resuming %s: %d evaluations recorded; they are replayed, not run again%n", dir, recorded.size());
        } else {
            CalibrationFolder.create(dir, manifest, ConfigLoader.toYaml(tree), targetsFile, paramsFile);
        }
        params.priorsOutOfBounds(priors).forEach(s -> System.out.println("[calibrate] note: prior " + s + "; the search starts at the bound"));
        params.scaleMismatches(priors).forEach(s -> System.out.println("[calibrate] note: " + s));
        if (write && !options.sets.isEmpty()) System.out.println("[calibrate] note: --set overrides are held fixed during the search and are not written");
        System.out.printf("[calibrate] %s: %d fit targets, %d free parameters, %d seeds from %d, up to %d evaluations (%s), runs to %d, engine %s -> %s%n",
                options.config, fit.size(), params.size(), seeds, seedBase, maxEvals, m.name().toLowerCase(Locale.ROOT), targets.untilYear(), chosen.describe(), dir);
        if (targets.loss() != Objective.Loss.SQUARED) System.out.printf("[calibrate] loss %s: only errors beyond each target's tolerance count%n", targets.loss().key());
        if (!targets.contrasts().isEmpty()) System.out.printf("[calibrate] %d stylised-fact contrasts: each evaluation also runs their scenarios%n", targets.contrasts().size());
        Calibrator.Result r;
        try (EvaluationsCsv rows = EvaluationsCsv.open(csv, header)) {
            c.recordingTo((ev, kind, status, best, wall, error) -> rows.append(ev, kind, status, best, seedList, wall, error))
                    .resumingFrom(recorded, manifest.restarts);
            try {
                r = c.run(m, maxEvals, optimiserSeed, step);
            } finally {
                manifest.restarts = c.restarts();
                manifest.wallSeconds += (System.nanoTime() - started) / 1e9;
                manifest.write(dir);
            }
        }
        manifest.evaluations = r.evaluations();
        manifest.priorObjective = r.prior().objective();
        manifest.bestEvaluation = r.best().index();
        manifest.bestObjective = r.best().objective();
        manifest.write(dir);
        CalibrationSearchReport.writeBeforeCompletion(dir);
        manifest.status = CalibrationManifest.COMPLETE;
        manifest.write(dir);
        long afterSearch = seedBase + seeds;
        if (finalists > 1) {
            r = race(calibrator.apply(Ensemble.seeds(afterSearch, finalistSeeds), new java.io.PrintStream(java.io.OutputStream.nullOutputStream())), c, r);
            afterSearch += finalistSeeds;
        }
        CalibrationReport.print(r, params, fit, targets.contrasts(), targets.loss(), System.out);
        System.out.println("[calibrate] evaluations.csv, report.html and calibration.json in " + dir);
        Calibrator.Check check = null;
        if (checkSeeds > 0 && r.best() != r.prior()) {
            long first = checkSeedBase != null ? checkSeedBase : afterSearch;
            check = calibrator.apply(Ensemble.seeds(first, checkSeeds), new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).check(r.best());
            System.out.printf(Locale.ROOT, "[calibrate] check on seeds %d-%d (not searched on): J prior %.4f -> best %.4f (%s)%n", first, first + checkSeeds - 1,
                    check.prior(), check.best(), check.confirms() ? "confirmed" : "not confirmed: the best point's gain on the search's seeds is a lucky draw of them");
            printJudgement(check, "best - prior", "the best");
        }
        if (write) {
            if (check != null && !check.confirms() && r.priorFeasible()) System.out.println("[calibrate] the check does not confirm the fit: config left unchanged");
            else write(r, params, fit, targets.contrasts(), tree);
        }
        return 0;
    }

    /** --versus: the config as it stands against the config with the overrides, on the search's seeds; no search, no folder. */
    private int compare(Calibrator c, long[] seedList) throws Exception {
        ConfigLoader.load(options.config, java.util.stream.Stream.concat(options.sets.stream(), versus.stream()).toList(), ModelConfig.class);   // a bad override is bad input before any run
        System.out.printf("[calibrate] %s against %s with %s, seeds %d-%d%n", options.config, options.config, String.join(" ", versus),
                seedList[0], seedList[seedList.length - 1]);
        Calibrator.Check check = c.compare(versus);
        System.out.printf(Locale.ROOT, "[calibrate] J as it stands %.4f -> with %s %.4f%n", check.prior(), String.join(" ", versus), check.best());
        printJudgement(check, "with - as it stands", "the config with the overrides");
        System.out.println("[calibrate] the terms of J that moved most (as it stands -> with the overrides):");
        for (Calibrator.TermChange t : check.largestChanges(terms == null ? 10 : terms))
            System.out.printf(Locale.ROOT, "[calibrate]   %-72s %9.4f -> %9.4f  (%+.4f)%n", t.term(), t.a(), t.b(), t.b() - t.a());
        return 0;
    }

    /** --terms without --versus: the config as it stands, J and its largest terms, on the search's seeds; no search, no folder. */
    private int standing(Calibrator c, long[] seedList) throws Exception {
        System.out.printf("[calibrate] %s, seeds %d-%d%n", options.config, seedList[0], seedList[seedList.length - 1]);
        Calibrator.Standing st = c.standing();
        Calibrator.Within w = st.within();
        System.out.printf(Locale.ROOT, "[calibrate] J %.4f; within tolerance: record rows %d of %d, other targets %d of %d%n",
                st.objective(), w.record(), w.recordTargets(), w.other(), w.otherTargets());
        System.out.printf("[calibrate] the %d largest terms of J (measured: seed mean, or a contrast's effect; wanted: the target's value, or the least effect):%n", terms);
        for (Calibrator.Term t : st.largest(terms))
            System.out.printf(Locale.ROOT, "[calibrate]   %-72s %9.4f  (%.4g, wanted %.4g)%n", t.id(), t.value(), t.measured(), t.wanted());
        return 0;
    }

    /** The paired bootstrap of a check's difference (B - A) and the fit targets each side meets. */
    private static void printJudgement(Calibrator.Check check, String difference, String bName) {
        PairedBootstrap.Gain g = check.gain();
        System.out.printf(Locale.ROOT, "[calibrate] %s on those seeds: %+.4f (90 %% paired-bootstrap interval %+.4f to %+.4f; %s lower in %.0f %% of %d resamples of the seeds)%n",
                difference, g.difference(), g.low(), g.high(), bName, 100 * g.shareBLower(), g.resamples());
        Calibrator.Within a = check.priorWithin(), b = check.bestWithin();
        System.out.printf(Locale.ROOT, "[calibrate] within tolerance on those seeds: record rows %d -> %d of %d (%s), other targets %d -> %d of %d (%s)%n",
                a.record(), b.record(), a.recordTargets(), countInterval(check.recordRows()), a.other(), b.other(), a.otherTargets(),
                countInterval(check.otherTargets()));
    }

    /** The 90 % paired-bootstrap interval of a difference in targets met, in whole targets. */
    private static String countInterval(PairedBootstrap.Gain g) {
        return String.format(Locale.ROOT, "90 %% interval of the difference %+.0f to %+.0f", g.low(), g.high());
    }

    /**
     * The search's {@code --finalists} best points, run again on the race's seeds: the fit is the best of them there.
     * Prints each finalist's objective on the search's seeds and on the race's.
     */
    private Calibrator.Result race(Calibrator racer, Calibrator searched, Calibrator.Result r) throws Exception {
        List<Calibrator.Evaluation> leaders = searched.leaders(finalists);
        if (leaders.size() < 2) return r;
        Calibrator.Race race = racer.race(leaders);
        System.out.printf(Locale.ROOT, "[calibrate] finalists on seeds %d-%d (not searched on):%n", race.firstSeed(), race.firstSeed() + race.seeds() - 1);
        for (int i = 0; i < leaders.size(); i++) {
            System.out.printf(Locale.ROOT, "[calibrate]   evaluation %d: J %.4f on the search's seeds, %.4f on these%s%n", leaders.get(i).index(),
                    leaders.get(i).objective(), race.objectives()[i], leaders.get(i) == race.winner() ? "  <- the fit" : "");
        }
        return new Calibrator.Result(r.prior(), race.winner(), r.evaluations(), r.priorFeasible());
    }

    /** The targets file's targets, followed by the market's record rows its {@code history:} block fits, if it has one. */
    static TargetSet withRecord(TargetSet targets, ModelConfig cfg) {
        if (targets.history() == null) return targets;
        HistoryMapping.Result mapping = HistoryMapping.map(MarketHistory.load(), cfg);
        HistoryTargets.Result record = HistoryTargets.of(mapping.comparisons(), targets.history(), cfg.time.startYear,
                List.copyOf(cfg.intermediates.keySet()));
        System.out.printf("[calibrate] %d rows of the market's record (%s) are fit targets; %d with a tolerance cannot be one: %s%n",
                record.targets().size(), targets.history().years, record.left().size(), String.join("; ", record.left()));
        return targets.with(record.targets());
    }

    private CalibrationManifest manifest(ObjectNode tree, PriorValues priors, ParameterSet params, List<Target> fit, List<Contrast> contrasts,
                                         Calibrator.Method m, long[] seedList, int until, String engineName) throws java.io.IOException {
        CalibrationManifest cm = new CalibrationManifest();
        cm.configFile = options.config.toString();
        cm.configSha256 = ConfigLoader.sha256((ConfigLoader.toYaml(tree) + "\n# hand-set priors: " + new TreeMap<>(priors.handSet()))
                .getBytes(StandardCharsets.UTF_8));
        cm.overrides = new ArrayList<>(options.sets);
        cm.targetsFile = targetsFile.toString();
        cm.targetsSha256 = ConfigLoader.sha256(Files.readAllBytes(targetsFile));
        cm.paramsFile = paramsFile.toString();
        cm.paramsSha256 = ConfigLoader.sha256(Files.readAllBytes(paramsFile));
        cm.method = m.name().toLowerCase(Locale.ROOT);
        cm.optimiserSeed = optimiserSeed;
        cm.step = step;
        for (long s : seedList) cm.seeds.add(s);
        cm.until = until;
        cm.maxEvals = maxEvals;
        for (FreeParameter f : params.all()) {
            cm.parameters.add(f.name());
            cm.parameterBounds.put(f.name(), List.of(f.lower(), f.upper()));
        }
        fit.forEach(t -> cm.fitTargets.add(t.id()));
        contrasts.forEach(x -> cm.contrasts.add(x.id()));
        cm.engine = engineName;
        return cm;
    }

    /** Spark is a provided dependency: present under spark-submit (and in the test suite), absent from plain java -jar. */
    private Engine sparkEngine() throws ReflectiveOperationException {
        try {
            Class.forName("org.apache.spark.SparkConf");
        } catch (ClassNotFoundException | LinkageError e) {
            throw new BadInputException("--engine spark: Spark is not on the classpath (it is not bundled in reesim.jar); expected the calibration to be started with "
                    + "spark-submit --class reesim.cli.Main target/reesim.jar calibrate --engine spark ...");
        }
        return (Engine) Class.forName("reesim.experiment.SparkEngine").getConstructor(String.class).newInstance(sparkMaster);
    }

    private void write(Calibrator.Result r, ParameterSet params, List<Target> fit, List<Contrast> contrasts, ObjectNode tree) throws Exception {
        String info = String.format(Locale.ROOT, "%s; seeds %d-%d; %d evaluations; %s; %s", options.config, seedBase, seedBase + seeds - 1,
                r.evaluations(), method.toLowerCase(Locale.ROOT), LocalDate.now());
        if (fitCsv.toAbsolutePath().getParent() != null) Files.createDirectories(fitCsv.toAbsolutePath().getParent());
        Files.writeString(fitCsv, FitCsv.render(r, params, fit, contrasts, tree, info));
        System.out.println("[calibrate] wrote " + fitCsv);
        if (!r.improves()) {
            System.out.println("[calibrate] no improvement over the prior: config left unchanged");
            return;
        }
        if (!r.priorFeasible()) System.out.println("[calibrate] note: the prior lies outside the bounds, so the best point within them is written");
        String provenance = String.format(Locale.ROOT, "reesim calibrate %s, objective %.4f", LocalDate.now(), r.best().objective());
        Path f = options.config;
        Files.writeString(f, YamlLeafWriter.write(Files.readString(f), r.best().leaves(), provenance));
        ConfigLoader.load(f, List.of(), ModelConfig.class);
        System.out.println("[calibrate] wrote " + r.best().leaves().size() + " fitted values into " + f);
    }

    private Calibrator.Method parseMethod() {
        try {
            return Calibrator.Method.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--method " + method + ": expected cmaes or bobyqa");
        }
    }
}
