package reesim.config;

import java.io.Serializable;
import java.util.Map;

/** A deposit type: what its ore holds and how hard it is to watch. */
public class DepositConfig implements Serializable {
    /** Share of each simulated element in the ore's rare-earth oxide; sums to 1. */
    public Map<String, Double> distribution;
    /** China's reserves of this type, t REO. */
    public double reserves;
    /** Ore grade, t REO per t ore (for the per-tonne-ore resource tax). */
    public double oreGrade;
    /** Resource-tax and quota class: light or heavy (medium/heavy, ion-adsorption). */
    public String taxClass;
    /** How visible mining on this deposit is to inspectors, 0 (invisible) to 1 (one open pit). */
    public double detectability;
    /** Exponent of cost rise as reserves deplete: cost = base * (R0 / R)^exponent. */
    public double gradeDeclineExponent;

    public void validate(String path, Problems p, ModelConfig c) {
        ModelConfig.checkShares(path + ".distribution", distribution, c, p);
        p.positive(path + ".reserves", reserves, "t REO");
        p.range(path + ".oreGrade", oreGrade, 1e-6, 1, "t REO per t ore");
        if (!"light".equals(taxClass) && !"heavy".equals(taxClass)) p.add(path + ".taxClass", taxClass, "one of [light, heavy]");
        p.range(path + ".detectability", detectability, 0, 1, "(0-1)");
        p.range(path + ".gradeDeclineExponent", gradeDeclineExponent, 0, 10, "(exponent)");
    }
}
