package reesim.agents;

import reesim.config.BehaviourConfig;
import org.junit.jupiter.api.Test;
import reesim.config.ProductConfig;
import reesim.config.RecyclingConfig;
import reesim.kernel.TestContext;
import reesim.ledger.Stage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static reesim.agents.IntermediateMakerTest.RECIPE;
import static reesim.kernel.TestContext.DOMESTIC;
import static reesim.kernel.TestContext.ND;

/** Recycler on the small fixture: collects what pays (or what a mandate requires), recovers oxide, is paid the subsidy. */
class RecyclerTest {
    static final int N = TestContext.ELEMENTS.size();
    static final double EFFICIENCY = 0.8, PROCESSING = 5, COLLECTION = 50, CAPACITY = 1200;

    static RecyclingConfig config() {
        RecyclingConfig r = IntermediateMakerTest.recyclingConfig();
        r.capacity = CAPACITY;
        r.recoveryEfficiency = EFFICIENCY;
        r.processingCost = PROCESSING;
        return r;
    }

    /** Products in use holding 1000 t of Nd (and La and Dy by the recipe), costing 50 USD/kg REO to collect. */
    static InUseStock phones(TestContext fx) {
        ProductConfig p = ManufacturerTest.product(0);
        p.collectionCost = COLLECTION;
        p.initialInUseStock = 1000;
        return new InUseStock("phone", p, TestContext.START_YEAR, TestContext.END_YEAR, RECIPE, ND, new RecyclingSector(List.of(), 0), fx.ledger());
    }

    private static double[] ndOnly(double t) {
        double[] eol = new double[N];
        eol[ND] = t;
        return eol;
    }

    /** Subsidy above which collecting pure Nd scrap pays: (price + s) * efficiency - processing = collection cost. */
    static double breakEvenSubsidy() { return (COLLECTION + PROCESSING) / EFFICIENCY - DOMESTIC[ND]; }

    @Test
    void collectsOnlyWhatPaysUnlessAMandateRequiresIt() {
        assertThat(breakEvenSubsidy()).isCloseTo(28.75, within(1e-12));
        TestContext fx = new TestContext(1);
        InUseStock phones = phones(fx);
        Recycler r = new Recycler("r", config(), N, new BehaviourConfig().recycler);
        double[] eol = ndOnly(1);
        r.collect(fx, phones, eol);
        assertThat(eol[ND]).as("40 * 0.8 - 5 < 50: left for landfill").isEqualTo(1);
        assertThat(r.getInputStock()).isZero();

        fx.instruments.collectionMandate = 0.5;
        r.collect(fx, phones, eol);
        assertThat(eol[ND]).isCloseTo(0.5, within(1e-12));
        assertThat(r.getInputStock()).isCloseTo(0.5, within(1e-12));
        assertThat(fx.ledger().tickFlow(Stage.IN_USE, Stage.RECYCLING, true, ND)).isCloseTo(0.5, within(1e-12));
        assertThat(phones.getInUse()).isCloseTo(1000 / RECIPE[ND] - 0.5, within(1e-9));
    }

    @Test
    void aSubsidyAboveBreakEvenMakesACostlyStreamWorthCollecting() {
        for (double subsidy : new double[]{breakEvenSubsidy() - 0.5, breakEvenSubsidy() + 0.5}) {
            TestContext fx = new TestContext(1);
            fx.instruments.recyclingSubsidy = subsidy;
            double[] eol = ndOnly(1);
            new Recycler("r", config(), N, new BehaviourConfig().recycler).collect(fx, phones(fx), eol);
            assertThat(eol[ND]).as("subsidy %s", subsidy).isEqualTo(subsidy > breakEvenSubsidy() ? 0 : 1);
        }
    }

    @Test
    void takesNoMoreThanItsMonthlyCapacity() {
        TestContext fx = new TestContext(1);
        fx.instruments.recyclingSubsidy = 100;
        Recycler r = new Recycler("r", config(), N, new BehaviourConfig().recycler);
        double[] eol = ndOnly(150);
        r.collect(fx, phones(fx), eol);
        assertThat(r.getInputStock()).isCloseTo(CAPACITY / 12, within(1e-9));
        assertThat(eol[ND]).isCloseTo(150 - CAPACITY / 12, within(1e-9));
    }

    @Test
    void recoversOxideLandfillsTheRestAndIsPaidTheSubsidy() {
        TestContext fx = new TestContext(1);
        fx.instruments.recyclingSubsidy = 10;
        Recycler r = new Recycler("r", config(), N, new BehaviourConfig().recycler);
        fx.instruments.collectionMandate = 1;
        r.collect(fx, phones(fx), ndOnly(60));
        fx.nextMonth();
        r.step(fx);
        double recovered = 60 * EFFICIENCY;
        assertThat(r.recoveredThisTick(ND)).isCloseTo(recovered, within(1e-9));
        assertThat(r.getOutputStock()).isCloseTo(recovered, within(1e-9));
        assertThat(r.getInputStock()).isCloseTo(0, within(1e-9));
        assertThat(fx.ledger().tickFlow(Stage.RECYCLING, Stage.LANDFILL, true, ND)).isCloseTo(60 - recovered, within(1e-9));
        assertThat(fx.treasury.spending()).isCloseTo(recovered * 1000 * 10, within(1e-6));
        // and offers it on the domestic market
        assertThat(TestContext.askQuantity(fx.markets().oxide(ND, false))).isCloseTo(recovered, within(1e-9));
    }
}
