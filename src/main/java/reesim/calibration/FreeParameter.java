package reesim.calibration;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter the calibration searches, between lower and upper. The optimiser works on x in
 * [0, 1]: value = lower + x (upper - lower). In value mode every path gets the value; in scale
 * mode each path's hand-set value ({@link PriorValues#reference}) is multiplied by it.
 */
public record FreeParameter(String name, List<String> paths, boolean scale, double lower, double upper,
                            boolean integer, String why) {
    public FreeParameter { paths = List.copyOf(paths); }

    static FreeParameter of(ParameterSpec s) {
        return new FreeParameter(s.name, s.paths, "scale".equals(s.mode), s.lower, s.upper, s.integer, s.why);
    }

    /** The parameter's value at x in [0, 1] (clamped), rounded as it will be written. */
    public double decode(double x) {
        double v = lower + Math.max(0, Math.min(1, x)) * (upper - lower);
        return scale ? Numbers.round(v, false) : Numbers.round(v, integer);
    }

    /** x in [0, 1] of a value (clamped to the bounds). */
    public double encode(double value) {
        return Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
    }

    /** The parameter's value in the config now: the first path's value, or in scale mode its ratio to the hand-set value. */
    public double prior(PriorValues priors) {
        String p = paths.get(0);
        if (!scale) return priors.current(p);
        double ref = priors.reference(p);
        return ref == 0 ? 1.0 : priors.current(p) / ref;
    }

    /** Config leaf values for parameter value {@code v}, rounded as they will be written. */
    public Map<String, Double> leaves(double v, PriorValues priors) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String p : paths) {
            double leaf = scale ? priors.reference(p) * v : v;
            out.put(p, Numbers.round(leaf, integer || isIntegral(priors.tree(), p)));
        }
        return out;
    }

    /** Whether a path holds a whole number in the config (so a scaled value stays whole). */
    static boolean isIntegral(JsonNode config, String path) {
        JsonNode n = TreePaths.get(config, path);
        return n != null && n.isIntegralNumber();
    }
}
