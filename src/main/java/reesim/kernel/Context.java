package reesim.kernel;

import reesim.config.ScenarioConfig;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.market.MarketRules;
import reesim.market.Markets;
import reesim.market.Pricing;

/**
 * What an agent sees of the model when it acts: the clock, the markets and their rules, the ledger
 * every shipment goes through, the year's instruments (read-only), the state's till, the scenario
 * knobs and its own random streams. Agents know the model only through this view.
 */
public interface Context {
    /** Months done since January of the start year; the month now acting. */
    long tick();
    Calendar calendar();
    RandomStreams streams();
    ShipmentLedger ledger();
    Markets markets();
    MarketRules marketRules();
    Pricing pricing();
    Instruments instruments();
    /** Chinese producers' unit costs this year relative to the config's (1 unless they are RMB costs: macro.costsInRmbAt). */
    double costIndex();
    Treasury treasury();
    ScenarioConfig scenario();
    /** The state's account, where confiscated material goes. */
    Account stateAccount();
}
