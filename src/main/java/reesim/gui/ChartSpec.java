package reesim.gui;

import reesim.model.ReeModel;

import java.util.List;

/** One time-series chart: its title, y-axis label, and the monthly values of its series. */
public record ChartSpec(String title, String yLabel, List<Series> series) {

    /** A value of the model in one completed month. */
    @FunctionalInterface
    public interface Reading {
        double at(ReeModel m, int tick);
    }

    /** One line: its legend name, colour as 0xRRGGBB, and where its values come from. */
    public record Series(String name, int rgb, Reading reading) {}
}
