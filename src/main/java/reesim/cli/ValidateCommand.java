package reesim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import reesim.config.ConfigLoader;
import reesim.config.Knob;
import reesim.config.ModelConfig;
import reesim.config.ScenarioConfig;

import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check a model config, a sweep file or a comparison file and print what it would run.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Override
    public Integer call() throws Exception {
        if (isSweepFile(options.config)) {
            boolean comparison = hasTopLevelKey(options.config, "scenarios:");
            var plan = reesim.experiment.SweepPlan.of(comparison ? reesim.experiment.SweepSpec.loadComparison(options.config, options.sets)
                    : reesim.experiment.SweepSpec.load(options.config, options.sets));
            System.out.println(options.config + (comparison ? ": valid comparison file" : ": valid sweep file"));
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

    /**
     * A sweep or comparison file names its base config; a model config never has a top-level {@code base:} key. A
     * comparison file lists named {@code scenarios:} (a sweep has a grid or a sample).
     */
    static boolean isSweepFile(java.nio.file.Path file) { return hasTopLevelKey(file, "base:"); }

    private static boolean hasTopLevelKey(java.nio.file.Path file, String key) {
        try {
            for (String line : java.nio.file.Files.readAllLines(file)) if (line.startsWith(key)) return true;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;   // the loader reports the unreadable file
        }
        return false;
    }

    /**
     * What the scenario knobs will do in this config, so a user sees when a knob has nothing to act on: for every
     * knob of the registry, its "acts on" text and when it takes effect, with what this config gives it to act on.
     */
    static java.util.List<String> knobNotes(ModelConfig c) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        for (Knob k : Knob.values()) {
            String noEffect = noEffect(k, c);
            notes.add(k.path() + (noEffect != null ? " has no effect: " + noEffect + " (it " + k.actsOn + ")"
                    : " " + k.actsOn + details(k, c) + "; takes effect " + k.when.phrase));
        }
        if (!c.policy.stockpile.enabled) notes.add("the state stockpile is disabled (policy.stockpile.enabled: false)");
        return notes;
    }

    /** Why the knob has nothing to act on in this config, or null. */
    private static String noEffect(Knob k, ModelConfig c) {
        var p = c.policy;
        String magnet = ScenarioConfig.MAGNET_INTERMEDIATE;
        return switch (k) {
            case MINING_QUOTA_SCALE -> p.miningQuota.isEmpty() ? "policy.miningQuota is empty" : null;
            case EXPORT_QUOTA_SCALE -> p.exportQuota.isEmpty() ? "policy.exportQuota is empty" : null;
            case RECYCLING_SUBSIDY -> c.recycling.recyclers == 0 ? "no recyclers" : null;
            case MAGNET_DEMAND_SCALE -> magnetFamilies(c) == 0 && !c.world.intermediateDemand.containsKey(magnet)
                    ? "no product family or foreign demand uses intermediate '" + magnet + "'" : null;
            default -> null;
        };
    }

    /** What this config gives the knob to act on (counts, years), appended to the registry's text. */
    private static String details(Knob k, ModelConfig c) {
        var p = c.policy;
        String magnet = ScenarioConfig.MAGNET_INTERMEDIATE;
        return switch (k) {
            case MINING_QUOTA_SCALE -> "; quotas apply from " + p.miningQuotaFrom + (p.adaptive.enabled ? " (the adaptive rule replaces the schedule from " + p.adaptive.fromYear + ")" : "");
            case EXPORT_QUOTA_SCALE -> "; quotas apply " + p.exportQuota.keySet().iterator().next() + "-" + (p.exportQuotaUntil == 0 ? c.time.endYear : p.exportQuotaUntil) + ", none after";
            case ENFORCEMENT_SCALE -> "; " + c.illegalMining.sites.values().stream().mapToInt(s -> s.count).sum() + " potential illegal sites react to it";
            case RECYCLING_SUBSIDY -> "; " + c.recycling.recyclers + " recyclers";
            case DEMAND_SCALE -> "; " + c.products.size() + " product families";
            case MAGNET_DEMAND_SCALE -> "; " + magnetFamilies(c) + " families made from '" + magnet + "'"
                    + (c.world.intermediateDemand.containsKey(magnet) ? " and foreign '" + magnet + "' demand" : ", no foreign demand");
            default -> "";
        };
    }

    private static long magnetFamilies(ModelConfig c) {
        return c.products.values().stream().filter(pc -> ScenarioConfig.MAGNET_INTERMEDIATE.equals(pc.intermediate)).count();
    }
}
