package reesim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The data files of a results or sweep folder that the report header links to. */
final class ReportFiles {
    private ReportFiles() {}

    /** Name and size of each csv, yaml and json file in {@code dir}, sorted by name; the report itself is left out. */
    static List<Map<String, Object>> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Path p : s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = p.getFileName().toString();
                if (!name.matches("(?i)[^.].*\\.(csv|ya?ml|json)")) continue;
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("name", name);
                f.put("bytes", Files.size(p));
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
