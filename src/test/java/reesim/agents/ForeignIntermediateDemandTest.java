package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.config.BehaviourConfig;
import reesim.config.IntermediateConfig;
import reesim.config.WorldConfig;
import reesim.kernel.TestContext;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.kernel.TestContext.DOMESTIC;
import static reesim.kernel.TestContext.ELEMENTS;
import static reesim.kernel.TestContext.START_YEAR;
import static reesim.kernel.TestContext.WORLD;

/**
 * Foreign users of an intermediate on the small fixture: with a price response they buy less when a unit costs them
 * more than the first they paid (both origins at their shares), and follow the demand path again when the cost falls
 * back; without one (elasticity 0, the rule of rounds 1-9) they follow the path whatever it costs.
 */
class ForeignIntermediateDemandTest {
    static final int N = ELEMENTS.size();
    static final double DEMAND = 1200, CONVERSION_ABROAD = 12, FREIGHT = 1;

    /** Units of the intermediate foreign users want this month, t REO contained: made abroad plus ordered from China. */
    static double demandThisMonth(RestOfWorld world) {
        double share = world.getChinaShareOfForeignMagnets();
        double madeAbroad = 0;
        for (int e = 0; e < N; e++) madeAbroad += world.madeAbroad("ndfeb", e);
        return madeAbroad / (1 - share);
    }

    static RestOfWorld world(double elasticity) {
        WorldConfig c = new WorldConfig();
        c.demand = TestContext.priceMap(new double[]{600, 1200, 120});
        c.priceElasticity = 0.3;
        c.investmentHurdle = 1.5;
        c.projects = List.of();
        WorldConfig.ForeignIntermediate fi = new WorldConfig.ForeignIntermediate();
        fi.demand = DEMAND;
        fi.conversionCost = CONVERSION_ABROAD;
        fi.choiceSensitivity = 3;
        fi.priceElasticity = elasticity;
        c.intermediateDemand = Map.of("ndfeb", fi);
        IntermediateConfig ic = IntermediateMakerTest.config(1, 0.2);
        IntermediateMaker maker = new IntermediateMakerTest.Setup(ic).maker;
        // price memory 0: users compare with the first cost they paid, for ever
        return new RestOfWorld(c, START_YEAR, new double[0][], WORLD.clone(), Map.of("ndfeb", List.of(maker)), Map.of("ndfeb", ic),
                0, ELEMENTS, FREIGHT, new BehaviourConfig().world);
    }

    /** Steps the world at month t with every domestic and world price at the starting prices times {@code factor}. */
    static double demandAt(RestOfWorld world, long t, double factor) {
        TestContext fx = new TestContext(5).at(t);
        for (int e = 0; e < N; e++) {
            fx.setDomesticPrice(e, DOMESTIC[e] * factor);
            fx.setWorldPrice(e, WORLD[e] * factor);
        }
        world.step(fx);
        return demandThisMonth(world);
    }

    @Test
    void withoutAPriceResponseForeignUsersFollowTheDemandPathWhateverAUnitCosts() {
        RestOfWorld world = world(0);
        assertThat(demandAt(world, 0, 1)).isCloseTo(DEMAND / 12, within(1e-9));
        assertThat(demandAt(world, 1, 3)).isCloseTo(DEMAND / 12, within(1e-9));
    }

    @Test
    void withAPriceResponseDearerUnitsCutDemandAndCheaperOnesBringItBack() {
        RestOfWorld world = world(0.5);
        // the first cost observed is the reference: the path itself
        assertThat(demandAt(world, 0, 1)).isCloseTo(DEMAND / 12, within(1e-9));
        double dear = demandAt(world, 1, 3);
        // oxide three times dearer; conversion and freight are not, so a unit costs less than three times as much
        assertThat(dear).isLessThan(DEMAND / 12).isGreaterThan(DEMAND / 12 * Math.pow(3, -0.5));
        double dearer = demandAt(world, 2, 6);
        assertThat(dearer).isLessThan(dear);
        assertThat(demandAt(world, 3, 1)).as("back at the first cost").isCloseTo(DEMAND / 12, within(1e-9));
    }

    @Test
    void aNegativeElasticityIsBadInputNamedWithItsKey() {
        reesim.config.ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> reesim.config.ConfigLoader.load(java.nio.file.Path.of("configs/baseline.yaml"),
                        List.of("world.intermediateDemand.ndfeb.priceElasticity=-0.1"), reesim.config.ModelConfig.class),
                reesim.config.ConfigException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("world.intermediateDemand.ndfeb.priceElasticity"));
    }
}
