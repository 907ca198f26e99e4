package reesim.gui;

import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import sim.display.Console;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the GUI, plays some months and writes a picture of the console, the network display and
 * the charts. Usage: {@code Screenshot [config] [out.png] [months] [seed]}; defaults
 * configs/baseline.yaml, docs/img/gui.png, 60, 1. Used by scripts/gui-screenshot.sh.
 */
public final class Screenshot {
    private Screenshot() {}

    public static void main(String[] args) throws Exception {
        String problem = ReeGui.displayProblem();
        if (problem != null) {
            System.err.println(problem);
            System.exit(2);
        }
        Path config = Path.of(args.length > 0 ? args[0] : "configs/baseline.yaml");
        File out = new File(args.length > 1 ? args[1] : "docs/img/gui.png");
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        ModelConfig cfg = ConfigLoader.load(config, List.of(), ModelConfig.class).value();
        Console c = ReeGui.open(cfg, seed);
        play(c, months);
        BufferedImage img = capture(c);
        File dir = out.getAbsoluteFile().getParentFile();
        if (!dir.isDirectory() && !dir.mkdirs()) throw new IllegalStateException("cannot create " + dir);
        ImageIO.write(img, "png", out);
        System.out.printf("wrote %s (%dx%d) after %d months, console at %s%n", out, img.getWidth(), img.getHeight(),
                ReeGui.gui(c).state.schedule.getSteps(), ReeGui.gui(c).state.schedule.getTimestamp("", ""));
        SwingUtilities.invokeAndWait(c::pressStop);
        System.exit(0);
    }

    /** From stopped: starts paused, steps {@code months} at once, and waits for the charts to catch up. */
    public static void play(Console c, int months) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            c.setNumStepsPerStepButtonPress(months);
            c.pressPause();
        });
        SwingUtilities.invokeAndWait(c::pressPlay);
        ReeWithUI gui = ReeGui.gui(c);
        long deadline = System.currentTimeMillis() + 120_000;
        while (gui.state.schedule.getSteps() < months) {
            if (System.currentTimeMillis() > deadline) throw new IllegalStateException("the model did not reach month " + months);
            Thread.sleep(50);
        }
        settle();
    }

    /** Lets queued chart updates and repaints run. */
    public static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(300);
        }
    }

    /** Console on the Model tab, plus every GUI window, in one picture. */
    public static BufferedImage capture(Console c) throws Exception {
        SwingUtilities.invokeAndWait(() -> c.getTabPane().setSelectedIndex(c.getTabPane().indexOfTab("Model")));
        settle();
        List<JFrame> frames = new ArrayList<>();
        frames.add(c);
        frames.addAll(ReeGui.gui(c).views().frames());
        return Snapshots.compose(frames);
    }
}
