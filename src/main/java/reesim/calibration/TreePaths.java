package reesim.calibration;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a config tree leaf by its dotted --set path (list elements by index). */
public final class TreePaths {
    private TreePaths() {}

    /** The node at {@code path}, or null when there is none. */
    public static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        for (String key : path.split("\\.", -1)) {
            if (node == null) return null;
            if (node.isArray()) {
                if (!key.matches("\\d{1,9}")) return null;
                node = node.get(Integer.parseInt(key));
            } else {
                node = node.get(key);
            }
        }
        return node;
    }
}
