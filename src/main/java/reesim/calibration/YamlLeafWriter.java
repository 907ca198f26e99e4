package reesim.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import reesim.config.Overrides;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes new values into a YAML config in place, line by line, so that every comment, blank line
 * and the order of keys stay as they are. Each changed leaf keeps its {@code # unit | source}
 * comment with the source replaced by {@code calibrated (<provenance>; prior <old value>, <old
 * source>)}; a leaf calibrated before keeps its original prior. Handles the block style of the
 * project's configs (maps, lists of maps, scalars, flow collections as whole leaves). After writing
 * it re-parses both texts and checks that exactly the requested leaves changed.
 */
public final class YamlLeafWriter {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String CALIBRATED = "calibrated (";

    private YamlLeafWriter() {}

    /** Returns {@code text} with each path's value replaced by its text and its comment updated. */
    public static String write(String text, Map<String, String> values, String provenance) {
        String[] lines = text.split("\n", -1);
        Map<String, YamlLines.Leaf> leaves = YamlLines.index(Arrays.asList(lines));
        List<String> missing = new ArrayList<>();
        for (String path : values.keySet()) if (!leaves.containsKey(path)) missing.add(path);
        if (!missing.isEmpty()) throw new IllegalArgumentException("not a block-style leaf of the file: " + missing);
        values.forEach((path, value) -> {
            YamlLines.Leaf leaf = leaves.get(path);
            lines[leaf.line()] = rewrite(lines[leaf.line()], leaf, value, provenance);
        });
        String out = String.join("\n", lines);
        verify(text, out, values);
        return out;
    }

    /** path -> the hand-set value recorded as {@code prior V} in a {@code calibrated (...)} comment. */
    public static Map<String, Double> handSetPriors(String text) {
        String[] lines = text.split("\n", -1);
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        YamlLines.index(Arrays.asList(lines)).forEach((path, leaf) -> {
            if (leaf.commentStart() < 0) return;
            String c = lines[leaf.line()].substring(leaf.commentStart());
            int cal = c.indexOf(CALIBRATED), prior = c.indexOf("; prior ", Math.max(cal, 0));
            if (cal < 0 || prior < 0) return;
            String rest = c.substring(prior + "; prior ".length());
            int end = 0;
            while (end < rest.length() && rest.charAt(end) != ',' && rest.charAt(end) != ')') end++;
            try {
                out.put(path, Double.parseDouble(rest.substring(0, end).trim()));
            } catch (NumberFormatException e) {
                // a non-numeric prior (e.g. text) is no scale reference
            }
        });
        return out;
    }

    private static String rewrite(String line, YamlLines.Leaf leaf, String value, String provenance) {
        String old = line.substring(leaf.valueStart(), leaf.valueEnd());
        String before = line.substring(0, leaf.valueStart()) + value;
        String cr = line.endsWith("\r") ? "\r" : "";
        if (leaf.commentStart() < 0) {
            String gap = line.substring(leaf.valueEnd(), line.length() - cr.length());
            return before + gap + "  # " + CALIBRATED + provenance + "; prior " + old + ")" + cr;
        }
        String gap = line.substring(leaf.valueEnd(), leaf.commentStart());
        String body = line.substring(leaf.commentStart() + 1, line.length() - cr.length()).trim();
        return before + gap + "# " + comment(body, old, provenance) + cr;
    }

    /** The new comment body for an old one ("unit | source" or just "source"). */
    static String comment(String body, String oldValue, String provenance) {
        int bar = body.indexOf('|');
        String unit = bar < 0 ? "" : body.substring(0, bar).trim();
        String source = (bar < 0 ? body : body.substring(bar + 1)).trim();
        String prior;
        if (source.startsWith(CALIBRATED) && source.endsWith(")") && source.contains("; prior ")) {
            prior = source.substring(source.indexOf("; prior ") + "; prior ".length(), source.length() - 1);
        } else {
            prior = oldValue + (source.isEmpty() ? "" : ", " + source);
        }
        String calibrated = CALIBRATED + provenance + "; prior " + prior + ")";
        return unit.isEmpty() && bar < 0 ? calibrated : unit + " | " + calibrated;
    }

    private static void verify(String before, String after, Map<String, String> values) {
        try {
            JsonNode expected = YAML.readTree(before);
            for (Map.Entry<String, String> e : values.entrySet()) {
                Overrides.set((ObjectNode) expected, e.getKey(), YAML.readTree(e.getValue()));
            }
            JsonNode actual = YAML.readTree(after);
            if (!expected.equals(actual)) throw new IllegalStateException("in-place YAML write changed more than " + values.keySet());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("in-place YAML write produced unreadable YAML: " + e.getOriginalMessage(), e);
        }
    }
}
