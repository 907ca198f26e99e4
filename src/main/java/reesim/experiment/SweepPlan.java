package reesim.experiment;

import reesim.config.ConfigLoader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenarios and runs of a sweep. Scenarios are the grid's full factorial (last path varying fastest) crossed
 * with the sample's design points; a sweep with neither is one scenario, the base config. Run ids are
 * {@code (scenario - 1) * replicates + replicate}, all 1-based, so a run's id, scenario, replicate and seed follow
 * from the sweep file alone, whichever engine, shard or resume runs it.
 */
public final class SweepPlan {
    private final SweepSpec spec;
    private final List<Scenario> scenarios;
    private final List<List<String>> overrides;

    private SweepPlan(SweepSpec spec, List<Scenario> scenarios) {
        this.spec = spec;
        this.scenarios = List.copyOf(scenarios);
        List<List<String>> sets = new ArrayList<>();
        for (Scenario s : scenarios) sets.add(List.copyOf(s.overrides()));
        this.overrides = sets;
    }

    public static SweepPlan of(SweepSpec spec) {
        if (spec.isComparison()) {
            List<Scenario> named = new ArrayList<>();
            for (NamedScenario n : spec.named()) {
                LinkedHashMap<String, String> p = new LinkedHashMap<>();
                p.put(NamedScenario.COLUMN, n.name());
                named.add(new Scenario(named.size() + 1, named.size() + 1, 0, "", p, n.overrides()));
            }
            return new SweepPlan(spec, named);
        }
        List<LinkedHashMap<String, String>> cells = gridCells(spec.grid());
        double[][] design = spec.sample() == null ? null : unitDesign(spec.sample());
        List<Scenario> scenarios = new ArrayList<>();
        int id = 0;
        for (int c = 0; c < cells.size(); c++) {
            if (design == null) {
                scenarios.add(new Scenario(++id, c + 1, 0, "", cells.get(c)));
                continue;
            }
            int k = spec.sample().dimensions();
            for (int row = 0; row < design.length; row++) {
                LinkedHashMap<String, String> p = new LinkedHashMap<>(cells.get(c));
                double[] x = spec.sample().scale(design[row]);
                int i = 0;
                for (String path : spec.sample().ranges().keySet()) p.put(path, SweepFileReader.number(x[i++]));
                boolean sobol = spec.isSobol();
                int point = sobol ? row / (k + 2) + 1 : row + 1;
                String role = sobol ? SaltelliDesign.role(row % (k + 2)) : "";
                scenarios.add(new Scenario(++id, c + 1, point, role, p));
            }
        }
        return new SweepPlan(spec, scenarios);
    }

    /** The sample's points in the unit cube, in design order. */
    static double[][] unitDesign(SampleSpec sample) {
        return sample.method() == SampleSpec.Method.LHS
                ? LatinHypercube.sample(sample.n(), sample.dimensions(), sample.sampleSeed())
                : SaltelliDesign.points(sample.n(), sample.dimensions());
    }

    private static List<LinkedHashMap<String, String>> gridCells(LinkedHashMap<String, List<String>> grid) {
        List<LinkedHashMap<String, String>> cells = new ArrayList<>();
        cells.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> axis : grid.entrySet()) {
            List<LinkedHashMap<String, String>> next = new ArrayList<>();
            for (LinkedHashMap<String, String> cell : cells) {
                for (String value : axis.getValue()) {
                    LinkedHashMap<String, String> c = new LinkedHashMap<>(cell);
                    c.put(axis.getKey(), value);
                    next.add(c);
                }
            }
            cells = next;
        }
        return cells;
    }

    public SweepSpec spec() { return spec; }

    public List<Scenario> scenarios() { return scenarios; }

    public Scenario scenario(int id) { return scenarios.get(id - 1); }

    public int replicates() { return spec.seeds().replicates(); }

    public int runCount() { return scenarios.size() * replicates(); }

    public RunSpec run(int runId) {
        if (runId < 1 || runId > runCount()) throw new IllegalArgumentException("no run " + runId + " in a sweep of " + runCount());
        int scenario = (runId - 1) / replicates() + 1;
        int replicate = (runId - 1) % replicates() + 1;
        return new RunSpec(runId, scenario, replicate, spec.seeds().seed(scenario, replicate), overrides.get(scenario - 1));
    }

    /** The runs of {@code shard} in id order. */
    public List<RunSpec> runs(Shard shard) {
        List<RunSpec> runs = new ArrayList<>();
        for (int id = 1; id <= runCount(); id++) if (shard.contains(id)) runs.add(run(id));
        return runs;
    }

    /**
     * A seed that two runs share although common random numbers are off, if any. Derived seeds are 63-bit hashes,
     * so this is a guard, not something a sweep is expected to meet.
     */
    public java.util.OptionalLong sharedSeed() {
        if (spec.seeds().commonRandomNumbers()) return java.util.OptionalLong.empty();
        long[] seeds = new long[runCount()];
        for (int id = 1; id <= seeds.length; id++) seeds[id - 1] = run(id).seed();
        Arrays.sort(seeds);
        for (int i = 1; i < seeds.length; i++) if (seeds[i] == seeds[i - 1]) return java.util.OptionalLong.of(seeds[i]);
        return java.util.OptionalLong.empty();
    }

    /**
     * Fingerprint of everything that decides the runs and their outcome columns: the resolved base config, the years,
     * the seeds, each scenario's overrides and the outcome definitions. Resume and merge refuse folders whose
     * fingerprint differs.
     */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(ConfigLoader.toYaml(spec.baseTree()).getBytes(StandardCharsets.UTF_8));
            update(md, "until=" + spec.untilYear());
            update(md, "seeds=" + spec.seeds().replicateSeeds() + " crn=" + spec.seeds().commonRandomNumbers());
            for (OutcomeSpec o : spec.outcomes()) update(md, o.toString());
            for (List<String> sets : overrides) update(md, String.join("\u0001", sets));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
    }

    /** What the sweep would run, for --dry-run. */
    public String describe(Shard shard, int listLimit) {
        StringBuilder sb = new StringBuilder();
        SweepSpec s = spec;
        sb.append(s.isComparison() ? "comparison " : "sweep ").append(s.name()).append(" (").append(s.file()).append("): base ").append(s.baseLabel());
        if (!s.baseOverrides().isEmpty()) sb.append(" with ").append(s.baseOverrides());
        sb.append(", years ").append(s.startYear()).append('-').append(s.untilYear()).append('\n');
        sb.append("seeds: ").append(replicates()).append(" replicate(s) ").append(abbreviate(s.seeds().replicateSeeds()))
          .append(s.seeds().commonRandomNumbers() ? ", common random numbers (same seeds in every scenario)"
                  : ", run seeds derived from (scenario, replicate) by SplitMix64").append('\n');
        if (!s.grid().isEmpty()) sb.append("grid: ").append(s.grid()).append('\n');
        if (s.sample() != null) {
            sb.append("sample: ").append(s.sample().method().label).append(" n=").append(s.sample().n());
            if (s.isSobol()) sb.append(" (Saltelli design n*(k+2) = ").append(s.sample().designSize()).append(" points)");
            sb.append(" over ");
            s.sample().ranges().forEach((k, v) -> sb.append(k).append(Arrays.toString(v)).append(' '));
            sb.append('\n');
        }
        sb.append("outcomes:\n");
        for (OutcomeSpec o : s.outcomes()) sb.append("  ").append(o.describe()).append('\n');
        if (s.keep() != null) sb.append(s.keep().describe());
        sb.append("scenarios: ").append(scenarios.size()).append('\n');
        for (int i = 0; i < scenarios.size() && i < listLimit; i++) {
            sb.append("  ").append(scenarios.get(i).describe());
            if (s.isComparison()) {
                NamedScenario n = s.named().get(i);
                if (n.config() != null) sb.append(" [").append(n.config()).append(']');
                sb.append(n.overrides().isEmpty() ? " (the base config)" : " " + n.overrides().size() + " override(s): " + abbreviateSets(n.overrides()));
            }
            sb.append('\n');
        }
        if (scenarios.size() > listLimit) sb.append("  ... (").append(scenarios.size() - listLimit).append(" more)\n");
        sb.append("runs: ").append(runCount()).append(" (").append(scenarios.size()).append(" scenarios x ")
          .append(replicates()).append(" seeds)");
        if (!shard.isAll()) sb.append("; shard ").append(shard).append(" runs ").append(runs(shard).size());
        return sb.toString();
    }

    private static String abbreviateSets(List<String> sets) {
        StringBuilder sb = new StringBuilder();
        for (String set : sets) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(set.length() > 70 ? set.substring(0, 67) + "..." : set);
        }
        return sb.toString();
    }

    private static String abbreviate(List<Long> seeds) {
        if (seeds.size() <= 8) return seeds.toString();
        return "[" + seeds.get(0) + ", " + seeds.get(1) + ", ..., " + seeds.get(seeds.size() - 1) + "]";
    }
}
