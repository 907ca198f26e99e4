package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.model.ReeModel;
import reesim.output.Metric;

import static org.assertj.core.api.Assertions.assertThat;

class InUseStockTest {
    @Test
    void shortLivedProductsReachEndOfLifeSoonerThanLongLivedOnes() {
        ReeModel m = TestModels.run(2, 2010);
        InUseStock phones = m.population().inUse.stream().filter(u -> u.family().equals("mobile_phone")).findFirst().orElseThrow();
        InUseStock wind = m.population().inUse.stream().filter(u -> u.family().equals("wind_turbine")).findFirst().orElseThrow();
        int nd = m.config().elements.indexOf("Nd");
        double phoneRate = phones.lastEndOfLife(nd) * 12 / phones.account().total(nd);
        double windRate = wind.lastEndOfLife(nd) * 12 / wind.account().total(nd);
        assertThat(phoneRate).isGreaterThan(5 * windRate);
    }

    @Test
    void inUseStockGrowsWhileDemandGrows() {
        ReeModel m = TestModels.run(2, 2015);
        assertThat(TestModels.mean(m, Metric.IN_USE_STOCK, "Nd", 2015, 2015)).isGreaterThan(3 * TestModels.mean(m, Metric.IN_USE_STOCK, "Nd", 2000, 2000));
    }
}
