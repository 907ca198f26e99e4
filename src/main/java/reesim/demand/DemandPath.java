package reesim.demand;

import reesim.config.DemandConfig;
import reesim.model.Schedules;

import java.io.Serializable;

/** Units of a product family demanded per year, by year. */
public final class DemandPath implements Serializable {
    private final DemandConfig cfg;

    public DemandPath(DemandConfig cfg) { this.cfg = cfg; }

    public double unitsPerYear(int year) {
        return switch (cfg.method) {
            case "growth" -> Schedules.compound(cfg.baseUnits, cfg.baseYear, cfg.rates, year);
            case "gompertz" -> cfg.saturation * Math.exp(-cfg.b * Math.exp(-cfg.c * (year - cfg.baseYear)));
            default -> throw new IllegalArgumentException("demand method " + cfg.method);
        };
    }
}
