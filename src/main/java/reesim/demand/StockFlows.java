package reesim.demand;

/**
 * Seed 002 eq. 9 in units: what must be sold each year to keep a target stock in use,
 * sales(t) = max(0, S(t) - S(t-1)) + replacement(t), replacement(t) = sum over t' < t of
 * sales(t') * discard(t - t'). In the first year everything in use counts as sold that year.
 * A falling target stock lowers sales only to the replacement level (units are not retired early).
 */
public record StockFlows(double[] stock, double[] sales, double[] replacement) implements java.io.Serializable {
    /** @param stock   target units in use, one value per consecutive year
     *  @param discard share of a year's sales discarded a years later, index = age in years */
    public static StockFlows of(double[] stock, double[] discard) {
        int n = stock.length;
        double[] sales = new double[n];
        double[] replacement = new double[n];
        if (n == 0) return new StockFlows(stock.clone(), sales, replacement);
        sales[0] = stock[0];
        for (int t = 1; t < n; t++) {
            double r = 0;
            for (int s = 0; s < t; s++) {
                int age = t - s;
                if (age < discard.length) r += sales[s] * discard[age];
            }
            replacement[t] = r;
            sales[t] = Math.max(0, stock[t] - stock[t - 1]) + r;
        }
        return new StockFlows(stock.clone(), sales, replacement);
    }
}
