package reesim.config;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Units demanded per year. {@code growth}: anchored at baseYear/baseUnits and compounded by the
 * yearly rate in force (rates keyed by the first year it applies). {@code gompertz}: a saturating
 * curve in time, saturation * exp(-b * exp(-c * (year - baseYear))). {@code stock_gompertz}: stock
 * driven (seed 002 eq. 7-9): units in use per capita follow a Gompertz curve in GDP per capita,
 * V = saturationPerCapita * exp(alpha * exp(beta * GDPpc)), times population (the {@code macro}
 * block); units demanded are the stock increase plus the units reaching the end of their
 * (Weibull) life.
 */
public class DemandConfig implements Serializable {
    public static final String GROWTH = "growth";
    public static final String GOMPERTZ = "gompertz";
    public static final String STOCK_GOMPERTZ = "stock_gompertz";

    public String method;
    public int baseYear;
    /** Units per year in baseYear (growth method). */
    public double baseUnits;
    /** Growth rate per year, keyed by the first year it applies. */
    public Map<Integer, Double> rates = new TreeMap<>();
    /** Gompertz: saturation level, units per year. */
    public double saturation;
    public double b;
    public double c;
    /** Stock Gompertz: saturation ownership VS, units in use per capita. */
    public double saturationPerCapita;
    /** Stock Gompertz: displacement alpha (< 0). */
    public double alpha;
    /** Stock Gompertz: shape beta (< 0), per USD 2015 of GDP per capita. */
    public double beta;

    private StockContext context;

    /** What a stock-driven path needs besides its own parameters: the macro series and the product's lifetime. */
    public record StockContext(MacroConfig macro, double lifetimeYears, double lifetimeShape, int startYear, int endYear)
            implements Serializable {}

    public void validate(String path, Problems p, ModelConfig cfg) {
        if (GROWTH.equals(method)) {
            p.positive(path + ".baseUnits", baseUnits, "units/yr");
            if (rates == null || rates.isEmpty()) p.add(path + ".rates", null, "a map of first year to growth rate per year");
            ModelConfig.checkSchedule(path + ".rates", rates, cfg, p, -0.9, 5, "per year");
            p.range(path + ".baseYear", baseYear, 1900, 2200, "year");
        } else if (GOMPERTZ.equals(method)) {
            p.positive(path + ".saturation", saturation, "units/yr");
            p.range(path + ".b", b, 0, 100, "(Gompertz displacement)");
            p.range(path + ".c", c, 0, 10, "per year (Gompertz rate)");
            p.range(path + ".baseYear", baseYear, 1900, 2200, "year");
        } else if (STOCK_GOMPERTZ.equals(method)) {
            validateStock(path, p, cfg);
        } else {
            p.add(path + ".method", method, "one of [growth, gompertz, stock_gompertz]");
        }
    }

    private void validateStock(String path, Problems p, ModelConfig cfg) {
        if (!(saturationPerCapita >= 1e-9 && saturationPerCapita <= 1000))
            p.add(path + ".saturationPerCapita", saturationPerCapita, "a number in (0, 1000] units in use per capita");
        if (!(alpha >= -1000 && alpha < 0)) p.add(path + ".alpha", alpha, "a number in [-1000, 0) (Gompertz displacement)");
        if (!(beta >= -1 && beta < 0)) p.add(path + ".beta", beta, "a number in [-1, 0) per USD of GDP per capita (Gompertz shape)");
        if (cfg.macro == null) p.add(path + ".method", method, "a top-level macro block (GDP per capita and population) for stock_gompertz");
        ProductConfig owner = cfg.products.values().stream().filter(pc -> pc.demand == this).findFirst().orElse(null);
        if (cfg.macro != null && owner != null && cfg.time != null)
            context = new StockContext(cfg.macro, owner.lifetimeYears, owner.lifetimeShape, cfg.time.startYear, cfg.time.endYear);
    }

    /** Sets what a {@code stock_gompertz} path is built from (done by validate for configs that are loaded). */
    public void bind(StockContext context) { this.context = context; }

    /** The macro series and lifetime bound by validate or {@link #bind}; null if none. */
    public StockContext context() { return context; }

    /** A copy of this config with stock Gompertz parameters. */
    public DemandConfig withStockGompertz(double vs, double a, double bt) {
        DemandConfig d = new DemandConfig();
        d.method = STOCK_GOMPERTZ;
        d.saturationPerCapita = vs;
        d.alpha = a;
        d.beta = bt;
        d.context = context;
        return d;
    }
}
