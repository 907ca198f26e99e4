package reesim.policy;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.agents.ExportTrader;
import reesim.model.ReeModel;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExportLicenceAuctionTest {
    @Test
    void scarceLicencesGoToTheHighestValuationsAtTheMarginalValuation() {
        // a wide Nd price gap makes licences valuable; traders' freight costs differ
        ReeModel m = TestModels.started(1, "market.initialPriceWorld.Nd=100");
        m.policy().decide(m, 2011);
        List<ExportTrader> traders = m.traders();
        double cap = traders.get(0).capacity();
        double price = new ExportLicenceAuction().allot(m, traders, 2.5 * cap);
        List<ExportTrader> byValue = traders.stream().sorted(Comparator.comparingDouble((ExportTrader t) -> t.licenceValue(m)).reversed()).toList();
        assertThat(byValue.get(0).licence()).isCloseTo(cap, within(1e-9));
        assertThat(byValue.get(1).licence()).isCloseTo(cap, within(1e-9));
        assertThat(byValue.get(2).licence()).isCloseTo(0.5 * cap, within(1e-9));
        assertThat(byValue.get(3).licence()).isZero();
        assertThat(price).isCloseTo(byValue.get(2).licenceValue(m), within(1e-12)).isPositive();
        assertThat(traders.stream().mapToDouble(ExportTrader::licence).sum()).isCloseTo(2.5 * cap, within(1e-9));
    }

    @Test
    void plentifulLicencesAreFree() {
        ReeModel m = TestModels.started(1);
        m.policy().decide(m, 2011);
        double cap = m.traders().stream().mapToDouble(ExportTrader::capacity).sum();
        assertThat(new ExportLicenceAuction().allot(m, m.traders(), 2 * cap)).isZero();
        assertThat(m.traders()).allSatisfy(t -> assertThat(t.licence()).isCloseTo(t.capacity(), within(1e-9)));
    }
}
