package reesim.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.Knob;
import reesim.config.ModelConfig;
import reesim.config.Problem;
import reesim.config.ScenarioConfig;
import reesim.experiment.SweepSpec;
import reesim.gui.ModelTab;
import reesim.model.ReeModel;
import sim.util.Interval;
import sim.util.Properties;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * A knob declared once, in {@link Knob}, shows up everywhere: ScenarioConfig's fields, --set checking,
 * validate's notes, the GUI's Model tab, sweep files, the README table and the baseline config.
 * Every test iterates the registry, so a new knob is covered without touching this class.
 */
class KnobRegistryTest {
    private static final Path BASELINE = Path.of("configs/baseline.yaml");
    private static ModelConfig baseline;

    @BeforeAll
    static void load() throws Exception {
        baseline = ConfigLoader.load(BASELINE, List.of(), ModelConfig.class).value();
    }

    @Test
    void scenarioConfigsFieldsAreExactlyTheRegistrysKnobs() {
        List<String> fields = Arrays.stream(ScenarioConfig.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).sorted().toList();
        List<String> knobs = Knob.all().stream().map(k -> k.key).sorted().toList();
        assertThat(fields).as("a ScenarioConfig field without a Knob declaration, or the reverse").isEqualTo(knobs);

        ScenarioConfig fresh = new ScenarioConfig();
        for (Knob k : Knob.values()) {
            assertThat(k.get(fresh)).as(k.key + " default").isEqualTo(k.defaultValue);
            assertThat(k.inRange(k.defaultValue)).as(k.key + " default in range").isTrue();
            assertThat(k.min).as(k.key).isLessThan(k.max);
            assertThat(k.unit).as(k.key).isNotBlank();
            assertThat(k.actsOn).as(k.key).isNotBlank();
            assertThat(k.source).as(k.key).isNotBlank();
            assertThat(fresh.describe()).contains(k.key + "=" + k.defaultValue);
        }
    }

    @Test
    void setOutsideTheRangeIsRejectedWithTheRange() {
        for (Knob k : Knob.values()) {
            for (double bad : new double[] {k.min - 1, k.max + 1}) {
                assertThatThrownBy(() -> ConfigLoader.load(BASELINE, List.of(k.path() + "=" + bad), ModelConfig.class))
                        .as(k.path() + "=" + bad)
                        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                                .anySatisfy(p -> {
                                    assertThat(p.path()).isEqualTo(k.path());
                                    assertThat(p.expected()).contains(k.range()).contains(k.unit);
                                }));
            }
        }
    }

    @Test
    void setAtTheEndsOfTheRangeIsAccepted() throws Exception {
        for (Knob k : Knob.values()) {
            for (double ok : new double[] {k.min, k.max}) {
                ModelConfig c = ConfigLoader.load(BASELINE, List.of(k.path() + "=" + ok), ModelConfig.class).value();
                assertThat(k.get(c.scenario)).as(k.path()).isEqualTo(ok);
            }
        }
    }

    @Test
    void validateNotesEveryKnobWithTheRegistrysText() {
        List<String> notes = ValidateCommand.knobNotes(baseline);
        for (Knob k : Knob.values()) {
            assertThat(notes).as(k.path()).anySatisfy(n -> assertThat(n).startsWith(k.path() + " ").contains(k.actsOn));
        }
    }

    @Test
    void theModelTabShowsEveryKnobWithTheRegistrysRange() {
        ReeModel m = new ReeModel(1, baseline);
        Properties p = Properties.getProperties(new ModelTab(() -> m));
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < p.numProperties(); i++) if (!p.isHidden(i)) byName.put(p.getName(i), i);
        for (Knob k : Knob.values()) {
            assertThat(byName).as(k.key).containsKey(k.key);
            int i = byName.get(k.key);
            assertThat(p.getType(i)).isEqualTo(k.type());
            assertThat(p.getDescription(i)).contains(k.unit).contains(k.range());
            if (!k.liveEditable()) {
                assertThat(p.isReadWrite(i)).as(k.key + " is read-only").isFalse();
                continue;
            }
            assertThat(p.isReadWrite(i)).as(k.key).isTrue();
            Interval d = (Interval) p.getDomain(i);
            assertThat(d.getMin().doubleValue()).as(k.key).isEqualTo(k.min);
            assertThat(d.getMax().doubleValue()).as(k.key).isEqualTo(k.max);
            double mid = (k.min + k.max) / 2;
            p.setValue(i, String.valueOf(mid));
            assertThat(k.get(m.scenario())).as(k.key + " written to the config").isEqualTo(mid);
        }
    }

    @Test
    void aSweepOverEveryKnobIsAcceptedInsideAndRejectedOutsideTheRange(@TempDir Path dir) throws Exception {
        StringBuilder grid = new StringBuilder("grid:\n");
        StringBuilder sample = new StringBuilder("sample:\n  method: lhs\n  n: 2\n  ranges:\n");
        for (Knob k : Knob.values()) {
            grid.append("  ").append(k.path()).append(": [").append(k.min).append(", ").append(k.max).append("]\n");
            sample.append("    ").append(k.path()).append(": [").append(k.min).append(", ").append(k.max).append("]\n");
        }
        SweepSpec g = SweepSpec.load(sweep(dir, "grid.yaml", grid.toString()), List.of());
        assertThat(g.grid().keySet()).containsExactlyElementsOf(Knob.all().stream().map(Knob::path).toList());
        SweepSpec s = SweepSpec.load(sweep(dir, "sample.yaml", sample.toString()), List.of());
        assertThat(s.sample().ranges().keySet()).containsExactlyElementsOf(Knob.all().stream().map(Knob::path).toList());

        for (Knob k : Knob.values()) {
            Path bad = sweep(dir, "bad-" + k.key + ".yaml", "grid:\n  " + k.path() + ": [" + k.defaultValue + ", " + (k.max + 1) + "]\n");
            assertThatThrownBy(() -> SweepSpec.load(bad, List.of())).as(k.path())
                    .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(Problem::expected)
                            .anySatisfy(x -> assertThat(x).contains(k.range())));
        }
    }

    @Test
    void theReadmeAndGuiDocTablesAreTheRegistrys() throws Exception {
        String table = Knob.markdownTable();
        for (String doc : List.of("README.md", "docs/gui.md")) {
            assertThat(Files.readString(Path.of(doc))).as(doc + " must contain the table of Knob.markdownTable():\n" + table).contains(table);
        }
    }

    @Test
    void theBaselineConfigsScenarioBlockListsEveryKnobWithItsDefaultAndUnit() throws Exception {
        String yaml = Files.readString(BASELINE);
        String block = yaml.substring(yaml.indexOf("\nscenario:"), yaml.indexOf("\n\n", yaml.indexOf("\nscenario:")));
        for (Knob k : Knob.values()) {
            Matcher m = Pattern.compile("\n  " + k.key + ": (\\S+)  # (.*)").matcher(block);
            if (!m.find()) fail("configs/baseline.yaml's scenario block has no line for " + k.key);
            assertThat(Double.parseDouble(m.group(1))).as(k.key).isEqualTo(k.defaultValue);
            assertThat(m.group(2)).as(k.key + " unit comment").startsWith(k.unit);
        }
        assertThat(block.lines().filter(l -> l.startsWith("  ")).count()).as("no line without a knob").isEqualTo(Knob.values().length);
    }

    private static Path sweep(Path dir, String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "base: " + BASELINE.toAbsolutePath() + "\nseeds: 1\n" + body);
        return file;
    }
}
