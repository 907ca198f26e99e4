package reesim.gui;

import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

import java.awt.Color;
import java.awt.Graphics2D;

/** Draws a flow as a triangle from source to destination, wide by log tonnes, coloured by registration. */
final class FlowEdgePortrayal extends SimpleEdgePortrayal2D {
    /** The report's colours ({@link reesim.report.Palette}), translucent so that crossing flows stay visible. */
    static final Color REGISTERED = withAlpha(reesim.report.Palette.REGISTERED, 120);
    static final Color UNREGISTERED = withAlpha(reesim.report.Palette.UNREGISTERED, 170);

    private static Color withAlpha(int rgb, int alpha) {
        Color c = new Color(rgb);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    FlowEdgePortrayal() {
        super(REGISTERED, REGISTERED, null);
        setShape(SHAPE_TRIANGLE);
        setAdjustsThickness(true);
        setBaseWidth(0.3);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        Object flow = ((Edge) object).info;
        Color c = flow instanceof FlowEdge f && !f.isRegistered() ? UNREGISTERED : REGISTERED;
        fromPaint = c;
        toPaint = c;
        super.draw(object, graphics, info);
    }
}
