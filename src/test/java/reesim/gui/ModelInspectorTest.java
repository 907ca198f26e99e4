package reesim.gui;

import org.junit.jupiter.api.Test;
import reesim.config.Knob;
import reesim.model.ReeModel;
import sim.util.Interval;
import sim.util.Properties;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless: the Model tab's properties (the registry's knobs), and a knob changed mid-year acting at the next January. */
class ModelInspectorTest {

    private static Map<String, Integer> byName(Properties p) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < p.numProperties(); i++) if (!p.isHidden(i)) m.put(p.getName(i), i);
        return m;
    }

    @Test
    void theModelTabShowsTheRegistrysKnobsWithItsRangesAndUnits() throws Exception {
        ReeWithUI gui = new ReeWithUI(TestConfigs.baseline(), 1);
        gui.start();
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        Map<String, Integer> names = byName(p);

        for (Knob k : Knob.values()) {
            assertThat(names).as(k.key).containsKey(k.key);
            int i = names.get(k.key);
            assertThat(p.getValue(i)).as(k.key).isEqualTo(k.get(gui.model().scenario()));
            assertThat(p.getDescription(i)).as(k.key).contains(k.unit).contains(k.range()).contains(k.when.phrase);
            if (k.when == Knob.When.BUILD) {
                assertThat(p.isReadWrite(i)).as(k.key + " acts only at build time").isFalse();
                continue;
            }
            assertThat(p.isReadWrite(i)).as(k.key).isTrue();
            assertThat(p.getDomain(i)).as(k.key).isInstanceOfSatisfying(Interval.class, in -> {
                assertThat(in.getMin().doubleValue()).isEqualTo(k.min);
                assertThat(in.getMax().doubleValue()).isEqualTo(k.max);
            });
        }
        assertThat(names).containsKey("Date");
        assertThat(p.getValue(names.get("Date"))).isEqualTo("2000-01");
    }

    @Test
    void theModelTabRefusesValuesOutsideTheRegistrysRange() throws Exception {
        ReeWithUI gui = new ReeWithUI(TestConfigs.baseline(), 1);
        gui.start();
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        int i = byName(p).get(Knob.ENFORCEMENT_SCALE.key);
        p.setValue(i, String.valueOf(Knob.ENFORCEMENT_SCALE.max + 1));
        assertThat(gui.model().scenario().enforcementScale).isEqualTo(1.0);
        p.setValue(i, "2.5");
        assertThat(gui.model().scenario().enforcementScale).isEqualTo(2.5);
        int pop = byName(p).get(Knob.POPULATION_SCALE.key);
        p.setValue(pop, "2");
        assertThat(gui.model().scenario().populationScale).as("read-only").isEqualTo(1.0);
    }

    @Test
    void theAboutTextSaysWhenEachKnobActs() {
        String info = String.valueOf(ReeWithUI.getInfo());
        for (Knob k : Knob.values()) assertThat(info).contains(k.key);
        assertThat(ReeWithUI.knobTiming()).contains("demandScale, magnetDemandScale take effect every month");
    }

    @Test
    void enforcementChangedInMayActsFromTheNextJanuary() throws Exception {
        ReeWithUI gui = new ReeWithUI(TestConfigs.baseline(), 1);
        gui.start();
        ReeModel m = gui.model();
        for (int t = 0; t < 5; t++) gui.step();
        double before = m.policy().mineEffort();
        assertThat(before).isPositive();

        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        p.setValue(byName(p).get("enforcementScale"), "0");

        assertThat(m.scenario().enforcementScale).isZero();
        for (int t = 5; t < 12; t++) gui.step();
        assertThat(m.policy().mineEffort()).as("unchanged until the regulator decides").isEqualTo(before);
        gui.step();
        assertThat(m.policy().mineEffort()).as("January 2001").isZero();
    }
}
