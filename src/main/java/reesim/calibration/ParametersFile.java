package reesim.calibration;

import reesim.config.Problems;
import reesim.config.Validatable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The root of free-parameters.yaml. */
public class ParametersFile implements Validatable {
    /** What the set is, in words (documentation only). */
    public String description;
    public List<ParameterSpec> parameters = new ArrayList<>();

    @Override
    public void validate(String path, Problems p) {
        if (parameters == null || parameters.isEmpty()) { p.add("parameters", parameters, "a non-empty list of free parameters"); return; }
        Set<String> names = new HashSet<>(), paths = new HashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            ParameterSpec s = parameters.get(i);
            if (s == null) { p.add("parameters." + i, null, "a parameter"); continue; }
            s.validate("parameters." + i, p);
            if (s.name != null && !names.add(s.name)) p.add("parameters." + i + ".name", s.name, "a name used once");
            if (s.paths != null) for (String x : s.paths) if (!paths.add(x)) p.add("parameters." + i + ".paths", x, "a path set by one parameter only");
        }
    }
}
