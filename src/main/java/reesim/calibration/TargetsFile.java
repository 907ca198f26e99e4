package reesim.calibration;

import reesim.config.Problems;
import reesim.config.Validatable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The root of targets.yaml. */
public class TargetsFile implements Validatable {
    /** What the targets are, in words (documentation only). */
    public String description;
    /** The objective, in words (documentation only; {@link Objective} computes it). */
    public String objective;
    public List<TargetSpec> targets = new ArrayList<>();
    /** Stylised facts the fit must keep: scenario contrasts added to the objective as penalties. */
    public List<ContrastSpec> contrasts = new ArrayList<>();
    /**
     * One-sided confidence level at which each contrast's effect must reach its minEffect over the fit's
     * seeds (runs paired by seed); 0 = the seed-mean effect alone must reach it.
     */
    public double contrastConfidence = 0;
    /**
     * How each fit target's error enters the objective: squared (the whole error) or beyond_tolerance (only the part
     * beyond its tolerance, so J is 0 when every target is within tolerance).
     */
    public String loss = Objective.Loss.SQUARED.key();
    /** The market's record as fit targets (absent: the targets above only). */
    public HistorySpec history;

    @Override
    public void validate(String path, Problems p) {
        if (targets == null || targets.isEmpty()) { p.add("targets", targets, "a non-empty list of targets"); return; }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetSpec t = targets.get(i);
            if (t == null) { p.add("targets." + i, null, "a target"); continue; }
            t.validate("targets." + i, p);
            if (t.id != null && !ids.add(t.id)) p.add("targets." + i + ".id", t.id, "a label used once");
        }
        if (history != null) history.validate("history", p);
        if (Objective.Loss.ofKey(loss) == null) p.add("loss", loss, "squared or beyond_tolerance");
        if (!(contrastConfidence >= 0 && contrastConfidence < 1)) p.add("contrastConfidence", contrastConfidence, "a confidence level in [0, 1) (0 = seed means only)");
        if (contrasts == null) { p.add("contrasts", null, "a list of contrasts (may be empty)"); return; }
        for (int i = 0; i < contrasts.size(); i++) {
            ContrastSpec c = contrasts.get(i);
            if (c == null) { p.add("contrasts." + i, null, "a contrast"); continue; }
            c.validate("contrasts." + i, p);
            if (c.id != null && !ids.add(c.id)) p.add("contrasts." + i + ".id", c.id, "a label used once");
        }
    }
}
