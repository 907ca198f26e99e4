package reesim.cli;

import reesim.config.BadInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reesim.config.ModelConfig;
import reesim.gui.ReeGui;

import java.util.concurrent.Callable;

/**
 * Opens the MASON console on the model {@code run} would build. The GUI classes are loaded only
 * when this command runs, so headless commands never touch AWT.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the MASON console (play, step, charts, supply-chain display, live policy knobs). Needs a display.")
public final class GuiCommand implements Callable<Integer> {
    @Mixin ConfigOptions options;

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE}); the same seed gives the trajectory of run", defaultValue = "1")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (seed != (int) seed) {
            throw new BadInputException("--seed " + seed + ": the MASON console keeps 32-bit seeds; expected a value from "
                    + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        ModelConfig cfg = options.load().value();
        String problem = ReeGui.displayProblem();
        if (problem != null) throw new BadInputException(problem);
        System.out.println("opening the MASON console on " + options.config + ", seed " + seed + "; close the console window to quit");
        ReeGui.awaitClosed(ReeGui.open(cfg, seed));
        return 0;
    }
}
