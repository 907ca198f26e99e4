package reesim.calibration;

import reesim.config.Problems;

import java.util.ArrayList;
import java.util.List;

/** One entry of free-parameters.yaml as written; {@link FreeParameter} is its usable form. */
public class ParameterSpec {
    public String name;
    /** Config leaves (dotted --set paths) the parameter sets. */
    public List<String> paths = new ArrayList<>();
    /** value: every path gets the parameter's value; scale: every path's prior value is multiplied by it. */
    public String mode = "value";
    public double lower;
    public double upper;
    /** Round to a whole number (for integer config fields such as counts). */
    public boolean integer;
    /** Why the parameter is free: what in the sources leaves it open. */
    public String why;

    void validate(String path, Problems p) {
        if (name == null || name.isBlank()) p.add(path + ".name", name, "a non-empty label");
        if (paths == null || paths.isEmpty()) p.add(path + ".paths", paths, "a non-empty list of config paths");
        p.oneOf(path + ".mode", mode, List.of("value", "scale"));
        if (!(lower < upper)) p.add(path + ".upper", upper, "a number greater than lower (" + lower + ")");
        if ("scale".equals(mode) && lower <= 0) p.add(path + ".lower", lower, "a multiplier > 0 in scale mode");
        if ("scale".equals(mode) && integer) p.add(path + ".integer", integer, "false in scale mode (values are rounded per path)");
        if (why == null || why.isBlank()) p.add(path + ".why", why, "the reason the parameter is free");
        // a scenario knob set to the value itself: its bounds must lie in the knob's range (the registry's)
        if ("value".equals(mode) && paths != null) {
            for (String leaf : paths) {
                reesim.config.Knob.byPath(leaf).ifPresent(k -> {
                    k.check(path + ".lower", lower, p);
                    k.check(path + ".upper", upper, p);
                });
            }
        }
    }
}
