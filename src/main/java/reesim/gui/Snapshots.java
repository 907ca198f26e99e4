package reesim.gui;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Pictures of the GUI without a screen grab: each window paints itself into one image at its
 * place on the screen, so the result does not depend on a window manager or on what else is open.
 */
public final class Snapshots {
    private Snapshots() {}

    /** The visible frames, painted on the EDT into one image covering their union. */
    public static BufferedImage compose(List<? extends JFrame> frames) throws InterruptedException, InvocationTargetException {
        BufferedImage[] out = new BufferedImage[1];
        SwingUtilities.invokeAndWait(() -> {
            Rectangle all = null;
            for (JFrame f : frames) if (f.isVisible()) all = all == null ? f.getBounds() : all.union(f.getBounds());
            if (all == null) throw new IllegalStateException("no visible window to picture");
            BufferedImage img = new BufferedImage(all.width, all.height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(64, 64, 64));
            g.fillRect(0, 0, all.width, all.height);
            for (JFrame f : frames) {
                if (!f.isVisible()) continue;
                Graphics2D fg = (Graphics2D) g.create(f.getX() - all.x, f.getY() - all.y, f.getWidth(), f.getHeight());
                f.getRootPane().paint(fg);
                fg.dispose();
            }
            g.dispose();
            out[0] = img;
        });
        return out[0];
    }

    /** How many distinct colours an image has: a blank or single-colour picture has one. */
    public static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) for (int x = 0; x < img.getWidth(); x += 2) seen.add(img.getRGB(x, y));
        return seen.size();
    }
}
