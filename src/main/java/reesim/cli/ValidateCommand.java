package reesim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;

import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check a model config or a sweep file and print what it would run.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        if (isSweepFile(options.config)) {
            var plan = reesim.experiment.SweepPlan.of(reesim.experiment.SweepSpec.load(options.config, options.sets));
            System.out.println(options.config + ": valid sweep file");
            System.out.println(plan.describe(reesim.experiment.Shard.ALL, 60));
            return 0;
        }
        ConfigLoader.Loaded<ModelConfig> loaded = options.load();
        ModelConfig cfg = loaded.value();
        System.out.println(options.config + ": valid (sha256 " + loaded.fileSha256().substring(0, 12) + ")");
        if (!loaded.overrides().isEmpty()) System.out.println("overrides: " + loaded.overrides());
        System.out.println(cfg.describe());
        for (String note : knobNotes(cfg)) System.out.println("note: " + note);
        return 0;
    }

    /** A sweep file names its base config; a model config never has a top-level {@code base:} key. */
    static boolean isSweepFile(java.nio.file.Path file) {
        try {
            for (String line : java.nio.file.Files.readAllLines(file)) if (line.startsWith("base:")) return true;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;   // the loader reports the unreadable file
        }
        return false;
    }

    /** What the scenario knobs will do in this config, so a user sees when a knob has nothing to act on. */
    static java.util.List<String> knobNotes(ModelConfig c) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        var p = c.policy;
        notes.add(c.policy.miningQuota.isEmpty() ? "scenario.miningQuotaScale has no effect: policy.miningQuota is empty"
                : "scenario.miningQuotaScale scales mining and smelting quotas from " + p.miningQuotaFrom + (p.adaptive.enabled ? " (the adaptive rule replaces the schedule from " + p.adaptive.fromYear + ")" : ""));
        notes.add(p.exportQuota.isEmpty() ? "scenario.exportQuotaScale has no effect: policy.exportQuota is empty"
                : "scenario.exportQuotaScale scales export quotas " + p.exportQuota.keySet().iterator().next() + "-" + (p.exportQuotaUntil == 0 ? c.time.endYear : p.exportQuotaUntil) + "; none applies after");
        notes.add("scenario.exportTariffAdd is added to every element's tariff in every year, including years with no tariff");
        notes.add("scenario.enforcementScale multiplies mine inspections and customs effort; " + c.illegalMining.sites.values().stream().mapToInt(s -> s.count).sum() + " potential illegal sites react to it");
        notes.add(c.recycling.recyclers == 0 ? "scenario.recyclingSubsidy has no effect: no recyclers" : "scenario.recyclingSubsidy is paid to " + c.recycling.recyclers + " recyclers per kg recovered");
        notes.add("scenario.demandScale multiplies the demand of " + c.products.size() + " product families (not foreign demand)");
        String magnet = reesim.config.ScenarioConfig.MAGNET_INTERMEDIATE;
        long magnetFamilies = c.products.values().stream().filter(pc -> magnet.equals(pc.intermediate)).count();
        notes.add(magnetFamilies == 0 && !c.world.intermediateDemand.containsKey(magnet)
                ? "scenario.magnetDemandScale has no effect: no product family or foreign demand uses intermediate '" + magnet + "'"
                : "scenario.magnetDemandScale multiplies the demand of the " + magnetFamilies + " families made from '" + magnet + "'"
                        + (c.world.intermediateDemand.containsKey(magnet) ? " and foreign '" + magnet + "' demand" : ""));
        if (!p.stockpile.enabled) notes.add("the state stockpile is disabled (policy.stockpile.enabled: false)");
        return notes;
    }
}
