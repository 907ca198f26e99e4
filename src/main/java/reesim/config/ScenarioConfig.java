package reesim.config;

import java.io.Serializable;

/**
 * The scenario knobs (README, Scenario knobs): one --set expresses a scenario. Each field is declared, with its
 * default, range, unit, timing and meaning, in the registry {@link Knob}; validation and
 * {@link #describe()} come from there.
 */
public class ScenarioConfig implements Serializable, Validatable {
    public double miningQuotaScale = Knob.MINING_QUOTA_SCALE.defaultValue;
    public double exportQuotaScale = Knob.EXPORT_QUOTA_SCALE.defaultValue;
    public double exportTariffAdd = Knob.EXPORT_TARIFF_ADD.defaultValue;
    public double enforcementScale = Knob.ENFORCEMENT_SCALE.defaultValue;
    public double recyclingSubsidy = Knob.RECYCLING_SUBSIDY.defaultValue;
    public double demandScale = Knob.DEMAND_SCALE.defaultValue;
    /** Multiplies the demand for NdFeB magnets only: the Chinese families made from them and foreign magnet demand. */
    public double magnetDemandScale = Knob.MAGNET_DEMAND_SCALE.defaultValue;
    /** Multiplies the number of agents of every population (mines, sites, smelters, makers, traders). */
    public double populationScale = Knob.POPULATION_SCALE.defaultValue;

    /** The intermediate whose demand {@link #magnetDemandScale} scales. */
    public static final String MAGNET_INTERMEDIATE = "ndfeb";

    /** Multiplier of the Chinese final-product demand for goods made from this intermediate. */
    public double demandScaleFor(String intermediate) {
        return MAGNET_INTERMEDIATE.equals(intermediate) ? demandScale * magnetDemandScale : demandScale;
    }

    /** Multiplier of the foreign demand for this intermediate: {@link #magnetDemandScale} for magnets, else 1. */
    public double foreignDemandScaleFor(String intermediate) {
        return MAGNET_INTERMEDIATE.equals(intermediate) ? magnetDemandScale : 1.0;
    }

    @Override
    public void validate(String path, Problems p) {
        for (Knob k : Knob.values()) k.check(path + "." + k.key, this, p);
    }

    /** key=value of every knob, in the registry's order. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Knob k : Knob.values()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(k.key).append('=').append(k.get(this));
        }
        return sb.toString();
    }
}
