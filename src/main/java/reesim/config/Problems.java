package reesim.config;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found in one input file so that they can be reported together. */
public final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private final List<String> covered = new ArrayList<>();

    public Problems(String file) { this.file = file; }

    public String file() { return file; }

    public void add(String path, Object value, String expected) {
        if (covers(path)) return;
        list.add(new Problem(file, path, value == null ? null : String.valueOf(value), expected));
    }

    /**
     * Marks paths as already reported (a bad value, or the key a misspelt key was meant to be): {@link #add} then
     * drops problems at or under them, so that one mistake gives one message.
     */
    public void cover(List<String> paths) { covered.addAll(paths); }

    /** {@code path} is a covered path or lies under one (a key below it, an index of it). */
    public boolean covers(String path) {
        String p = path == null ? "" : path;
        for (String c : covered) {
            if (c == null || c.isEmpty()) continue;
            if (p.equals(c) || p.startsWith(c + ".") || p.startsWith(c + "[")) return true;
        }
        return false;
    }

    public void addAll(List<Problem> more) { list.addAll(more); }

    public boolean isEmpty() { return list.isEmpty(); }

    public List<Problem> list() { return List.copyOf(list); }

    /** Checks the value is present. */
    public boolean required(String path, Object value) {
        if (value == null) { add(path, null, "a value is required here"); return false; }
        return true;
    }

    /** Checks {@code value} is one of {@code choices}; else a problem with "did you mean" for a near miss. */
    public boolean oneOf(String path, String value, List<String> choices) {
        if (value != null && choices.contains(value)) return true;
        add(path, value == null ? null : "\"" + value + "\"", "one of " + choices
                + Suggestions.closest(value, choices).map(s -> "; did you mean '" + s + "'?").orElse(""));
        return false;
    }

    public void range(String path, double value, double lo, double hi, String unit) {
        if (Double.isNaN(value) || value < lo || value > hi) {
            add(path, value, "a number in [" + fmt(lo) + ", " + fmt(hi) + "]" + (unit == null ? "" : " " + unit));
        }
    }

    public void nonNegative(String path, double value, String unit) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            add(path, value, "a finite number >= 0" + (unit == null ? "" : " (" + unit + ")"));
        }
    }

    public void positive(String path, double value, String unit) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value <= 0) {
            add(path, value, "a finite number > 0" + (unit == null ? "" : " (" + unit + ")"));
        }
    }

    public void throwIfAny() throws ConfigException {
        if (!list.isEmpty()) throw new ConfigException(list);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
