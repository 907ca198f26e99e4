package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.model.ReeModel;

import static org.assertj.core.api.Assertions.assertThat;

class RecyclerTest {
    private static InUseStock family(ReeModel m, String f) {
        return m.population().inUse.stream().filter(u -> u.family().equals(f)).findFirst().orElseThrow();
    }

    @Test
    void collectsOnlyWhatPaysUnlessAMandateRequiresIt() {
        ReeModel m = TestModels.started(1);
        m.policy().decide(m, 2005);
        Recycler r = m.population().recyclers.get(0);
        int nd = m.config().elements.indexOf("Nd");
        double[] phones = new double[m.elementCount()];
        phones[nd] = 1;
        m.ledger().openStock(family(m, "mobile_phone").account(), nd, 1, true);
        r.collect(m, family(m, "mobile_phone"), phones);
        assertThat(phones[nd]).as("phones cost 5000 USD/kg to collect: left for landfill").isEqualTo(1);

        ReeModel mandated = TestModels.started(1, "recycling.collectionMandate.2000=0.5");
        mandated.policy().decide(mandated, 2005);
        double[] eol = new double[mandated.elementCount()];
        eol[nd] = 1;
        mandated.ledger().openStock(family(mandated, "mobile_phone").account(), nd, 1, true);
        mandated.population().recyclers.get(0).collect(mandated, family(mandated, "mobile_phone"), eol);
        assertThat(eol[nd]).isEqualTo(0.5);
    }

    @Test
    void aSubsidyMakesCostlyStreamsWorthCollecting() {
        ReeModel m = TestModels.started(1, "scenario.recyclingSubsidy=6000");
        m.policy().decide(m, 2005);
        int nd = m.config().elements.indexOf("Nd");
        double[] eol = new double[m.elementCount()];
        eol[nd] = 1;
        m.ledger().openStock(family(m, "mobile_phone").account(), nd, 1, true);
        m.population().recyclers.get(0).collect(m, family(m, "mobile_phone"), eol);
        assertThat(eol[nd]).isZero();
    }
}
