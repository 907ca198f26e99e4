package reesim.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The free parameters of free-parameters.yaml and the mapping from optimiser space to config leaves. */
public record ParameterSet(Path file, List<FreeParameter> all) {
    public static final Path DEFAULT = Path.of("configs/calibration/free-parameters.yaml");

    public ParameterSet { all = List.copyOf(all); }

    public static ParameterSet load(Path file) throws ConfigException {
        Problems problems = new Problems(file.toString());   // every problem at once: keys, types and the rules
        ParametersFile f = ConfigLoader.load(file, List.of(), ParametersFile.class, problems).value();
        problems.throwIfAny();
        return new ParameterSet(file, f.parameters.stream().map(FreeParameter::of).toList());
    }

    public int size() { return all.size(); }

    /** Every path must exist in the config as a number. */
    public void checkAgainst(JsonNode config, String configLabel) throws ConfigException {
        Problems p = new Problems(file.toString());
        for (int i = 0; i < all.size(); i++) {
            FreeParameter f = all.get(i);
            for (String path : f.paths()) {
                JsonNode n = TreePaths.get(config, path);
                if (n == null || !n.isNumber()) p.add("parameters." + i + " (" + f.name() + ").paths", path,
                        "a numeric leaf of " + configLabel + (n == null ? " (no such path)" : " (found " + n.getNodeType() + ")"));
            }
        }
        p.throwIfAny();
    }

    /** x in [0, 1]^n of the config's current values (clamped to the bounds). */
    public double[] initial(PriorValues priors) {
        double[] x = new double[all.size()];
        for (int i = 0; i < x.length; i++) x[i] = all.get(i).encode(all.get(i).prior(priors));
        return x;
    }

    /** Parameters whose prior value lies outside their bounds (the search starts at the nearest bound). */
    public List<String> priorsOutOfBounds(PriorValues priors) {
        List<String> out = new ArrayList<>();
        for (FreeParameter f : all) {
            double v = f.prior(priors);
            if (v < f.lower() - 1e-9 || v > f.upper() + 1e-9) out.add(f.name() + " = " + Numbers.format(v, false) + " outside [" + f.lower() + ", " + f.upper() + "]"
                    + (f.scale() ? " (scale mode: " + multiple(f.paths().get(0), priors) + ")" : ""));
        }
        return out;
    }

    /**
     * Scale-mode parameters whose paths stand at different multiples of their hand-set values: the search moves them
     * together from the first path's multiple, so even its first point moves the others from where the config has them.
     */
    public List<String> scaleMismatches(PriorValues priors) {
        List<String> out = new ArrayList<>();
        for (FreeParameter f : all) {
            if (!f.scale() || f.paths().size() < 2) continue;
            double first = ratio(f.paths().get(0), priors);
            boolean differ = false;
            for (String p : f.paths()) differ |= Math.abs(ratio(p, priors) - first) > 1e-9 * Math.max(1, Math.abs(first));
            if (!differ) continue;
            List<String> each = new ArrayList<>();
            for (String p : f.paths()) each.add(multiple(p, priors));
            out.add(f.name() + ": its paths stand at different multiples of their hand-set values (" + String.join("; ", each)
                    + "), and the search moves them together from the first one's");
        }
        return out;
    }

    private static double ratio(String path, PriorValues priors) {
        double ref = priors.reference(path);
        return ref == 0 ? 1.0 : priors.current(path) / ref;
    }

    private static String multiple(String path, PriorValues priors) {
        return path + " " + Numbers.format(priors.current(path), false) + " = " + Numbers.format(ratio(path, priors), false)
                + " x its hand-set " + Numbers.format(priors.reference(path), false);
    }

    /** Parameter values at x. */
    public double[] decode(double[] x) {
        double[] v = new double[all.size()];
        for (int i = 0; i < v.length; i++) v[i] = all.get(i).decode(x[i]);
        return v;
    }

    /** Config leaf values (path -> value) for parameter values {@code v}. */
    public Map<String, Double> leaves(double[] v, PriorValues priors) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) out.putAll(all.get(i).leaves(v[i], priors));
        return out;
    }

    /** Leaf values as written in YAML and --set: whole numbers where the field or the config's literal is one. */
    public Map<String, String> texts(Map<String, Double> leaves, JsonNode config) {
        Map<String, String> out = new LinkedHashMap<>();
        leaves.forEach((path, value) -> out.put(path, Numbers.format(value, isIntegerPath(path) || FreeParameter.isIntegral(config, path))));
        return out;
    }

    /** {@code --set} strings for leaf texts. */
    public static List<String> sets(Map<String, String> texts) {
        List<String> out = new ArrayList<>();
        texts.forEach((path, text) -> out.add(path + "=" + text));
        return out;
    }

    private boolean isIntegerPath(String path) {
        return all.stream().anyMatch(f -> f.integer() && f.paths().contains(path));
    }
}
