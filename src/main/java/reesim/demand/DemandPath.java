package reesim.demand;

import reesim.config.DemandConfig;
import reesim.kernel.Schedules;

import java.io.Serializable;

/** Units of a product family demanded per year, by year. */
public final class DemandPath implements Serializable {
    private final DemandConfig cfg;
    /** The precomputed path of a {@code stock_gompertz} family, null for the other methods. */
    private final StockGompertzPath stock;

    public DemandPath(DemandConfig cfg) {
        this.cfg = cfg;
        this.stock = DemandConfig.STOCK_GOMPERTZ.equals(cfg.method) ? StockGompertzPath.of(cfg) : null;
    }

    public double unitsPerYear(int year) {
        return switch (cfg.method) {
            case DemandConfig.GROWTH -> Schedules.compound(cfg.baseUnits, cfg.baseYear, cfg.rates, year);
            case DemandConfig.GOMPERTZ -> cfg.saturation * StrictMath.exp(-cfg.b * StrictMath.exp(-cfg.c * (year - cfg.baseYear)));
            case DemandConfig.STOCK_GOMPERTZ -> stock.units(year);
            default -> throw new IllegalArgumentException("demand method " + cfg.method);
        };
    }

    /** The stock path behind a {@code stock_gompertz} family; null for the other methods. */
    public StockGompertzPath stockPath() { return stock; }
}
