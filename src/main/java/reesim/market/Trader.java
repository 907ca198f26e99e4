package reesim.market;

/** Anything that places orders on a market and hears back about its fills. */
public interface Trader {
    /** Called once per filled order after the clearing; qty in tonnes, price in USD/kg. */
    void onFill(Market market, boolean bought, double quantity, double price, boolean registered);
}
