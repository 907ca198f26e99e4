package reesim.agents.rules;

import reesim.kernel.Context;

/**
 * What a kg of oxide fetches abroad for whoever exports it through customs: the world price less the export tariff
 * on it, less the exporter's freight and handling. Licensed traders and plants that export their own oxide compare it
 * with the domestic price, and pay the tariff at customs.
 */
public final class ExportNetback {
    private ExportNetback() {}

    /** USD/kg of element {@code e} at this month's world price and tariff, after {@code freight} USD/kg. */
    public static double of(Context m, int e, double freight) {
        return m.markets().oxide(e, true).price() * (1 - m.instruments().exportTariff(e)) - freight;
    }

    /** The export tariff on {@code tonnes} of element {@code e} declared at customs, USD (ad valorem on the world price). */
    public static double tariff(Context m, int e, double tonnes) {
        return tonnes * 1000 * m.markets().oxide(e, true).price() * m.instruments().exportTariff(e);
    }
}
