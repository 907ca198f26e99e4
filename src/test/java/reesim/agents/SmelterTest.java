package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.model.ReeModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SmelterTest {
    @Test
    void basketValueIsTheRecoveredOxideAtDomesticPricesLessProcessing() {
        ReeModel m = TestModels.started(1);
        Smelter s = m.smelters().get(0);
        double[] shares = m.markets().concentrateShares("bayan_obo");
        double v = 0;
        for (int e = 0; e < shares.length; e++) v += shares[e] * m.markets().oxide(e, false).price();
        assertThat(s.basketValue(m, "bayan_obo")).isCloseTo(v * 0.92 - 1.5, within(1e-9));
    }

    @Test
    void greyProcessingStopsWhenEnforcementMakesItRiskyOrTheMarginVanishes() {
        ReeModel lax = TestModels.started(1, "scenario.enforcementScale=0");
        lax.policy().decide(lax, 2011);
        assertThat(lax.smelters().get(0).chooseGrey(lax, 10, 3, 100)).isEqualTo(1.0);
        assertThat(lax.smelters().get(0).chooseGrey(lax, 3, 10, 100)).isZero();
        ReeModel strict = TestModels.started(1, "scenario.enforcementScale=500");
        strict.policy().decide(strict, 2011);
        assertThat(strict.smelters().get(0).chooseGrey(strict, 10, 9.9, 100)).isZero();
    }

    @Test
    void unsoldOxideMakesThePlantBuyLess() {
        ReeModel m = TestModels.started(1);
        Smelter s = m.smelters().get(0);
        assertThat(s.oxideStockMonths(m)).isZero();
        s.oxideAccount().reg[0] = 100;
        assertThat(s.oxideStockMonths(m)).isInfinite();
    }
}
