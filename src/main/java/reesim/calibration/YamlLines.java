package reesim.calibration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where each scalar leaf of a block-style YAML text is: line, value span and comment start,
 * keyed by its dotted path (list elements by index), as {@code --set} names them.
 */
final class YamlLines {
    /** A leaf on one line: value characters [valueStart, valueEnd), comment '#' at commentStart (-1: none). */
    record Leaf(int line, int valueStart, int valueEnd, int commentStart) {}

    private record Frame(int column, String path, boolean item) {}

    private YamlLines() {}

    static Map<String, Leaf> index(List<String> lines) {
        Map<String, Leaf> leaves = new LinkedHashMap<>();
        Map<String, Integer> nextIndex = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int col = 0;
            while (col < line.length() && line.charAt(col) == ' ') col++;
            if (col == line.length() || line.charAt(col) == '#' || line.substring(col).isBlank()) continue;
            if (line.startsWith("---", col) || line.startsWith("...", col)) continue;
            while (isDash(line, col)) {
                int dash = col;
                while (!stack.isEmpty() && (stack.peek().column() > dash || (stack.peek().column() == dash && stack.peek().item()))) stack.pop();
                String parent = stack.isEmpty() ? "" : stack.peek().path();
                int idx = nextIndex.merge(parent, 1, Integer::sum) - 1;
                stack.push(new Frame(dash, join(parent, Integer.toString(idx)), true));
                col = dash + 1;
                while (col < line.length() && line.charAt(col) == ' ') col++;
                if (col >= line.length() || line.charAt(col) == '#') break;
            }
            if (col >= line.length() || line.charAt(col) == '#') continue;
            int colon = keyColon(line, col);
            if (colon < 0) {
                // a scalar list item, e.g. "- La": the item frame itself is the leaf
                Frame item = stack.peek();
                if (item != null && item.item()) leaves.put(item.path(), leaf(i, line, col));
                continue;
            }
            while (!stack.isEmpty() && stack.peek().column() >= col) stack.pop();
            String key = unquote(line.substring(col, colon).trim());
            String path = join(stack.isEmpty() ? "" : stack.peek().path(), key);
            int v = colon + 1;
            while (v < line.length() && line.charAt(v) == ' ') v++;
            if (v >= line.length() || line.charAt(v) == '#' || line.substring(v).isBlank()) stack.push(new Frame(col, path, false));
            else leaves.put(path, leaf(i, line, v));
        }
        return leaves;
    }

    private static boolean isDash(String line, int col) {
        return col < line.length() && line.charAt(col) == '-' && (col + 1 == line.length() || line.charAt(col + 1) == ' ');
    }

    private static Leaf leaf(int lineNo, String line, int start) {
        int comment = commentStart(line, start);
        int end = comment < 0 ? line.length() : comment;
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) end--;
        return new Leaf(lineNo, start, end, comment);
    }

    /** Index of the ':' ending a mapping key that starts at {@code from}, or -1. */
    private static int keyColon(String line, int from) {
        char q = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q != 0) { if (c == q) q = 0; continue; }
            if (i == from && (c == '"' || c == '\'')) { q = c; continue; }
            if (c == '[' || c == '{' || (c == '#' && i > from && line.charAt(i - 1) == ' ')) return -1;
            if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) return i;
        }
        return -1;
    }

    /** Index of a comment's '#' (preceded by a space, outside quotes) at or after {@code from}, or -1. */
    private static int commentStart(String line, int from) {
        char q = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q != 0) { if (c == q) q = 0; continue; }
            if ((c == '"' || c == '\'') && (i == from || line.charAt(i - 1) == ' ')) q = c;
            else if (c == '#' && (i == from || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) return i;
        }
        return -1;
    }

    private static String unquote(String k) {
        return k.length() >= 2 && (k.charAt(0) == '"' || k.charAt(0) == '\'') && k.charAt(k.length() - 1) == k.charAt(0) ? k.substring(1, k.length() - 1) : k;
    }

    private static String join(String a, String b) { return a.isEmpty() ? b : a + "." + b; }
}
