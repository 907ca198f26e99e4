package reesim.config;

import java.io.Serializable;

/** One thing wrong with an input: where it is, what it holds and what was expected. */
public record Problem(String file, String path, String value, String expected) implements Serializable {
    public String message() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file);
        sb.append(": ").append(path == null || path.isEmpty() ? "(top level)" : path);
        if (value != null) sb.append(" = ").append(value);
        sb.append(": ").append(expected);
        return sb.toString();
    }
}
