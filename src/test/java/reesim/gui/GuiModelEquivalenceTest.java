package reesim.gui;

import reesim.output.DataCollector;
import org.junit.jupiter.api.Test;
import reesim.model.ReeModel;
import reesim.output.Simulation;
import reesim.output.Metric;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless: the GUI's model, stepped through its GUIState, follows exactly the trajectory of {@code run}. */
class GuiModelEquivalenceTest {

    @Test
    void guiStateSteppedTwoYearsGivesTheDataOfSimulationRun() throws Exception {
        long seed = 7;
        ReeWithUI gui = new ReeWithUI(TestConfigs.baseline(), seed);
        gui.start();
        for (int t = 0; t < 24; t++) assertThat(gui.step()).isTrue();
        ReeModel shown = gui.model();
        ReeModel ref = Simulation.run(TestConfigs.baseline(), seed, 2001);

        assertThat(DataCollector.of(shown).ticksDone()).isEqualTo(24);
        assertThat(DataCollector.of(ref).ticksDone()).isEqualTo(24);
        int compared = 0;
        for (int t = 0; t < 24; t++) {
            for (Metric m : Metric.VALUES) {
                for (int e = 0; e <= shown.elementCount(); e++) {
                    double a = DataCollector.of(shown).monthly(t, m, e), b = DataCollector.of(ref).monthly(t, m, e);
                    assertThat(Double.valueOf(a)).as("%s[%d] in month %d", m.label, e, t).isEqualTo(Double.valueOf(b));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(24 * Metric.VALUES.length * (shown.elementCount() + 1));
        double mined = 0;   // the two years compared are not an empty run (single months may be: mines stop while their stock is high)
        for (int t = 0; t < 24; t++) mined += DataCollector.of(shown).monthly(t, Metric.MINED_REGISTERED, shown.elementCount());
        assertThat(mined).isPositive();
    }

    @Test
    void aDifferentSeedGivesADifferentTrajectory() throws Exception {
        ReeWithUI a = new ReeWithUI(TestConfigs.baseline(), 7), b = new ReeWithUI(TestConfigs.baseline(), 8);
        a.start();
        b.start();
        for (int t = 0; t < 12; t++) {
            a.step();
            b.step();
        }
        double[] pa = new double[12], pb = new double[12];
        for (int t = 0; t < 12; t++) {
            pa[t] = DataCollector.of(a.model()).monthly(t, Metric.PRICE_DOMESTIC, 3);
            pb[t] = DataCollector.of(b.model()).monthly(t, Metric.PRICE_DOMESTIC, 3);
        }
        assertThat(pa).isNotEqualTo(pb);
    }

    @Test
    void consoleClockShowsTheMonthJustSimulated() throws Exception {
        ReeWithUI gui = new ReeWithUI(TestConfigs.baseline(), 1);
        gui.start();
        assertThat(gui.state.schedule).isInstanceOf(MonthlySchedule.class);
        assertThat(gui.state.schedule.getTimestamp("At Start", "At End")).isEqualTo("At Start");
        gui.step();
        assertThat(gui.state.schedule.getTimestamp("At Start", "At End")).isEqualTo("2000-01");
        for (int t = 1; t < 14; t++) gui.step();
        assertThat(gui.state.schedule.getTimestamp(0, "At Start", "At End")).isEqualTo("2001-02");
    }

    @Test
    void stepsStopAtTheEndOfTheHorizon() throws Exception {
        ReeWithUI gui = new ReeWithUI(TestConfigs.baseline("time.endYear=2001"), 1);
        gui.start();
        for (int t = 0; t < 24; t++) assertThat(gui.step()).as("month %d", t).isTrue();
        assertThat(gui.step()).isFalse();
        assertThat(gui.state.schedule.getSteps()).isEqualTo(24);
        assertThat(gui.state.schedule.getTimestamp("", "")).isEqualTo("2001-12");
    }
}
