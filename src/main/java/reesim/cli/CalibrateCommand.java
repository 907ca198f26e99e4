package reesim.cli;

import reesim.config.BadInputException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reesim.calibration.Calibrator;
import reesim.calibration.Contrast;
import reesim.calibration.Ensemble;
import reesim.calibration.FitCsv;
import reesim.calibration.ParameterSet;
import reesim.calibration.PriorValues;
import reesim.calibration.Target;
import reesim.calibration.TargetSet;
import reesim.calibration.YamlLeafWriter;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Search the free parameters for the smallest objective J = sum of weight x squared relative error of the seed-mean "
                + "of each fit target (runs to the last target year only). Prints progress and the best fit; --write puts the fitted values "
                + "into the config in place (comments kept) and writes the fit CSV. See docs/calibration.md."})
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

    @Option(names = "--threads", description = "parallel runs (default: available processors)")
    Integer threads;

    @Option(names = "--write", description = "write the fitted values into the config and the fit CSV, if J improved "
            + "(configs that extend it inherit them; an overlay config itself cannot be written)")
    boolean write;

    @Option(names = "--fit-csv", paramLabel = "FILE", defaultValue = "docs/calibration-fit.csv", description = "where --write puts the fit (default: ${DEFAULT-VALUE})")
    Path fitCsv;

    @Override
    public Integer call() throws Exception {
        if (seeds < 1) throw new BadInputException("--seeds " + seeds + ": expected at least 1");
        if (maxEvals < 1) throw new BadInputException("--max-evals " + maxEvals + ": expected at least 1");
        if (!(step > 0 && step <= 1)) throw new BadInputException("--step " + step + ": expected a step in (0, 1] (parameters are scaled to [0, 1])");
        Calibrator.Method m = parseMethod();
        ConfigLoader.Loaded<ModelConfig> loaded = options.load();
        List<Path> chain = ConfigLoader.extendsChain(options.config);
        if (write && chain.size() > 1) {
            throw new BadInputException(options.config + " is an overlay (extends: " + chain.get(1) + "): --write writes the fitted values "
                    + "into the config's own lines, so calibrate its base " + chain.get(chain.size() - 1) + " instead; overlays inherit the fitted values");
        }
        ObjectNode tree = loaded.resolvedTree();
        TargetSet targets = TargetSet.load(targetsFile);
        targets.checkAgainst(loaded.value());
        List<Target> fit = targets.fit();
        ParameterSet params = ParameterSet.load(paramsFile);
        params.checkAgainst(tree, options.config.toString());
        if (m == Calibrator.Method.BOBYQA && params.size() < 2) throw new BadInputException("--method bobyqa needs at least 2 free parameters; use cmaes");
        PriorValues priors = PriorValues.of(tree, chain);
        params.priorsOutOfBounds(priors).forEach(s -> System.out.println("[calibrate] note: prior " + s + "; the search starts at the bound"));
        if (write && !options.sets.isEmpty()) System.out.println("[calibrate] note: --set overrides are held fixed during the search and are not written");
        System.out.printf("[calibrate] %s: %d fit targets, %d free parameters, %d seeds from %d, up to %d evaluations (%s), runs to %d%n",
                options.config, fit.size(), params.size(), seeds, seedBase, maxEvals, m.name().toLowerCase(Locale.ROOT), targets.untilYear());
        if (!targets.contrasts().isEmpty()) System.out.printf("[calibrate] %d stylised-fact contrasts: each evaluation also runs their scenarios%n", targets.contrasts().size());
        Calibrator.Result r;
        try (Ensemble ens = new Ensemble(options.config.toString(), tree, threads == null ? Runtime.getRuntime().availableProcessors() : threads)) {
            Calibrator c = new Calibrator(ens, params, fit, targets.contrasts(), priors, Ensemble.seeds(seedBase, seeds), System.out);
            c.checkBounds();
            r = c.run(m, maxEvals, optimiserSeed, step);
        }
        CalibrationReport.print(r, params, fit, targets.contrasts(), System.out);
        if (write) write(r, params, fit, targets.contrasts(), tree);
        return 0;
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
