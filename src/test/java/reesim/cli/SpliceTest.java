package reesim.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --into replaces the text between markers that stand on lines of their own, not markers quoted in prose. */
class SpliceTest {
    static final String B = "<!-- t:begin -->", E = "<!-- t:end -->";

    @Test
    void aMarkerMentionedInProseIsNotTheInsertionPoint() {
        String doc = "Run it: the table goes between `" + B + "` and `" + E + "`.\n\n" + B + "\nold\n" + E + "\nafter\n";
        String out = CalibrationTableCommand.splice(doc, "new\n", Path.of("d.md"), B, E);
        assertThat(out).isEqualTo("Run it: the table goes between `" + B + "` and `" + E + "`.\n\n" + B + "\nnew\n" + E + "\nafter\n");
    }

    @Test
    void withoutMarkersOnLinesOfTheirOwnItIsBadInput() {
        assertThatThrownBy(() -> CalibrationTableCommand.splice("see " + B + " and " + E + "\n", "x", Path.of("d.md"), B, E))
                .hasMessageContaining("d.md").hasMessageContaining("line of its own");
    }
}
