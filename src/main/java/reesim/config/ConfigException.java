package reesim.config;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: one or more problems, each naming file, key path, value and what is expected. Exit code 2. */
public class ConfigException extends Exception {
    private final List<Problem> problems;

    public ConfigException(List<Problem> problems) {
        super(problems.stream().map(Problem::message).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String file, String path, Object value, String expected) {
        this(List.of(new Problem(file, path, value == null ? null : String.valueOf(value), expected)));
    }

    public List<Problem> problems() { return problems; }
}
