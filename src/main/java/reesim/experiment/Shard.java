package reesim.experiment;

/**
 * The {@code K/N} slice of a sweep's runs for job arrays: run {@code id} belongs to slice
 * {@code ((id - 1) mod N) + 1}, so slices are balanced and every run is in exactly one of them.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard K/N with 1 <= K <= N (got " + index + "/" + count + ")");
        }
    }

    /** Parses {@code K/N}. */
    public static Shard parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("/", -1);
        if (parts.length != 2) throw new IllegalArgumentException("K/N, e.g. 3/8 (got '" + text + "')");
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("K/N with whole numbers, e.g. 3/8 (got '" + text + "')");
        }
    }

    public boolean contains(int runId) { return (runId - 1) % count == index - 1; }

    public boolean isAll() { return count == 1; }

    @Override
    public String toString() { return index + "/" + count; }
}
