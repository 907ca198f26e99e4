package reesim.calibration;

import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.config.Problems;
import reesim.output.Metric;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The targets of a targets.yaml file: the fitted ones and the forecast checks. */
public record TargetSet(Path file, List<Target> all, List<Contrast> contrasts, HistorySpec history, Objective.Loss loss) {
    public static final Path DEFAULT = Path.of("configs/calibration/targets.yaml");

    public TargetSet {
        all = List.copyOf(all);
        contrasts = List.copyOf(contrasts);
        loss = loss == null ? Objective.Loss.SQUARED : loss;
    }

    public TargetSet(Path file, List<Target> all) { this(file, all, List.of(), null, Objective.Loss.SQUARED); }

    /** The same set with {@code more} fit targets (the market's record) after the file's. */
    public TargetSet with(List<Target> more) {
        List<Target> a = new ArrayList<>(all);
        a.addAll(more);
        return new TargetSet(file, a, contrasts, history, loss);
    }

    public static TargetSet load(Path file) throws ConfigException {
        Problems problems = new Problems(file.toString());   // every problem at once: keys, types and the rules
        TargetsFile f = ConfigLoader.load(file, List.of(), TargetsFile.class, problems).value();
        problems.throwIfAny();
        return new TargetSet(file, f.targets.stream().map(Target::of).toList(), f.contrasts.stream().map(c -> Contrast.of(c, f.contrastConfidence)).toList(), f.history,
                Objective.Loss.ofKey(f.loss));
    }

    /** The last year the targets or the contrasts need. */
    public int untilYear() {
        int y = untilYear(fit());
        for (Contrast c : contrasts) y = Math.max(y, c.measure().lastYear());
        return y;
    }

    public List<Target> fit() { return all.stream().filter(Target::fit).toList(); }

    public List<Target> forecasts() { return all.stream().filter(t -> !t.fit()).toList(); }

    /** The last year any of {@code targets} needs. */
    public static int untilYear(List<Target> targets) { return targets.stream().mapToInt(Target::lastYear).max().orElseThrow(); }

    /** Every series/element pair the targets read, resolved against {@code cfg}. */
    public static Set<RunObserver.Key> keys(List<Target> targets, ModelConfig cfg) {
        Set<RunObserver.Key> keys = new LinkedHashSet<>();
        for (Target t : targets) {
            for (String element : t.elementsRead()) {
                int e = RunObserver.elementIndex(cfg, element);
                for (Series s : t.numerator()) keys.add(new RunObserver.Key(s, e));
                for (Series s : t.denominator()) keys.add(new RunObserver.Key(s, e));
            }
        }
        return keys;
    }

    /** Checks that every target can be observed in runs of {@code cfg} (elements, families, years, metrics). */
    public void checkAgainst(ModelConfig cfg) throws ConfigException {
        Problems p = new Problems(file.toString());
        List<Target> checked = new ArrayList<>(all);
        for (Contrast c : contrasts) checked.add(c.measure());
        for (int i = 0; i < checked.size(); i++) {
            Target t = checked.get(i);
            String path = (i < all.size() ? "targets." + i : "contrasts." + (i - all.size())) + " (" + t.id() + ")";
            boolean reo = "REO".equals(t.element());
            for (String element : t.elementsRead())
                if (!"REO".equals(element) && !cfg.elements.contains(element))
                    p.add(path + (t.mix().isEmpty() ? ".element" : ".mix"), element, "one of the simulated elements " + cfg.elements + " or REO");
            for (int y : t.years()) if (y < cfg.time.startYear || y > cfg.time.endYear)
                p.add(path + ".years", y, "a year within the config's horizon " + cfg.time.startYear + "-" + cfg.time.endYear);
            for (int y : t.denominatorYears()) if (y < cfg.time.startYear || y > cfg.time.endYear)
                p.add(path + ".denominatorYears", y, "a year within the config's horizon " + cfg.time.startYear + "-" + cfg.time.endYear);
            List<Series> series = new ArrayList<>(t.numerator());
            series.addAll(t.denominator());
            for (Series s : series) {
                s.problemIn(cfg).ifPresent(why -> p.add(path + " series " + s, s.name(), why));
                if (reo && s.metric().map(m -> m.rows == Metric.Rows.ELEMENTS).orElse(false))
                    p.add(path + " series " + s, s.name(), "a metric with a REO row when the element is REO");
                if (!reo && s.metric().map(m -> m.rows == Metric.Rows.REO).orElse(false))
                    p.add(path + " series " + s, s.name(), "a metric with element rows (this one has only REO)");
            }
        }
        p.throwIfAny();
    }
}
