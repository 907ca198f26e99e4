package reesim.kernel;

import ec.util.MersenneTwisterFast;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * One independent random stream per source of randomness, each seeded from the run seed and the
 * stream's name, so that adding draws to one source never shifts another (common random numbers
 * across scenarios).
 */
public final class RandomStreams implements Serializable {
    public final MersenneTwisterFast setup;
    public final MersenneTwisterFast market;
    public final MersenneTwisterFast illegalEntry;
    public final MersenneTwisterFast inspection;
    public final MersenneTwisterFast customs;
    /** Environmental inspections of legal mines (policy.environment). */
    public final MersenneTwisterFast environment;
    /** The errors of the state's statistics (StateStatistics). */
    public final MersenneTwisterFast statistics;

    public RandomStreams(long seed) {
        setup = stream(seed, "setup");
        market = stream(seed, "market");
        illegalEntry = stream(seed, "illegal-entry");
        inspection = stream(seed, "inspection");
        customs = stream(seed, "customs");
        environment = stream(seed, "environment");
        statistics = stream(seed, "statistics");
    }

    public static MersenneTwisterFast stream(long seed, String name) {
        long h = seed;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) h = mix(h ^ b);
        long k = mix(h);
        // seeded with both halves: MersenneTwisterFast(long) would use only the low 32 bits
        return new MersenneTwisterFast(new int[]{(int) k, (int) (k >>> 32)});
    }

    /** SplitMix64 finaliser. */
    public static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
