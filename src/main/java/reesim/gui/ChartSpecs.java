package reesim.gui;

import reesim.output.DataCollector;
import reesim.model.ReeModel;
import reesim.output.Metric;
import reesim.report.Palette;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * The GUI's charts, read from the data collector's monthly values (so they show exactly what
 * monthly.csv of a headless run holds). Mass series are REO totals over the simulated elements. Colours are the
 * report's ({@link Palette}): domestic and registered blue, world and unregistered red.
 */
public final class ChartSpecs {
    public static final int PRICES = 0;

    private ChartSpecs() {}

    /** All charts; the first, the oxide prices, shows the element {@code element} supplies at read time. */
    public static List<ChartSpec> all(IntSupplier element) {
        return List.of(
                new ChartSpec("Oxide price: China vs world", "USD/kg", List.of(
                        new ChartSpec.Series("China (domestic)", Palette.DOMESTIC, (m, t) -> of(m, t, Metric.PRICE_DOMESTIC, element.getAsInt())),
                        new ChartSpec.Series("World", Palette.WORLD, (m, t) -> of(m, t, Metric.PRICE_WORLD, element.getAsInt())))),
                new ChartSpec("Mining in China (REO)", "t/month", List.of(
                        new ChartSpec.Series("Registered", Palette.REGISTERED, (m, t) -> reo(m, t, Metric.MINED_REGISTERED)),
                        new ChartSpec.Series("Unregistered", Palette.UNREGISTERED, (m, t) -> reo(m, t, Metric.MINED_UNREGISTERED)))),
                new ChartSpec("Oxide leaving China (REO)", "t/month", List.of(
                        new ChartSpec.Series("Registered exports", Palette.REGISTERED, (m, t) -> reo(m, t, Metric.EXPORTS_REGISTERED)),
                        new ChartSpec.Series("Smuggled", Palette.UNREGISTERED, (m, t) -> reo(m, t, Metric.EXPORTS_SMUGGLED)),
                        new ChartSpec.Series("Seized", 0x7D3C98, (m, t) -> reo(m, t, Metric.SEIZED)))),
                new ChartSpec("Stockpiles (REO)", "t", List.of(
                        new ChartSpec.Series("Producers (mines, smelters, recyclers)", 0xCA6F1E,
                                (m, t) -> reo(m, t, Metric.STOCKPILE) - reo(m, t, Metric.STOCKPILE_STATE)),
                        new ChartSpec.Series("State reserve", 0x1E8449, (m, t) -> reo(m, t, Metric.STOCKPILE_STATE)))),
                new ChartSpec("End of life and recycling (REO)", "t/month", List.of(
                        new ChartSpec.Series("End of life", 0x566573, (m, t) -> reo(m, t, Metric.END_OF_LIFE)),
                        new ChartSpec.Series("Recycled", 0x1E8449, (m, t) -> reo(m, t, Metric.RECYCLED)))));
    }

    /** The x value of a month: the year as a decimal, January of the start year = startYear.0. */
    public static double x(ReeModel m, int tick) { return m.calendar().startYear() + tick / 12.0; }

    static double of(ReeModel m, int t, Metric metric, int e) { return DataCollector.of(m).monthly(t, metric, e); }

    static double reo(ReeModel m, int t, Metric metric) { return DataCollector.of(m).monthly(t, metric, m.elementCount()); }
}
