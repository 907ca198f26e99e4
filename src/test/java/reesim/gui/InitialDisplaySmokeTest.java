package reesim.gui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The console opens stopped, and the network display already draws the supply chain as it starts (no blank window). */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class InitialDisplaySmokeTest {
    @Test
    void theNetworkDisplayDrawsTheInitialStateBeforeTheFirstStep() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "this JVM is headless");
        Console console = ReeGui.open(TestConfigs.baseline(), 5);
        ReeWithUI gui = ReeGui.gui(console);
        try {
            Screenshot.settle();
            assertThat(gui.state.schedule.getSteps()).as("still stopped at the start").isZero();
            assertThat(gui.graph().field().allObjects.numObjs).as("agents laid out").isGreaterThan(50);
            BufferedImage net = Snapshots.compose(List.of(gui.views().displayFrame()));
            assertThat(Snapshots.distinctColours(net)).as("the network display draws the agents before any step").isGreaterThan(8);
        } finally {
            SwingUtilities.invokeAndWait(() -> {
                console.pressStop();
                gui.quit();
                console.dispose();
            });
        }
    }
}
