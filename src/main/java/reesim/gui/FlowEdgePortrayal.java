package reesim.gui;

import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

import java.awt.Color;
import java.awt.Graphics2D;

/** Draws a flow as a triangle from source to destination, wide by log tonnes, coloured by registration. */
final class FlowEdgePortrayal extends SimpleEdgePortrayal2D {
    static final Color REGISTERED = new Color(36, 113, 163, 120);
    static final Color UNREGISTERED = new Color(203, 30, 30, 170);

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
