package reesim.gui;

import sim.util.Valuable;

/**
 * What one edge of the supply-chain network carries: the tonnes (REO, all elements) shipped from
 * one agent to another in the last month, registered or not. Its value, the drawn width, grows
 * with the log of the tonnes so that small illegal flows stay visible next to the big ones.
 */
public final class FlowEdge implements Valuable {
    private final double tonnes;
    private final boolean registered;

    public FlowEdge(double tonnes, boolean registered) {
        this.tonnes = tonnes;
        this.registered = registered;
    }

    public static double width(double tonnes) { return StrictMath.log10(1 + tonnes); }

    public double getTonnes() { return tonnes; }
    public boolean isRegistered() { return registered; }
    public double getWidth() { return width(tonnes); }

    @Override
    public double doubleValue() { return width(tonnes); }

    @Override
    public String toString() { return String.format("%.1f t %s", tonnes, registered ? "registered" : "unregistered"); }
}
