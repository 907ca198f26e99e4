package reesim.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@code --set dotted.path=value} overrides to a parsed config tree.
 * The path must already exist in the tree, except that a schedule keyed by year takes a new year
 * ({@code policy.exportQuota.2008=51001}); list elements are addressed by index ({@code mines.0.capacity}).
 * The value is read as a YAML scalar or flow value: {@code 2}, {@code 0.5}, {@code true}, {@code [1, 2]},
 * {@code {a: 1}}, {@code abc}; an empty value is null.
 */
public final class Overrides {
    private static final YAMLMapper YAML = new YAMLMapper();

    private Overrides() {}

    /** Applies each {@code path=value} string in order; every malformed or unknown one becomes a problem. */
    public static void apply(String fileLabel, ObjectNode tree, List<String> sets, Problems problems) {
        if (sets == null) return;
        for (String set : sets) {
            int eq = set == null ? -1 : set.indexOf('=');
            if (eq <= 0 || set.substring(0, eq).isBlank()) {
                problems.add("--set", set, "path=value, e.g. mines.0.capacity=1200");
                continue;
            }
            String path = set.substring(0, eq).trim();
            String text = set.substring(eq + 1);
            JsonNode value;
            try {
                value = parseValue(text);
            } catch (JsonProcessingException e) {
                problems.add(path, text, "a YAML value for --set (number, true/false, text, [list] or {map})");
                continue;
            }
            try {
                set(tree, path, value);
            } catch (IllegalArgumentException e) {
                problems.add(path, text, "a --set path that exists in " + fileLabel + "; " + e.getMessage());
            }
        }
    }

    /**
     * Replaces the value at an existing dotted path (or adds a year to a schedule keyed by year).
     *
     * @throws IllegalArgumentException if the path does not exist, with a "did you mean" hint when one is close
     */
    public static void set(ObjectNode tree, String path, JsonNode value) {
        JsonNode newValue = value == null ? NullNode.getInstance() : value;
        String[] keys = path.split("\\.", -1);
        List<String> walked = new ArrayList<>();
        JsonNode node = tree;
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            boolean last = i == keys.length - 1;
            String here = walked.isEmpty() ? "the top level" : "'" + String.join(".", walked) + "'";
            if (node instanceof ObjectNode object) {
                if (!object.has(key) && !(last && isNewYearOfSchedule(object, key)))
                    throw new IllegalArgumentException(noSuchKey(here, walked, key, object));
                if (last) {
                    object.set(key, newValue);
                    return;
                }
                node = object.get(key);
            } else if (node instanceof ArrayNode array) {
                int index = parseIndex(key);
                if (index < 0 || index >= array.size()) {
                    throw new IllegalArgumentException(here + " is a list of " + array.size()
                            + " element(s), so '" + key + "' is not a valid index"
                            + (array.isEmpty() ? "" : " (use 0 to " + (array.size() - 1) + ")"));
                }
                if (last) {
                    array.set(index, newValue);
                    return;
                }
                node = array.get(index);
            } else {
                throw new IllegalArgumentException(here + " holds the single value " + node
                        + ", so it has no key '" + key + "'");
            }
            walked.add(key);
        }
    }

    /**
     * A schedule (a map keyed by year, or an empty map) takes a new year from {@code --set}, e.g.
     * {@code policy.exportQuota.2008=51001}: a year is a point of the schedule, not a misspelt key. The bound config's
     * validation still judges the year and the value.
     */
    private static boolean isNewYearOfSchedule(ObjectNode object, String key) {
        if (!isYear(key)) return false;
        java.util.Iterator<String> names = object.fieldNames();
        while (names.hasNext()) if (!isYear(names.next())) return false;
        return true;
    }

    private static boolean isYear(String key) { return key.matches("\\d{4}"); }

    /** Parses the text after {@code =} as a YAML value. */
    static JsonNode parseValue(String text) throws JsonProcessingException {
        JsonNode node = YAML.readTree(text);
        return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
    }

    private static String noSuchKey(String here, List<String> walked, String key, ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String prefix = walked.isEmpty() ? "" : String.join(".", walked) + ".";
        return here + " has no key '" + key + "'" + Suggestions.closest(key, names)
                .map(s -> "; did you mean '" + prefix + s + "'?")
                .orElse("; its keys are " + names);
    }

    private static int parseIndex(String key) {
        if (key.isEmpty() || key.length() > 9 || !key.chars().allMatch(Character::isDigit)) return -1;
        return Integer.parseInt(key);
    }
}
