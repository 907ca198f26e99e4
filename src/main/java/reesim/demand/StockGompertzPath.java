package reesim.demand;

import reesim.config.DemandConfig;
import reesim.config.MacroConfig;

import java.io.Serializable;

/**
 * A stock-driven demand path (seed 002 eq. 7-9), computed once for every year from three
 * lifetimes before the start year to the end year: target stock = Gompertz ownership per capita
 * at the year's trend GDP per capita (the macro block's centred average) times population; units demanded = stock increase plus
 * replacement of the units reaching the end of their Weibull life. Years outside the range take
 * the nearest computed year.
 */
public final class StockGompertzPath implements Serializable {
    private final int firstYear;
    private final StockFlows flows;

    public StockGompertzPath(GompertzOwnership ownership, MacroConfig.Series macro, double lifetimeYears,
                             double lifetimeShape, int startYear, int endYear) {
        this.firstYear = startYear - (int) Math.ceil(3 * lifetimeYears);
        int n = Math.max(endYear, startYear) - firstYear + 1;
        double[] stock = new double[n];
        for (int i = 0; i < n; i++) {
            int y = firstYear + i;
            stock[i] = ownership.perCapita(macro.gdpTrend(y)) * macro.population(y);
        }
        this.flows = StockFlows.of(stock, DiscardShares.weibull(lifetimeYears, lifetimeShape, n));
    }

    /** The path of a loaded {@code stock_gompertz} demand config (its context bound by validation). */
    public static StockGompertzPath of(DemandConfig cfg) {
        DemandConfig.StockContext c = cfg.context();
        if (c == null) throw new IllegalStateException("stock_gompertz demand needs the macro series and the product's "
                + "lifetime: load the config with ConfigLoader (validation binds them) or call DemandConfig.bind");
        return new StockGompertzPath(new GompertzOwnership(cfg.saturationPerCapita, cfg.alpha, cfg.beta),
                c.macro().series(), c.lifetimeYears(), c.lifetimeShape(), c.startYear(), c.endYear());
    }

    public int firstYear() { return firstYear; }
    public int lastYear() { return firstYear + flows.sales().length - 1; }
    /** Units demanded (sold) in a year. */
    public double units(int year) { return flows.sales()[index(year)]; }
    /** Target units in use at the end of a year. */
    public double stock(int year) { return flows.stock()[index(year)]; }
    /** Units reaching the end of their life in a year. */
    public double replacement(int year) { return flows.replacement()[index(year)]; }

    private int index(int year) { return Math.max(0, Math.min(flows.sales().length - 1, year - firstYear)); }
}
