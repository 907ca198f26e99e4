package reesim.config;

/** A bound config object that checks its own semantics (ranges, references, sums). */
public interface Validatable {
    /** Adds a problem for every semantic error; {@code path} is the dotted key path of this object. */
    void validate(String path, Problems problems);
}
