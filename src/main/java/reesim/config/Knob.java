package reesim.config;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of scenario knobs: each knob of {@link ScenarioConfig} is declared here once, with
 * its default, its valid range, its unit, when it takes effect, what it acts on and where it comes
 * from. Validation ({@link ScenarioConfig#validate}), {@code --set} and sweep checks (through that
 * validation), calibration bounds, {@code validate}'s notes, the GUI's Model tab and the README's
 * "Scenario knobs" table all read it. A public field of ScenarioConfig without a constant here (or
 * the reverse) fails {@code KnobRegistryTest}.
 */
public enum Knob {
    MINING_QUOTA_SCALE("miningQuotaScale", 1.0, 0, 100, "multiplier", When.JANUARY,
            "multiplies the scheduled mining quota, and so the smelting quota",
            "1 = the policy record (data/policy_history.csv, policy.miningQuota)"),
    EXPORT_QUOTA_SCALE("exportQuotaScale", 1.0, 0, 100, "multiplier", When.JANUARY,
            "multiplies the scheduled export quota, i.e. the traders' licences",
            "1 = the policy record (data/policy_history.csv, policy.exportQuota)"),
    EXPORT_TARIFF_ADD("exportTariffAdd", 0.0, -1, 10, "fraction", When.JANUARY,
            "is added to every element's export tariff in every year, including years with no tariff (0.25 = 25 points)",
            "0 = the policy record (data/policy_history.csv, policy.exportTariff)"),
    ENFORCEMENT_SCALE("enforcementScale", 1.0, 0, 1000, "multiplier", When.JANUARY,
            "multiplies the enforcement effort: mine inspections and customs",
            "1 = the calibrated enforcement schedule (policy.enforcement)"),
    RECYCLING_SUBSIDY("recyclingSubsidy", 0.0, 0, 10000, "USD/kg recovered", When.JANUARY,
            "is added to the scheduled recycling subsidy, paid to recyclers per kg of element recovered",
            "0 = the schedule of policy.recycling.subsidy"),
    DEMAND_SCALE("demandScale", 1.0, 0, 1000, "multiplier", When.MONTHLY,
            "multiplies the demand of every Chinese product family (not foreign demand)",
            "1 = the demand paths of the products block (seed 002, seed 003)"),
    MAGNET_DEMAND_SCALE("magnetDemandScale", 1.0, 0, 1000, "multiplier", When.MONTHLY,
            "multiplies the demand for NdFeB magnets only: the Chinese product families made from them and foreign magnet demand",
            "assumption: knob for seed 000 s2.2 and stylised fact 4 of the README (strong Nd/Pr demand)"),
    POPULATION_SCALE("populationScale", 1.0, 0.01, 1000, "multiplier", When.BUILD,
            "multiplies the number of agents of every population (mines, sites, smelters, makers, traders), dividing their capacities by it",
            "assumption: bench knob for scaling studies (issue 9); 1 = baseline population");

    /** When a change of the knob acts on a run. */
    public enum When {
        JANUARY("at the regulator's decision in January", "next January"),
        MONTHLY("every month (agents read it on every step)", "next month"),
        BUILD("when the model is built (a change in a running model has no effect)", "at build time only");

        /** A phrase for the docs and notes. */
        public final String phrase;
        /** The short form for tables. */
        public final String brief;

        When(String phrase, String brief) {
            this.phrase = phrase;
            this.brief = brief;
        }
    }

    /** The field name in ScenarioConfig and the key under {@code scenario:}, e.g. miningQuotaScale. */
    public final String key;
    /** The value of ScenarioConfig's field before any config is read. */
    public final double defaultValue;
    /** The valid range, inclusive. */
    public final double min, max;
    public final String unit;
    public final When when;
    /** What the knob acts on: one sentence that reads after the knob's name. */
    public final String actsOn;
    /** Where the knob and its meaning come from. */
    public final String source;
    private final Field field;

    Knob(String key, double defaultValue, double min, double max, String unit, When when, String actsOn, String source) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.when = when;
        this.actsOn = actsOn;
        this.source = source;
        try {
            this.field = ScenarioConfig.class.getField(key);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError("knob " + key + " has no public field in ScenarioConfig");
        }
        if (field.getType() != double.class) throw new ExceptionInInitializerError("knob " + key + " is not a double field");
    }

    /** The dotted path of {@code --set} and sweep files, e.g. scenario.miningQuotaScale. */
    public String path() { return "scenario." + key; }

    /** The Java type of the knob's value. */
    public Class<?> type() { return field.getType(); }

    /** Whether a change during a run acts on it (false for knobs read only when the model is built). */
    public boolean liveEditable() { return when != When.BUILD; }

    public double get(ScenarioConfig s) {
        try {
            return field.getDouble(s);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public void set(ScenarioConfig s, double value) {
        try {
            field.setDouble(s, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean inRange(double value) { return !Double.isNaN(value) && value >= min && value <= max; }

    /** The range as validation reports it: [0, 100]. */
    public String range() { return "[" + fmt(min) + ", " + fmt(max) + "]"; }

    /** Adds a problem if the knob's value in {@code s} is out of range. */
    public void check(String path, ScenarioConfig s, Problems p) { check(path, get(s), p); }

    /** Adds a problem if {@code value}, set at {@code path}, is out of range. */
    public void check(String path, double value, Problems p) { p.range(path, value, min, max, "(" + unit + ")"); }

    public static List<Knob> all() { return List.of(values()); }

    /** The knob at a dotted path (scenario.x), if any. */
    public static Optional<Knob> byPath(String path) {
        for (Knob k : values()) if (k.path().equals(path)) return Optional.of(k);
        return Optional.empty();
    }

    /** The table of the README's "Scenario knobs" section and of docs/gui.md, generated from this registry. */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| key | default | range | unit | takes effect | acts on | source |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (Knob k : values()) {
            sb.append("| `").append(k.path()).append("` | ").append(k.defaultValue).append(" | ").append(k.range())
                    .append(" | ").append(k.unit).append(" | ").append(k.when.brief).append(" | ").append(k.actsOn)
                    .append(" | ").append(k.source).append(" |\n");
        }
        return sb.toString();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
