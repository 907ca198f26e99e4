package reesim.gui;

import org.junit.jupiter.api.Test;
import reesim.model.ReeModel;
import sim.util.Interval;
import sim.util.Properties;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless: the Model tab's properties, and a knob changed mid-year acting at the next January. */
class ModelInspectorTest {

    private static Map<String, Integer> byName(Properties p) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < p.numProperties(); i++) if (!p.isHidden(i)) m.put(p.getName(i), i);
        return m;
    }

    @Test
    void theModelTabShowsTheScenarioKnobsAsEditableSliders() throws Exception {
        ReeWithUI gui = new ReeWithUI(TestConfigs.baseline(), 1);
        gui.start();
        Properties p = Properties.getProperties(gui.getSimulationInspectedObject());
        Map<String, Integer> names = byName(p);

        for (String knob : new String[] {"MiningQuotaScale", "ExportQuotaScale", "ExportTariffAdd", "EnforcementScale", "RecyclingSubsidy", "DemandScale"}) {
            assertThat(names).as(knob).containsKey(knob);
            int i = names.get(knob);
            assertThat(p.isReadWrite(i)).as(knob).isTrue();
            assertThat(p.getDomain(i)).as(knob).isInstanceOf(Interval.class);
        }
        assertThat(names).containsKey("Date");
    }

    @Test
    void enforcementChangedInMayActsFromTheNextJanuary() throws Exception {
        ReeWithUI gui = new ReeWithUI(TestConfigs.baseline(), 1);
        gui.start();
        ReeModel m = gui.model();
        for (int t = 0; t < 5; t++) gui.step();
        double before = m.policy().mineEffort();
        assertThat(before).isPositive();

        Properties p = Properties.getProperties(m);
        p.setValue(byName(p).get("EnforcementScale"), "0");

        assertThat(m.getEnforcementScale()).isZero();
        for (int t = 5; t < 12; t++) gui.step();
        assertThat(m.policy().mineEffort()).as("unchanged until the regulator decides").isEqualTo(before);
        gui.step();
        assertThat(m.policy().mineEffort()).as("January 2001").isZero();
    }
}
