package reesim.gui;

import reesim.config.ModelConfig;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CountDownLatch;

/** Opens the MASON console on a model and lays its windows out on the screen. */
public final class ReeGui {
    private ReeGui() {}

    /** Why no window can be opened here, or null when a display is available. */
    public static String displayProblem() {
        if (!GraphicsEnvironment.isHeadless()) return null;
        return "no display for the GUI (java.awt.headless is set or DISPLAY is empty): run it on a desktop, "
                + "over ssh -X, or under Xvfb, e.g. xvfb-run -a java -jar target/reesim.jar gui";
    }

    /** Builds the model, opens the console (stopped, at the start) and its windows, tiled over the screen. */
    public static Console open(ModelConfig cfg, long seed) throws InterruptedException, InvocationTargetException {
        ReeWithUI gui = new ReeWithUI(cfg, seed);
        Console[] made = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            Console c = new Console(gui);
            // replaying after Stop reruns the same seed, as `run --seed` would
            c.setIncrementSeedOnStop(false);
            c.setNewMenuAllowed(false);
            WindowLayout.tile(c, gui.views(), screen());
            c.setVisible(true);
            made[0] = c;
        });
        return made[0];
    }

    /** The GUIState behind a console opened by {@link #open}. */
    public static ReeWithUI gui(Console c) { return (ReeWithUI) c.getSimulation(); }

    /** Blocks until the console window is closed (closing it ends the program through MASON's Quit). */
    public static void awaitClosed(Console c) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeLater(() -> {
            c.addWindowListener(new WindowAdapter() {
                @Override public void windowClosed(WindowEvent e) { closed.countDown(); }
            });
            if (!c.isDisplayable()) closed.countDown();
        });
        closed.await();
    }

    static Rectangle screen() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    }
}
