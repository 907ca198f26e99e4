package reesim.calibration;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Prior values of a config made of several files ({@code extends:}), {@code chain} the named file first and
     * its bases after it ({@link reesim.config.ConfigLoader#extendsChain}): the file that sets a leaf last decides
     * its hand-set value.
     */
    public static PriorValues of(JsonNode tree, List<Path> chain) throws IOException {
        Map<String, Double> handSet = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            String text = Files.readString(chain.get(i));
            YamlLines.index(Arrays.asList(text.split("\n", -1))).keySet().forEach(handSet::remove);
            handSet.putAll(YamlLeafWriter.handSetPriors(text));
        }
        return new PriorValues(tree, handSet);
    }

    /** The config's value now. */
    public double current(String path) { return TreePaths.get(tree, path).asDouble(); }

    /** The hand-set value before any calibration (the current value if the leaf was never calibrated). */
    public double reference(String path) { return handSet.containsKey(path) ? handSet.get(path) : current(path); }
}
