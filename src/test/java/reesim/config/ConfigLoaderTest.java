package reesim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    public enum Policy { QUOTA, FREE_TRADE }

    public static class Mine implements Validatable {
        public String name;
        public double capacity;
        public Map<String, Double> composition = new LinkedHashMap<>();

        @Override
        public void validate(String path, Problems problems) {
            problems.positive(path + ".capacity", capacity, "t/yr");
        }
    }

    public static class Config implements Validatable {
        public int startYear;
        public int endYear;
        public Long seed;
        public Policy policy = Policy.QUOTA;
        public List<Mine> mines;
        public Map<Integer, Double> demand = new LinkedHashMap<>();
        public Map<String, Mine> hubs = new LinkedHashMap<>();
        public transient int cache;
        public static int instances;

        @Override
        public void validate(String path, Problems problems) {
            if (endYear < startYear) problems.add("endYear", endYear, "a year >= startYear (" + startYear + ")");
            for (int i = 0; i < mines.size(); i++) mines.get(i).validate("mines." + i, problems);
        }
    }

    private static final String GOOD = """
            startYear: 2025
            endYear: 2040
            seed: 42
            policy: FREE_TRADE
            mines:
              - name: Bayan Obo
                capacity: 120000
                composition: {Nd: 0.16, Pr: 0.05}
              - name: Mountain Pass
                capacity: 45000.5
            demand:
              2025: 1.0
              2030: 1.4
            hubs:
              baotou: {name: Baotou, capacity: 1}
            """;

    @TempDir Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static List<Problem> problemsOf(ThrowingLoad load) {
        try {
            load.run();
        } catch (ConfigException e) {
            return e.problems();
        } catch (Exception e) {
            throw new AssertionError("expected ConfigException, got " + e, e);
        }
        throw new AssertionError("expected ConfigException, but loading succeeded");
    }

    interface ThrowingLoad { void run() throws Exception; }

    private List<Problem> problemsLoading(String yaml, String... sets) throws Exception {
        Path file = write(yaml);
        return problemsOf(() -> ConfigLoader.load(file, List.of(sets), Config.class));
    }

    @Test
    void loadsAGoodFile() throws Exception {
        Path file = write(GOOD);
        ConfigLoader.Loaded<Config> loaded = ConfigLoader.load(file, List.of(), Config.class);
        Config c = loaded.value();

        assertThat(c.startYear).isEqualTo(2025);
        assertThat(c.seed).isEqualTo(42L);
        assertThat(c.policy).isEqualTo(Policy.FREE_TRADE);
        assertThat(c.mines).extracting(m -> m.name).containsExactly("Bayan Obo", "Mountain Pass");
        assertThat(c.mines.get(1).capacity).isEqualTo(45000.5);
        assertThat(c.mines.get(0).composition).containsEntry("Nd", 0.16).containsEntry("Pr", 0.05);
        assertThat(c.demand).containsEntry(2030, 1.4).hasSize(2);
        assertThat(c.hubs.get("baotou").name).isEqualTo("Baotou");
        assertThat(loaded.overrides()).isEmpty();
        String expectedSha = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(loaded.fileSha256()).isEqualTo(expectedSha);
        assertThat(loaded.resolvedTree().path("mines").get(1).path("name").asText()).isEqualTo("Mountain Pass");
    }

    @Test
    void unknownKeyGetsSuggestion() throws Exception {
        List<Problem> problems = problemsLoading(GOOD.replace("    capacity: 45000.5", "    capcity: 45000.5"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo("mines.1.capcity");
        assertThat(problems.get(0).expected()).contains("did you mean 'capacity'?");
        assertThat(problems.get(0).file()).endsWith("scenario.yaml");
    }

    @Test
    void transientAndStaticFieldsAreNotKeys() throws Exception {
        List<Problem> problems = problemsLoading(GOOD + "cache: 3\ninstances: 1\n");

        assertThat(problems).extracting(Problem::path).containsExactly("cache", "instances");
    }

    @Test
    void wrongTypesAreNamedInPlainWords() throws Exception {
        String yaml = GOOD.replace("capacity: 120000", "capacity: lots")
                .replace("startYear: 2025", "startYear: 2025.5")
                .replace("policy: FREE_TRADE", "policy: FREE_TRAD")
                .replace("composition: {Nd: 0.16, Pr: 0.05}", "composition: [0.16, 0.05]");
        List<Problem> problems = problemsLoading(yaml);

        assertThat(problems).extracting(Problem::path, Problem::value, Problem::expected).containsExactlyInAnyOrder(
                tuple("startYear", "2025.5", "a whole number"),
                tuple("policy", "\"FREE_TRAD\"",
                        "one of [QUOTA, FREE_TRADE]; did you mean 'FREE_TRADE'?"),
                tuple("mines.0.capacity", "\"lots\"", "a number"),
                tuple("mines.0.composition", "[0.16,0.05]",
                        "a map of name (e.g. element symbol) to number"));
    }

    @Test
    void reportsSeveralProblemsTogether() throws Exception {
        String yaml = GOOD.replace("endYear: 2040", "endYaer: 2040")
                .replace("seed: 42", "seed: [1]")
                .replace("  2030: 1.4", "  2030: high")
                .replace("mines:\n", "mines: 3\nunused:\n");
        List<Problem> problems = problemsLoading(yaml);

        assertThat(problems).extracting(Problem::path)
                .containsExactlyInAnyOrder("endYaer", "seed", "mines", "unused", "demand.2030");
        assertThat(problems).filteredOn(p -> p.path().equals("mines"))
                .singleElement().extracting(Problem::expected).isEqualTo("a list");
        assertThat(problems).filteredOn(p -> p.path().equals("endYaer"))
                .singleElement().extracting(Problem::expected).asString().contains("did you mean 'endYear'?");
    }

    @Test
    void mapWithIntegerKeysRejectsNonYearKey() throws Exception {
        List<Problem> problems = problemsLoading(GOOD.replace("  2030: 1.4", "  20x0: 1.4"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("demand.20x0");
            assertThat(p.value()).isEqualTo("20x0");
            assertThat(p.expected()).isEqualTo("an integer year");
        });
    }

    @Test
    void nullForPrimitiveAndNullListElementAreProblems() throws Exception {
        List<Problem> problems = problemsLoading(GOOD.replace("endYear: 2040", "endYear:")
                .replace("  2030: 1.4", "  2030:"));

        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("endYear", "demand.2030");
    }

    @Test
    void validateProblemsSurfaceAfterBinding() throws Exception {
        List<Problem> problems = problemsLoading(GOOD.replace("endYear: 2040", "endYear: 2020")
                .replace("capacity: 120000", "capacity: -5"));

        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("endYear", "mines.0.capacity");
        assertThat(problems).filteredOn(p -> p.path().equals("endYear"))
                .singleElement().extracting(Problem::expected).isEqualTo("a year >= startYear (2025)");
    }

    @Test
    void setsOverrideNestedPathsAndListElements() throws Exception {
        Path file = write(GOOD);
        List<String> sets = List.of("mines.1.capacity=2500", "policy=QUOTA", "demand.2030=2",
                "mines.0.composition={Nd: 0.2}", "seed=7");
        ConfigLoader.Loaded<Config> loaded = ConfigLoader.load(file, sets, Config.class);

        assertThat(loaded.value().mines.get(1).capacity).isEqualTo(2500.0);
        assertThat(loaded.value().policy).isEqualTo(Policy.QUOTA);
        assertThat(loaded.value().demand).containsEntry(2030, 2.0);
        assertThat(loaded.value().mines.get(0).composition).containsExactly(Map.entry("Nd", 0.2));
        assertThat(loaded.value().seed).isEqualTo(7L);
        assertThat(loaded.overrides()).isEqualTo(sets);
        assertThat(loaded.resolvedTree().at("/mines/1/capacity").intValue()).isEqualTo(2500);
        assertThat(loaded.fileSha256()).isEqualTo(ConfigLoader.load(file, List.of(), Config.class).fileSha256());
    }

    @Test
    void unknownSetPathGetsSuggestionAndOtherProblemsStillReported() throws Exception {
        List<Problem> problems = problemsLoading(GOOD.replace("seed: 42", "seed: x"), "mines.0.capcity=1");

        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder("mines.0.capcity", "seed");
        assertThat(problems).filteredOn(p -> p.path().equals("mines.0.capcity")).singleElement()
                .extracting(Problem::expected).asString()
                .contains("scenario.yaml").contains("did you mean 'mines.0.capacity'?");
    }

    @Test
    void setValueOfWrongTypeIsReportedAtItsPath() throws Exception {
        List<Problem> problems = problemsLoading(GOOD, "mines.0.capacity=huge");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("mines.0.capacity");
            assertThat(p.expected()).isEqualTo("a number");
        });
    }

    @Test
    void malformedSetIsAProblem() throws Exception {
        List<Problem> problems = problemsLoading(GOOD, "mines.0.capacity");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("--set");
            assertThat(p.value()).isEqualTo("mines.0.capacity");
            assertThat(p.expected()).contains("path=value");
        });
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nope.yaml");
        List<Problem> problems = problemsOf(() -> ConfigLoader.load(missing, List.of(), Config.class));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(missing.toString());
            assertThat(p.expected()).contains("not found");
        });
    }

    @Test
    void yamlSyntaxErrorGivesLineAndColumn() throws Exception {
        Path file = write("startYear: 2025\nendYear: 2040\nmines: [a, b\npolicy: QUOTA\n");
        List<Problem> problems = problemsOf(() -> ConfigLoader.load(file, List.of(), Config.class));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.path()).matches("line \\d+, column \\d+");
            assertThat(p.expected()).startsWith("valid YAML syntax");
        });
    }

    @Test
    void duplicateKeyIsASyntaxProblem() throws Exception {
        Path file = write("startYear: 2025\nstartYear: 2026\n");
        List<Problem> problems = problemsOf(() -> ConfigLoader.load(file, List.of(), Config.class));

        assertThat(problems).singleElement().extracting(Problem::expected).asString()
                .contains("duplicate key 'startYear'");
    }

    @Test
    void topLevelMustBeAMap() throws Exception {
        Path file = write("- 1\n- 2\n");
        List<Problem> problems = problemsOf(() -> ConfigLoader.load(file, List.of(), Config.class));

        assertThat(problems).singleElement().extracting(Problem::expected).asString().contains("map");
    }

    @Test
    void loadTreeDoesNotModifyTheCallersTree() throws Exception {
        ObjectNode tree = (ObjectNode) new YAMLMapper().readTree(GOOD);
        ObjectNode before = tree.deepCopy();
        ConfigLoader.Loaded<Config> a = ConfigLoader.loadTree("base", tree, List.of("seed=9"), Config.class);
        ConfigLoader.Loaded<Config> b = ConfigLoader.loadTree("base", tree, List.of("seed=10"), Config.class);

        assertThat(tree).isEqualTo(before);
        assertThat(a.value().seed).isEqualTo(9L);
        assertThat(b.value().seed).isEqualTo(10L);
        assertThat(a.fileSha256()).hasSize(64).isEqualTo(b.fileSha256());
    }

    @Test
    void toYamlRoundTrips() throws Exception {
        ObjectNode tree = (ObjectNode) new YAMLMapper().readTree(GOOD + "notes: ['true', '2030', 'a: b', '']\n");
        String yaml = ConfigLoader.toYaml(tree);
        JsonNode back = new YAMLMapper().readTree(yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(yaml).doesNotStartWith("---");
        assertThat(back).isEqualTo(tree);
    }
}
