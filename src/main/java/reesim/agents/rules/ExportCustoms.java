package reesim.agents.rules;

import reesim.kernel.Context;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.market.Market;
import reesim.market.Trader;

/**
 * Registered exports through customs, for whoever makes them (licensed traders, and plants exporting their own
 * oxide): what a kg fetches abroad net of the export tariff and freight, the crossing itself (the tariff goes to the
 * state, the oxide leaves registered), and the offer of the exported oxide on the world market.
 */
public final class ExportCustoms {
    private ExportCustoms() {}

    /** USD/kg of element {@code e} at this month's world price and tariff, after {@code freight} USD/kg. */
    public static double netback(Context m, int e, double freight) {
        return m.markets().oxide(e, true).price() * (1 - m.instruments().exportTariff(e)) - freight;
    }

    /**
     * Clears {@code tonnes} of element {@code e} from {@code home} (trade stage) to {@code abroad} (world), registered;
     * the state collects the ad-valorem tariff on the world price, which is returned for the exporter to pay (USD).
     */
    public static double clear(Context m, Account home, Account abroad, int e, double tonnes) {
        double tariff = tonnes * 1000 * m.markets().oxide(e, true).price() * m.instruments().exportTariff(e);
        m.treasury().collectRevenue(tariff);
        m.ledger().move(home, Stage.TRADE, abroad, Stage.WORLD, e, tonnes, true);
        return tariff;
    }

    /** Offers the exported oxide of element {@code e} on the world market, from its price down to the holders' floor. */
    public static void offerAbroad(Context m, Trader seller, Account abroad, int e, double pressure) {
        Market world = m.markets().oxide(e, true);
        m.pricing().ask(world, seller, abroad, abroad.registered(e), true, world.price(), pressure, m.marketRules().sellerFloor(e, true));
    }
}
