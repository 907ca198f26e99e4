package reesim.gui;

import reesim.config.Knob;
import reesim.config.ScenarioConfig;
import reesim.model.ReeModel;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the console's Model tab shows: every scenario knob of the registry {@link Knob}, with the
 * registry's range as the slider's domain and its unit, timing and meaning as the tooltip, read from
 * and written to the running model's {@link ScenarioConfig}; then the model's {@code Date}. Knobs that
 * act only when the model is built (populationScale) are shown read-only: a change would do nothing.
 * A value outside the registry's range is refused (the field keeps the current value).
 * This is MASON's {@link Propertied}: {@link Properties#getProperties} uses {@link #properties()}.
 */
public final class ModelTab extends Properties implements Propertied {
    private static final long serialVersionUID = 1L;
    private static final List<Knob> KNOBS = Knob.all();
    /** The model whose config is shown; a supplier because loading a checkpoint replaces the model. */
    private final transient Supplier<ReeModel> model;

    public ModelTab(Supplier<ReeModel> model) {
        this.model = model;
        this.object = this;
    }

    @Override public Properties properties() { return this; }

    /** The registry knob at a row, or null for the Date row. */
    public Knob knob(int index) { return index < KNOBS.size() ? KNOBS.get(index) : null; }

    private ScenarioConfig scenario() { return model.get().scenario(); }

    private boolean valid(int index) { return index >= 0 && index < numProperties(); }

    @Override public boolean isVolatile() { return false; }

    @Override public int numProperties() { return KNOBS.size() + 1; }

    @Override
    public String getName(int index) {
        if (!valid(index)) return null;
        return index < KNOBS.size() ? KNOBS.get(index).key : "Date";
    }

    @Override
    public Object getValue(int index) {
        if (!valid(index)) return null;
        if (index < KNOBS.size()) return KNOBS.get(index).get(scenario());
        ReeModel m = model.get();
        return m.calendar().label(m.schedule.getSteps());
    }

    @Override
    public boolean isReadWrite(int index) { return valid(index) && index < KNOBS.size() && KNOBS.get(index).liveEditable(); }

    @Override
    public Class getType(int index) {
        if (!valid(index)) return null;
        return index < KNOBS.size() ? KNOBS.get(index).type() : String.class;
    }

    /** The registry's range: MASON shows a slider over it next to the text field. */
    @Override
    public Object getDomain(int index) {
        if (!valid(index) || index >= KNOBS.size()) return null;
        Knob k = KNOBS.get(index);
        return k.liveEditable() ? new Interval(k.min, k.max) : null;
    }

    @Override
    public String getDescription(int index) {
        if (!valid(index)) return null;
        if (index >= KNOBS.size()) {
            return "<html>The model's own date: the month the next step will simulate.</html>";
        }
        Knob k = KNOBS.get(index);
        return "<html><b>" + k.path() + "</b> (" + k.unit + ", " + k.range() + ")<br>" + k.actsOn
                + ".<br>Takes effect " + k.when.phrase + "." + (k.liveEditable() ? "" : "<br>Read-only here: set it with --set.")
                + "</html>";
    }

    @Override
    protected Object _setValue(int index, Object value) {
        if (!isReadWrite(index) || !(value instanceof Number n)) return getValue(index);
        Knob k = KNOBS.get(index);
        if (k.inRange(n.doubleValue())) k.set(scenario(), n.doubleValue());
        return getValue(index);
    }
}
