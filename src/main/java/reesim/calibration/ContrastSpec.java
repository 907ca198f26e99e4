package reesim.calibration;

import reesim.config.Problems;

import java.util.ArrayList;
import java.util.List;

/**
 * A stylised fact used as a constraint of the calibration (targets.yaml {@code contrasts}): under a
 * scenario ({@code set}), a model quantity must move in a stated direction, relative to the same
 * seeds without it, by at least {@code minEffect}.
 */
public class ContrastSpec {
    public String id;
    /** Where the fact comes from (a stylised fact of the README, a seed document). */
    public String fact;
    /** {@code --set} overrides that make the scenario, e.g. scenario.exportTariffAdd=0.5. */
    public List<String> set = new ArrayList<>();
    public String element;
    public List<Integer> years = new ArrayList<>();
    public List<String> numerator = new ArrayList<>();
    public List<String> denominator = new ArrayList<>();
    /** higher or lower: the scenario's quantity relative to the baseline's. */
    public String direction;
    /** Smallest relative effect that counts as shown (e.g. 0.02 = 2 %). */
    public double minEffect;
    public double weight = 1.0;

    void validate(String path, Problems p) {
        if (id == null || id.isBlank()) p.add(path + ".id", id, "a non-empty label");
        if (fact == null || fact.isBlank()) p.add(path + ".fact", fact, "the source of the stylised fact");
        if (set == null || set.isEmpty()) p.add(path + ".set", set, "a non-empty list of path=value overrides");
        else for (int i = 0; i < set.size(); i++) if (set.get(i) == null || !set.get(i).contains("="))
            p.add(path + ".set." + i, set.get(i), "path=value");
        p.required(path + ".element", element);
        if (years == null || years.isEmpty()) p.add(path + ".years", years, "a non-empty list of years");
        if (numerator == null || numerator.isEmpty()) p.add(path + ".numerator", numerator, "a non-empty list of series kind:name");
        TargetSpec.checkSeries(path + ".numerator", numerator, p);
        TargetSpec.checkSeries(path + ".denominator", denominator, p);
        p.oneOf(path + ".direction", direction, List.of("higher", "lower"));
        p.range(path + ".minEffect", minEffect, 1e-6, 10, "(relative effect)");
        p.range(path + ".weight", weight, 0, 1000, "(objective weight)");
    }
}
