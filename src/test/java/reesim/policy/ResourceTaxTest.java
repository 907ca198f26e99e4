package reesim.policy;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.agents.Mine;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.model.ReeModel;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/** The regulator's resource tax as the baseline sets it (moved from the agents' MineTest, which now runs on a small fixture). */
class ResourceTaxTest {
    static final String HEAVY_27 = "policy.resourceTax.adValoremByClass={heavy: {2000: 0.0, 2015: 0.27}}";

    @Test
    void the2011ResourceTaxAddsAboutFourDollarsAKgOnIonClay() {
        ReeModel m = TestModels.started(1);
        Mine mine = mineOn(m, "ion_clay");
        m.policy().decide(m, 2005);
        double before = m.policy().resourceTaxPerKg(mine.depositConfig(), 10);
        m.policy().decide(m, 2011);
        double after = m.policy().resourceTaxPerKg(mine.depositConfig(), 10);
        // 30 CNY per t of 0.1 % ore is ~4.4 USD per kg REO
        assertThat(after - before).isBetween(4.0, 4.8);
    }

    @Test
    void aTaxClassWithItsOwnAdValoremScheduleUsesItAndTheOtherClassKeepsTheCommonOne() {
        ReeModel m = TestModels.started(1, HEAVY_27);
        Mine clay = mineOn(m, "ion_clay"), light = mineOn(m, "bayan_obo");
        m.policy().decide(m, 2014);
        // before 2015 the class schedule says 0 and the common one 0 too: only the per-tonne tax
        assertThat(m.policy().resourceTaxPerKg(clay.depositConfig(), 10)).isGreaterThan(4.0);
        m.policy().decide(m, 2016);
        // from 2015 the per-tonne tax is gone: 27 % of a 10 USD/kg concentrate on clay, the common 7 % on light ore
        assertThat(m.policy().resourceTaxPerKg(clay.depositConfig(), 10)).isCloseTo(2.7, within(1e-9));
        assertThat(m.policy().resourceTaxPerKg(light.depositConfig(), 10)).isCloseTo(0.7, within(1e-9));
        ReeModel common = TestModels.started(1);
        common.policy().decide(common, 2016);
        assertThat(common.policy().resourceTaxPerKg(mineOn(common, "ion_clay").depositConfig(), 10)).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void aClassScheduleWithAnUnknownClassOrAShareAboveOneIsBadInput() {
        ConfigException unknown = catchThrowableOfType(() -> ConfigLoader.load(TestModels.BASELINE,
                List.of("policy.resourceTax.adValoremByClass={medium: {2015: 0.2}}"), ModelConfig.class), ConfigException.class);
        assertThat(unknown.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("policy.resourceTax.adValoremByClass.medium");
            assertThat(p.expected()).contains("one of [light, heavy]");
        });
        ConfigException high = catchThrowableOfType(() -> ConfigLoader.load(TestModels.BASELINE,
                List.of("policy.resourceTax.adValoremByClass={heavy: {2015: 1.5}}"), ModelConfig.class), ConfigException.class);
        assertThat(high.problems()).singleElement().satisfies(p -> assertThat(p.path()).startsWith("policy.resourceTax.adValoremByClass.heavy"));
    }

    private static Mine mineOn(ReeModel m, String deposit) {
        return m.mines().stream().filter(x -> x.getDeposit().equals(deposit)).findFirst().orElseThrow();
    }
}
