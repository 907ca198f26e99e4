package reesim.experiment;

import reesim.kernel.RandomStreams;

import java.util.List;

/**
 * Which seed each run gets. The sweep file gives replicate seeds ({@code seeds: 20} means 1..20). With common
 * random numbers every scenario runs replicate {@code r} with the same seed, so differences between scenarios are
 * not noise from different draws. Without (the default), a run's seed is derived from its scenario id and its
 * replicate seed by SplitMix64, so that no two runs of a sweep share a seed by accident. Either way the seed
 * depends only on the run's identity, never on the engine, thread, partition or attempt that runs it.
 */
public record SeedPolicy(List<Long> replicateSeeds, boolean commonRandomNumbers) {

    public SeedPolicy {
        replicateSeeds = List.copyOf(replicateSeeds);
    }

    public int replicates() { return replicateSeeds.size(); }

    /** The seed of replicate {@code replicate} (1-based) of scenario {@code scenario} (1-based). */
    public long seed(int scenario, int replicate) {
        long base = replicateSeeds.get(replicate - 1);
        if (commonRandomNumbers) return base;
        return RandomStreams.mix(RandomStreams.mix(scenario) ^ base) >>> 1;
    }
}
