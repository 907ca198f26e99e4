package reesim.config;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Units demanded per year. {@code growth}: anchored at baseYear/baseUnits and compounded by the
 * yearly rate in force (rates keyed by the first year they apply). {@code gompertz}: a saturating
 * curve saturation * exp(-b * exp(-c * (year - baseYear))).
 */
public class DemandConfig implements Serializable {
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

    public void validate(String path, Problems p, ModelConfig cfg) {
        if ("growth".equals(method)) {
            p.positive(path + ".baseUnits", baseUnits, "units/yr");
            if (rates == null || rates.isEmpty()) p.add(path + ".rates", null, "a map of first year to growth rate per year");
            ModelConfig.checkSchedule(path + ".rates", rates, cfg, p, -0.9, 5, "per year");
        } else if ("gompertz".equals(method)) {
            p.positive(path + ".saturation", saturation, "units/yr");
            p.range(path + ".b", b, 0, 100, "(Gompertz displacement)");
            p.range(path + ".c", c, 0, 10, "per year (Gompertz rate)");
        } else {
            p.add(path + ".method", method, "one of [growth, gompertz]");
        }
        p.range(path + ".baseYear", baseYear, 1900, 2200, "year");
    }
}
