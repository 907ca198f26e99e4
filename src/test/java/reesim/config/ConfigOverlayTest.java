package reesim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extends: FILE}: a config merged onto the base it names (JUnit deletes the temp files). */
class ConfigOverlayTest {

    public static class Mine {
        public String name;
        public double capacity;
    }

    public static class Config implements Validatable {
        public String name;
        public int startYear;
        public int endYear;
        public List<String> elements;
        public Map<Integer, Double> quota = new LinkedHashMap<>();
        public Map<String, Mine> mines = new LinkedHashMap<>();

        @Override
        public void validate(String path, Problems problems) {
            if (endYear < startYear) problems.add("endYear", endYear, "a year >= startYear (" + startYear + ")");
        }
    }

    private static final String BASE = """
            name: base
            startYear: 2000
            endYear: 2050
            elements: [Nd, Pr, Dy]
            quota:
              2006: 80000
              2018: 120000
              2019: 132000
            mines:
              bayan: {name: Bayan Obo, capacity: 100}
              pass: {name: Mountain Pass, capacity: 40}
            """;

    @TempDir Path dir;

    private Path write(String name, String yaml) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    private static ConfigLoader.Loaded<Config> load(Path file, String... sets) throws ConfigException {
        return ConfigLoader.load(file, List.of(sets), Config.class);
    }

    private static List<Problem> problemsOf(Path file, String... sets) {
        try {
            load(file, sets);
        } catch (ConfigException e) {
            return e.problems();
        }
        throw new AssertionError("expected a ConfigException for " + file);
    }

    @Test
    void mapsMergeKeyByKeyInTheBasesOrderWhileScalarsAndListsReplaceAndNullRemoves() throws Exception {
        write("base.yaml", BASE);
        Path overlay = write("overlay.yaml", """
                quota:
                  2017: 105000
                  2018: null
                  2019: null
                mines:
                  pass: {capacity: 45}
                  lynas: {name: Mount Weld, capacity: 20}
                elements: [Nd]
                name: overlay
                extends: base.yaml
                """);

        var loaded = load(overlay);

        assertThat(ConfigLoader.toYaml(loaded.resolvedTree())).isEqualTo("""
                name: overlay
                startYear: 2000
                endYear: 2050
                elements:
                - Nd
                quota:
                  "2006": 80000
                  "2017": 105000
                mines:
                  bayan:
                    name: Bayan Obo
                    capacity: 100
                  pass:
                    name: Mountain Pass
                    capacity: 45
                  lynas:
                    name: Mount Weld
                    capacity: 20
                """);
        assertThat(loaded.value().quota).containsExactly(Map.entry(2006, 80000.0), Map.entry(2017, 105000.0));
        assertThat(loaded.value().mines.get("pass").name).isEqualTo("Mountain Pass");
    }

    @Test
    void setOverridesApplyToTheMergedTreeAndTheHashIsTheNamedFilesOwn() throws Exception {
        write("base.yaml", BASE);
        String text = "extends: base.yaml\nname: overlay\n";
        Path overlay = write("overlay.yaml", text);

        var loaded = load(overlay, "mines.bayan.capacity=7", "endYear=2030");

        assertThat(loaded.value().mines.get("bayan").capacity).isEqualTo(7.0);
        assertThat(loaded.value().endYear).isEqualTo(2030);
        assertThat(loaded.resolvedTree().has(ConfigLoader.EXTENDS)).isFalse();
        assertThat(loaded.fileSha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void basesExtendFurtherWithPathsRelativeToTheFileThatNamesThem() throws Exception {
        Path base = write("shared/base.yaml", BASE);
        Path middle = write("middle.yaml", """
                extends: shared/base.yaml
                name: middle
                endYear: 2040
                quota: {2030: 150000}
                """);
        Path top = write("scenarios/top.yaml", """
                extends: ../middle.yaml
                name: top
                quota: {2006: 1}
                """);

        var loaded = load(top);

        assertThat(loaded.value().name).isEqualTo("top");
        assertThat(loaded.value().endYear).isEqualTo(2040);
        assertThat(loaded.value().quota).containsExactly(Map.entry(2006, 1.0), Map.entry(2018, 120000.0),
                Map.entry(2019, 132000.0), Map.entry(2030, 150000.0));
        assertThat(ConfigLoader.extendsChain(top)).containsExactly(top, middle, base);
        assertThat(ConfigLoader.extendsChain(base)).containsExactly(base);
    }

    @Test
    void aCycleOfExtendsIsBadInput() throws Exception {
        Path a = write("a.yaml", "extends: b.yaml\nname: a\n");
        Path b = write("b.yaml", "extends: a.yaml\nname: b\n");
        Path self = write("self.yaml", "extends: self.yaml\nname: self\n");

        assertThat(problemsOf(a)).extracting(Problem::file, Problem::path, Problem::value)
                .containsExactly(tuple(b.toString(), "extends", "a.yaml"));
        assertThat(problemsOf(a).get(0).expected()).contains("cycle: " + a + " -> " + b + " -> " + a);
        assertThat(problemsOf(self)).extracting(Problem::file, Problem::path, Problem::value)
                .containsExactly(tuple(self.toString(), "extends", "self.yaml"));
        assertThatThrownBy(() -> ConfigLoader.extendsChain(a)).isInstanceOf(ConfigException.class);
    }

    @Test
    void aMissingBaseNamesTheOverlayAndThePathItLookedFor() throws Exception {
        Path overlay = write("overlay.yaml", "extends: nowhere.yaml\nname: overlay\n");

        List<Problem> problems = problemsOf(overlay);

        assertThat(problems).extracting(Problem::file, Problem::path, Problem::value)
                .containsExactly(tuple(overlay.toString(), "extends", "nowhere.yaml"));
        assertThat(problems.get(0).expected()).contains(dir.resolve("nowhere.yaml") + " not found");
        assertThat(problems.get(0).message()).startsWith(overlay + ": extends = nowhere.yaml: ");
    }

    @Test
    void extendsMustBeAFileName() throws Exception {
        write("base.yaml", BASE);
        Path overlay = write("overlay.yaml", "extends: [base.yaml]\n");

        assertThat(problemsOf(overlay)).extracting(Problem::file, Problem::path, Problem::value)
                .containsExactly(tuple(overlay.toString(), "extends", "[\"base.yaml\"]"));
    }

    @Test
    void aBadValueIsReportedAgainstTheFileThatSetIt() throws Exception {
        Path base = write("base.yaml", BASE.replace("capacity: 40", "capacity: lots"));
        Path overlay = write("overlay.yaml", """
                extends: base.yaml
                startYear: soon
                quota: {2020: null, 2025: many}
                mines:
                  bayan: {capacity: -}
                  lynas: {name: Mount Weld, capcity: 20}
                """);

        assertThat(problemsOf(overlay)).extracting(Problem::file, Problem::path, Problem::value).containsExactlyInAnyOrder(
                tuple(overlay.toString(), "quota.2020", "null"));
        write("overlay.yaml", """
                extends: base.yaml
                startYear: soon
                quota: {2025: many}
                mines:
                  bayan: {capacity: x}
                  lynas: {name: Mount Weld, capcity: 20}
                """);
        assertThat(problemsOf(overlay)).extracting(Problem::file, Problem::path, Problem::value).containsExactlyInAnyOrder(
                tuple(overlay.toString(), "startYear", "\"soon\""),
                tuple(overlay.toString(), "quota.2025", "\"many\""),
                tuple(overlay.toString(), "mines.bayan.capacity", "\"x\""),
                tuple(overlay.toString(), "mines.lynas.capcity", null),
                tuple(base.toString(), "mines.pass.capacity", "\"lots\""));
    }

    @Test
    void validationAndSetProblemsNameTheFileBehindTheValue() throws Exception {
        write("base.yaml", BASE);
        Path overlay = write("overlay.yaml", "extends: base.yaml\nendYear: 1990\n");

        assertThat(problemsOf(overlay)).extracting(Problem::file, Problem::path, Problem::value)
                .containsExactly(tuple(overlay.toString(), "endYear", "1990"));
        write("overlay.yaml", "extends: base.yaml\nname: fine\n");
        assertThat(problemsOf(overlay, "startYear=soon", "nope=1")).extracting(Problem::file, Problem::path)
                .containsExactlyInAnyOrder(tuple(overlay.toString(), "startYear"), tuple(overlay.toString(), "nope"));
    }

    @Test
    void syntaxErrorsAndEmptyBasesNameTheBase() throws Exception {
        Path base = write("base.yaml", "name: [unclosed\n");
        Path overlay = write("overlay.yaml", "extends: base.yaml\n");

        assertThat(problemsOf(overlay)).extracting(Problem::file).containsExactly(base.toString());
        write("base.yaml", "");
        assertThat(problemsOf(overlay)).extracting(Problem::file, Problem::path)
                .containsExactly(tuple(base.toString(), ""));
    }
}
