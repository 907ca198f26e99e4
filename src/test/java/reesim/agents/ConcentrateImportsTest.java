package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.config.WorldConfig;
import reesim.kernel.TestContext;
import reesim.ledger.Stage;
import reesim.market.Market;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static reesim.kernel.TestContext.DEPOSIT;
import static reesim.kernel.TestContext.ELEMENTS;
import static reesim.kernel.TestContext.ND;
import static reesim.kernel.TestContext.ORE_SHARES;
import static reesim.kernel.TestContext.START_YEAR;
import static reesim.kernel.TestContext.WORLD;
import static reesim.kernel.TestContext.askQuantity;

/**
 * world.projects.N.concentrateMarket: a foreign mine that ships its ore to China for separation (Myanmar's
 * clays, Mountain Pass from 2018) earns China's concentrate price less freight, not the world oxide basket,
 * and its sales into China are imports. Fixture freight: 1 USD/kg.
 */
class ConcentrateImportsTest {
    static final double FREIGHT = 1, HURDLE = 1.5;

    static WorldConfig.ForeignProject forChina(double unitCost, int operatingFrom) {
        WorldConfig.ForeignProject p = RestOfWorldTest.project("clays", unitCost, operatingFrom, 1);
        p.concentrateMarket = DEPOSIT;
        return p;
    }

    static RestOfWorld world(WorldConfig.ForeignProject p) {
        WorldConfig c = new WorldConfig();
        c.demand = TestContext.priceMap(new double[ELEMENTS.size()]);
        c.investmentHurdle = HURDLE;
        c.projects = List.of(p);
        return new RestOfWorld(c, START_YEAR, new double[][]{ORE_SHARES.clone()}, WORLD.clone(), Map.of(), Map.of(), 2, ELEMENTS, FREIGHT,
                new reesim.config.BehaviourConfig().world);
    }

    static Market concentrate(TestContext fx) { return fx.markets().concentrate(DEPOSIT, true); }

    @Test
    void itMinesWhenChinasConcentratePriceLessFreightCoversItsCostAndSellsThereAsImports() {
        TestContext fx = new TestContext(1);
        fx.setPrice(concentrate(fx), 20);
        RestOfWorld w = world(forChina(15, START_YEAR));
        w.step(fx.at(0));
        assertThat(fx.ledger().tickFlow(Stage.DEPOSIT, Stage.WORLD, true, ND)).as("mined abroad").isPositive();
        assertThat(w.getConcentrateForChinaStock()).isPositive();
        assertThat(w.getForeignProducerStock()).as("no oxide of its own").isZero();
        assertThat(askQuantity(concentrate(fx))).as("offered in China").isPositive();
        assertThat(askQuantity(fx.markets().oxide(ND, true))).as("nothing offered on the world oxide market").isZero();

        TestContext.Dealer smelter = fx.dealer("smelter", Stage.SMELTING);
        smelter.bid(concentrate(fx), 1e6, 30);
        fx.clear();
        assertThat(smelter.bought).isPositive();
        assertThat(fx.ledger().tickFlow(Stage.WORLD, Stage.SMELTING, true, ND)).as("imports of Nd in concentrate")
                .isEqualTo(smelter.bought * ORE_SHARES[ND], org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void itIdlesWhenTheConcentratePriceIsTooLowHoweverDearTheOxidesAreAbroad() {
        TestContext fx = new TestContext(1);
        fx.setPrice(concentrate(fx), 15.5);   // 15.5 - 1 freight < 15
        fx.setWorldPrice(ND, 1000);           // the oxide basket abroad would pay many times over
        RestOfWorld w = world(forChina(15, START_YEAR));
        w.step(fx.at(0));
        assertThat(w.minedThisTick(ND)).isZero();
        assertThat(askQuantity(concentrate(fx))).isZero();
    }

    @Test
    void aCandidateCommitsOnLastYearsConcentratePriceInChina() {
        double cost = 10;   // commits when the concentrate price less freight clears 1.5 x 10
        TestContext fx = new TestContext(1);
        RestOfWorld w = world(forChina(cost, 0));
        fx.setPrice(concentrate(fx), 15.5);   // 14.5 < 15: waits
        for (long t = 0; t < 13; t++) w.step(fx.at(t));
        assertThat(w.getProjectsBuiltOrOperating()).isZero();
        fx.setPrice(concentrate(fx), 17);     // year 1 averages above 16
        for (long t = 13; t < 25; t++) w.step(fx.at(t));
        assertThat(w.getProjectsBuiltOrOperating()).as("committed in January of year 2 on year 1's prices").isEqualTo(1);
        assertThat(w.minedThisTick(ND)).as("not before its lead time").isZero();
    }

    @Test
    void onAPayableBasisItAsksAShareOfTheOxidesItsOreCarriesInChina() {
        reesim.config.MarketConfig mc = TestContext.defaultMarketConfig();
        mc.concentratePayable = 0.8;
        TestContext fx = new TestContext(1, mc);
        fx.setPrice(concentrate(fx), 20);
        RestOfWorld w = world(forChina(15, START_YEAR));
        w.step(fx.at(0));
        // 0.8 x 37 USD/kg of oxides at China's prices (0.5 La + 0.4 Nd + 0.1 Dy at 2, 40, 200), less the discount its
        // unsold first month (stock pressure 1/3 with three months' output as its measure: no discount yet) allows
        assertThat(TestContext.bestAsk(concentrate(fx))).isCloseTo(0.8 * 37, org.assertj.core.data.Offset.offset(1e-9));
    }
}
