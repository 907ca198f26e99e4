package reesim.gui;

import reesim.agents.ExportTrader;
import reesim.agents.IllegalMine;
import reesim.agents.InUseStock;
import reesim.agents.IntermediateMaker;
import reesim.agents.Manufacturer;
import reesim.agents.Mine;
import reesim.agents.Recycler;
import reesim.agents.RestOfWorld;
import reesim.agents.Smelter;
import reesim.agents.Smuggler;
import reesim.ledger.Stage;
import reesim.policy.StateStockpile;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.simple.LabelledPortrayal2D;
import sim.portrayal.simple.OvalPortrayal2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;

/** Node looks: a dot coloured by kind of agent; the crowded columns are labelled only when selected. */
final class NodePortrayals {
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private NodePortrayals() {}

    static void install(ContinuousPortrayal2D p) {
        p.setPortrayalForClass(Column.class, new ColumnTitle());
        p.setPortrayalForClass(Stage.class, node(new Color(120, 120, 120), 2.4, false));
        p.setPortrayalForClass(Mine.class, node(new Color(139, 90, 43), 1.8, true));
        p.setPortrayalForClass(IllegalMine.class, node(new Color(reesim.report.Palette.UNREGISTERED), 1.0, true));
        p.setPortrayalForClass(Smelter.class, node(new Color(230, 126, 34), 2.2, true));
        p.setPortrayalForClass(ExportTrader.class, node(new Color(23, 165, 137), 1.6, true));
        p.setPortrayalForClass(Smuggler.class, node(new Color(125, 60, 152), 1.6, true));
        p.setPortrayalForClass(IntermediateMaker.class, node(new Color(39, 174, 96), 1.8, true));
        p.setPortrayalForClass(Manufacturer.class, node(new Color(41, 98, 196), 2.2, true));
        p.setPortrayalForClass(InUseStock.class, node(new Color(93, 109, 126), 2.2, true));
        p.setPortrayalForClass(Recycler.class, node(new Color(120, 170, 40), 2.2, false));
        p.setPortrayalForClass(RestOfWorld.class, node(new Color(40, 40, 40), 3.0, false));
        p.setPortrayalForClass(StateStockpile.class, node(new Color(183, 149, 11), 3.0, false));
    }

    private static SimplePortrayal2D node(Color c, double scale, boolean labelOnlyWhenSelected) {
        LabelledPortrayal2D l = new LabelledPortrayal2D(new OvalPortrayal2D(c, scale), null, Color.darkGray, labelOnlyWhenSelected) {
            @Override
            public String getLabel(Object object, DrawInfo2D info) { return name(object); }
        };
        l.font = LABEL;
        return l;
    }

    static String name(Object node) {
        if (node instanceof Stage s) return s.label;
        if (node instanceof StateStockpile s) return s.toString();
        if (node instanceof InUseStock u) return "in use: " + u.getFamily();
        return String.valueOf(node);
    }

    /** Column headings: text only, not selectable, shrinking with the display's zoom. */
    static final class ColumnTitle extends SimplePortrayal2D {
        private static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
        /** Pixels per field unit at zoom 1. */
        private static final double UNIT = NetworkDisplay.WIDTH / SupplyChainGraph.WIDTH;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            String s = object.toString();
            float size = (float) Math.max(7, Math.min(14, 11 * info.draw.width / UNIT));
            g.setFont(FONT.deriveFont(size));
            g.setPaint(Color.darkGray);
            int w = g.getFontMetrics().stringWidth(s);
            g.drawString(s, (float) (info.draw.x - w / 2.0), (float) info.draw.y);
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }
}
