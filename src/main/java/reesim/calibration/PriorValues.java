package reesim.calibration;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The values a calibration starts from: the config tree as it stands, and the hand-set values an
 * earlier {@code calibrate --write} recorded in the comments ({@code calibrated (...; prior V, ...)}).
 * Scale-mode parameters multiply the hand-set value, so their bounds mean the same in every re-run
 * instead of compounding on the previous fit.
 */
public record PriorValues(JsonNode tree, Map<String, Double> handSet) {
    public PriorValues { handSet = Map.copyOf(handSet); }

    /** Prior values of a config whose YAML text is {@code text} and resolved tree {@code tree}. */
    public static PriorValues of(JsonNode tree, String text) { return new PriorValues(tree, YamlLeafWriter.handSetPriors(text)); }

    /** The config's value now. */
    public double current(String path) { return TreePaths.get(tree, path).asDouble(); }

    /** The hand-set value before any calibration (the current value if the leaf was never calibrated). */
    public double reference(String path) { return handSet.containsKey(path) ? handSet.get(path) : current(path); }
}
