package reesim.config;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found in one input file so that they can be reported together. */
public final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    public Problems(String file) { this.file = file; }

    public String file() { return file; }

    public void add(String path, Object value, String expected) {
        list.add(new Problem(file, path, value == null ? null : String.valueOf(value), expected));
    }

    public void addAll(List<Problem> more) { list.addAll(more); }

    public boolean isEmpty() { return list.isEmpty(); }

    public List<Problem> list() { return List.copyOf(list); }

    /** Checks the value is present. */
    public boolean required(String path, Object value) {
        if (value == null) { add(path, null, "a value is required here"); return false; }
        return true;
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
