package reesim.gui;

import reesim.output.DataCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.model.ReeModel;
import reesim.output.Metric;
import sim.engine.SimState;

import java.io.File;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless: what the console's File menu does with checkpoints works on the GUI's model. */
class CheckpointTest {
    @TempDir Path dir;

    @Test
    void aSavedRunReloadsThroughTheGuiStateAndContinuesIdentically() throws Exception {
        ReeWithUI original = new ReeWithUI(TestConfigs.baseline(), 11);
        original.start();
        for (int t = 0; t < 14; t++) original.step();
        File file = dir.resolve("run.checkpoint").toFile();

        SimState written = original.state.writeToCheckpoint(file);

        assertThat(written).as("writeToCheckpoint returns null on a serialization error").isSameAs(original.state);
        assertThat(file.length()).isPositive();

        ReeWithUI reopened = new ReeWithUI(TestConfigs.baseline(), 99);
        reopened.start();
        reopened.step();
        assertThat(reopened.readNewStateFromCheckpoint(file)).isTrue();
        assertThat(reopened.state).isNotSameAs(original.state);
        assertThat(reopened.state.schedule.getSteps()).isEqualTo(14);
        assertThat(reopened.state.schedule.getTimestamp("", "")).isEqualTo("2001-02");
        assertThat(reopened.graph().network(true).getAllNodes().numObjs).as("graph rebuilt from the loaded model").isPositive();

        for (int t = 0; t < 10; t++) {
            assertThat(original.step()).isTrue();
            assertThat(reopened.step()).isTrue();
        }
        ReeModel a = original.model(), b = reopened.model();
        for (int t = 0; t < 24; t++) {
            for (Metric m : Metric.VALUES) {
                for (int e = 0; e <= a.elementCount(); e++) {
                    assertThat(Double.valueOf(DataCollector.of(b).monthly(t, m, e))).as("%s[%d] month %d", m.label, e, t)
                            .isEqualTo(Double.valueOf(DataCollector.of(a).monthly(t, m, e)));
                }
            }
        }
        assertThat(b.ledger().lastEdges()).as("the loaded model still records flows for the display").isNotEmpty();
    }

    @Test
    void aCheckpointFileOfTheWrongKindIsRefused() throws Exception {
        File bogus = dir.resolve("bogus.checkpoint").toFile();
        java.nio.file.Files.writeString(bogus.toPath(), "not a checkpoint");
        ReeWithUI gui = new ReeWithUI(TestConfigs.baseline(), 1);
        gui.start();

        assertThat(SimState.readFromCheckpoint(bogus)).isNull();
        assertThat(gui.state.schedule.getSteps()).isZero();
    }
}
