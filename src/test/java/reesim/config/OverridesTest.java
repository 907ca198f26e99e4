package reesim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverridesTest {
    private ObjectNode tree;
    private Problems problems;

    @BeforeEach
    void setUp() throws Exception {
        tree = (ObjectNode) new YAMLMapper().readTree("""
                seed: 1
                market:
                  price: 10.5
                  elements: {Nd: 0.2}
                  quota: {2000: 45000, 2009: 50145}
                  batches: {}
                mines:
                  - {name: A, capacity: 100}
                  - {name: B, capacity: 200}
                """);
        problems = new Problems("base.yaml");
    }

    @Test
    void setsNestedPathsAndListElements() {
        Overrides.apply("base.yaml", tree, List.of("market.price=12", "mines.1.capacity=250.5", "market.elements.Nd=0.3"),
                problems);

        assertThat(problems.list()).isEmpty();
        assertThat(tree.at("/market/price").isInt()).isTrue();
        assertThat(tree.at("/market/price").intValue()).isEqualTo(12);
        assertThat(tree.at("/mines/1/capacity").doubleValue()).isEqualTo(250.5);
        assertThat(tree.at("/mines/0/capacity").intValue()).isEqualTo(100);
        assertThat(tree.at("/market/elements/Nd").doubleValue()).isEqualTo(0.3);
    }

    @Test
    void valuesAreParsedAsYaml() {
        Overrides.apply("base.yaml", tree, List.of("seed=true", "market.price=[1, 2]", "mines.0.name=abc",
                "market.elements={Pr: 0.1}", "mines.1.name="), problems);

        assertThat(problems.list()).isEmpty();
        assertThat(tree.get("seed").isBoolean()).isTrue();
        assertThat(tree.at("/market/price").isArray()).isTrue();
        assertThat(tree.at("/market/price").size()).isEqualTo(2);
        assertThat(tree.at("/mines/0/name").textValue()).isEqualTo("abc");
        assertThat(tree.at("/market/elements/Pr").doubleValue()).isEqualTo(0.1);
        assertThat(tree.at("/mines/1/name").isNull()).isTrue();
    }

    @Test
    void laterSetsSeeEarlierOnes() {
        Overrides.apply("base.yaml", tree, List.of("mines.0={name: C, capacity: 5}", "mines.0.capacity=6"), problems);

        assertThat(problems.list()).isEmpty();
        assertThat(tree.at("/mines/0/name").textValue()).isEqualTo("C");
        assertThat(tree.at("/mines/0/capacity").intValue()).isEqualTo(6);
    }

    @Test
    void unknownKeyGetsFullPathSuggestion() {
        Overrides.apply("base.yaml", tree, List.of("market.prise=3"), problems);

        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("base.yaml");
            assertThat(p.path()).isEqualTo("market.prise");
            assertThat(p.value()).isEqualTo("3");
            assertThat(p.expected()).contains("did you mean 'market.price'?");
        });
        assertThat(tree.at("/market").has("prise")).isFalse();
    }

    @Test
    void badIndexAndPathThroughScalarAreProblems() {
        Overrides.apply("base.yaml", tree, List.of("mines.2.capacity=1", "mines.x.capacity=1", "seed.value=3"),
                problems);

        assertThat(problems.list()).extracting(Problem::path)
                .containsExactly("mines.2.capacity", "mines.x.capacity", "seed.value");
        assertThat(problems.list().get(0).expected()).contains("0 to 1");
        assertThat(problems.list().get(2).expected()).contains("'seed' holds the single value 1");
    }

    @Test
    void malformedSetsAreProblems() {
        Overrides.apply("base.yaml", tree, List.of("seed", "=3", "seed=[1,"), problems);

        assertThat(problems.list()).extracting(Problem::path).containsExactly("--set", "--set", "seed");
        assertThat(problems.list().get(0).value()).isEqualTo("seed");
        assertThat(problems.list().get(2).expected()).contains("YAML value");
        assertThat(tree.get("seed").intValue()).isEqualTo(1);
    }

    @Test
    void aScheduleKeyedByYearTakesANewYearButOtherMapsDoNot() {
        Overrides.apply("base.yaml", tree, List.of("market.quota.2005=66845", "market.batches.2010=22282"), problems);

        assertThat(problems.list()).isEmpty();
        assertThat(tree.at("/market/quota/2005").intValue()).isEqualTo(66845);
        assertThat(tree.at("/market/quota/2000").intValue()).isEqualTo(45000);
        assertThat(tree.at("/market/batches/2010").intValue()).isEqualTo(22282);

        // a map keyed by name takes no year, a schedule no name, and only the last key of a path may be new
        Overrides.apply("base.yaml", tree, List.of("market.elements.2010=1", "market.quota.x2010=1", "market.quota.2011.a=1"), problems);
        assertThat(problems.list()).extracting(Problem::path)
                .containsExactly("market.elements.2010", "market.quota.x2010", "market.quota.2011.a");
    }

    @Test
    void programmaticSetReplacesOrThrows() {
        Overrides.set(tree, "mines.0.capacity", IntNode.valueOf(7));

        assertThat(tree.at("/mines/0/capacity").intValue()).isEqualTo(7);
        assertThatThrownBy(() -> Overrides.set(tree, "sed", IntNode.valueOf(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did you mean 'seed'?");
    }

    @Test
    void suggestionsUseCaseInsensitiveLevenshteinWithinLimit() {
        List<String> keys = List.of("capacity", "startYear", "seed");

        assertThat(Suggestions.closest("capcity", keys)).contains("capacity");
        assertThat(Suggestions.closest("STARTYEAR", keys)).contains("startYear");
        assertThat(Suggestions.closest("sed", keys)).contains("seed");
        assertThat(Suggestions.closest("price", keys)).isEmpty();
        assertThat(Suggestions.closest("x", List.of())).isEmpty();
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
