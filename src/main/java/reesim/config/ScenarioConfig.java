package reesim.config;

import java.io.Serializable;

/** The scenario knobs of INTERFACE.md: one --set expresses a scenario. */
public class ScenarioConfig implements Serializable, Validatable {
    public double miningQuotaScale = 1.0;
    public double exportQuotaScale = 1.0;
    public double exportTariffAdd = 0.0;
    public double enforcementScale = 1.0;
    public double recyclingSubsidy = 0.0;
    public double demandScale = 1.0;
    /** Multiplies the demand for NdFeB magnets only: the Chinese families made from them and foreign magnet demand. */
    public double magnetDemandScale = 1.0;
    /** Multiplies the number of agents of every population (mines, sites, smelters, makers, traders). */
    public double populationScale = 1.0;

    /** The intermediate whose demand {@link #magnetDemandScale} scales. */
    public static final String MAGNET_INTERMEDIATE = "ndfeb";

    /** Multiplier of the final-product demand for goods made from this intermediate. */
    public double demandScaleFor(String intermediate) {
        return MAGNET_INTERMEDIATE.equals(intermediate) ? demandScale * magnetDemandScale : demandScale;
    }

    @Override
    public void validate(String path, Problems p) {
        p.range(path + ".miningQuotaScale", miningQuotaScale, 0, 100, "(multiplier)");
        p.range(path + ".exportQuotaScale", exportQuotaScale, 0, 100, "(multiplier)");
        p.range(path + ".exportTariffAdd", exportTariffAdd, -1, 10, "(fraction added to every export tariff)");
        p.range(path + ".enforcementScale", enforcementScale, 0, 1000, "(multiplier)");
        p.range(path + ".recyclingSubsidy", recyclingSubsidy, 0, 10000, "USD/kg recovered");
        p.range(path + ".demandScale", demandScale, 0, 1000, "(multiplier)");
        p.range(path + ".magnetDemandScale", magnetDemandScale, 0, 1000, "(multiplier)");
        p.range(path + ".populationScale", populationScale, 0.01, 1000, "(multiplier)");
    }

    public String describe() {
        return String.format("miningQuotaScale=%s exportQuotaScale=%s exportTariffAdd=%s enforcementScale=%s recyclingSubsidy=%s demandScale=%s magnetDemandScale=%s populationScale=%s",
                miningQuotaScale, exportQuotaScale, exportTariffAdd, enforcementScale, recyclingSubsidy, demandScale, magnetDemandScale, populationScale);
    }
}
