package reesim.config;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole model configuration, bound from YAML. Every leaf's unit and source is documented
 * next to it in the config file (see configs/baseline.yaml).
 */
public class ModelConfig implements Serializable, Validatable {
    public String name;
    public TimeConfig time;
    public List<String> elements;
    public ScenarioConfig scenario;
    public MarketConfig market;
    public Map<String, DepositConfig> deposits = new LinkedHashMap<>();
    public List<MineGroupConfig> mines = new ArrayList<>();
    public IllegalMiningConfig illegalMining;
    public List<SmelterGroupConfig> smelters = new ArrayList<>();
    public Map<String, IntermediateConfig> intermediates = new LinkedHashMap<>();
    public Map<String, ProductConfig> products = new LinkedHashMap<>();
    public RecyclingConfig recycling;
    public TradeConfig trade;
    public WorldConfig world;
    public PolicyConfig policy;
    /** Constants of the agents' decision rules; absent, the values of calibration round 4. */
    public BehaviourConfig behaviour = new BehaviourConfig();
    public MacroConfig macro;
    /** Technology substitution of product families' rare-earth content; off by default. */
    public SubstitutionConfig substitution = new SubstitutionConfig();
    /** New applications for the abundant light rare earths; off by default. */
    public NewUsesConfig newUses = new NewUsesConfig();

    @Override
    public void validate(String path, Problems p) {
        p.required("name", name);
        if (p.required("time", time)) time.validate("time", p);
        if (p.required("elements", elements)) {
            if (elements.isEmpty()) p.add("elements", "[]", "a non-empty list of element symbols");
            for (int i = 0; i < elements.size(); i++) {
                String e = elements.get(i);
                if (!Elements.isKnown(e)) p.add("elements." + i, e, "one of the 17 rare-earth symbols " + Elements.ALL);
            }
            if (elements.stream().distinct().count() != elements.size()) p.add("elements", elements, "each element listed once");
        }
        if (p.required("scenario", scenario)) scenario.validate("scenario", p);
        if (p.required("market", market)) market.validate("market", p, this);
        if (deposits.isEmpty()) p.add("deposits", "{}", "at least one deposit type");
        deposits.forEach((k, d) -> d.validate("deposits." + k, p, this));
        if (mines.isEmpty()) p.add("mines", "[]", "at least one mine group");
        for (int i = 0; i < mines.size(); i++) mines.get(i).validate("mines." + i, p, this);
        if (p.required("illegalMining", illegalMining)) illegalMining.validate("illegalMining", p, this);
        if (smelters.isEmpty()) p.add("smelters", "[]", "at least one smelter group");
        for (int i = 0; i < smelters.size(); i++) smelters.get(i).validate("smelters." + i, p);
        intermediates.forEach((k, v) -> v.validate("intermediates." + k, p, this));
        products.forEach((k, v) -> v.validate("products." + k, p, this));
        if (p.required("recycling", recycling)) recycling.validate("recycling", p, this);
        if (p.required("trade", trade)) trade.validate("trade", p);
        if (p.required("world", world)) world.validate("world", p, this);
        if (p.required("policy", policy)) policy.validate("policy", p, this);
        if (p.required("behaviour", behaviour)) behaviour.validate("behaviour", p);
        if (macro != null) macro.validate("macro", p);
        if (p.required("substitution", substitution)) substitution.validate("substitution", p, this);
        if (p.required("newUses", newUses)) newUses.validate("newUses", p, this);
    }

    /** Element-keyed map check: every key simulated, values within range. */
    static void checkElementMap(String path, Map<String, Double> m, ModelConfig c, Problems p,
                                double lo, double hi, String unit, boolean requireAll) {
        if (m == null) { p.add(path, null, "a map of element symbol to number (" + unit + ")"); return; }
        if (c.elements == null) return;
        m.forEach((k, v) -> {
            if (!c.elements.contains(k)) p.add(path + "." + k, v, "a key among the simulated elements " + c.elements);
            else if (v == null) p.add(path + "." + k, null, "a number (" + unit + ")");
            else p.range(path + "." + k, v, lo, hi, unit);
        });
        if (requireAll) {
            for (String e : c.elements) if (!m.containsKey(e)) p.add(path + "." + e, null, "a value for every simulated element (" + unit + ")");
        }
    }

    /** Element shares (of an ore, a recipe) must sum to 1. */
    /** A per-element map as a vector over {@code elements} in their order (0 for an element it does not list). */
    public static double[] byElement(Map<String, Double> values, List<String> elements) {
        double[] v = new double[elements.size()];
        for (int e = 0; e < v.length; e++) v[e] = values.getOrDefault(elements.get(e), 0.0);
        return v;
    }

    static void checkShares(String path, Map<String, Double> shares, ModelConfig c, Problems p) {
        checkElementMap(path, shares, c, p, 0, 1, "share of REO", false);
        if (shares == null) return;
        double s = shares.values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).sum();
        if (Math.abs(s - 1) > 1e-3) p.add(path, String.format("sum %.4f", s), "element shares that sum to 1 (within 0.001)");
    }

    static void checkSchedule(String path, Map<Integer, Double> s, ModelConfig c, Problems p, double lo, double hi, String unit) {
        if (s == null) return;
        s.forEach((y, v) -> {
            if (c.time != null && (y < c.time.startYear - 100 || y > c.time.endYear + 100))
                p.add(path + "." + y, v, "a year near the horizon " + c.time.startYear + "-" + c.time.endYear);
            if (v == null) p.add(path + "." + y, null, "a number (" + unit + ")");
            else p.range(path + "." + y, v, lo, hi, unit);
        });
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("config ").append(name).append(": ").append(time.startYear).append("-01 to ").append(time.endYear)
          .append("-12 (").append(time.ticks()).append(" monthly ticks), elements ").append(elements).append('\n');
        sb.append("  deposits ").append(deposits.keySet()).append("; mine groups ").append(mines.size())
          .append(" (").append(mines.stream().mapToInt(m -> m.count).sum()).append(" mines); illegal sites ")
          .append(illegalMining.sites.values().stream().mapToInt(s -> s.count).sum()).append('\n');
        sb.append("  smelters ").append(smelters.stream().mapToInt(s -> s.count).sum())
          .append("; intermediates ").append(intermediates.keySet()).append('\n');
        sb.append("  product families ").append(products.size()).append(": ").append(products.keySet()).append('\n');
        sb.append("  scenario ").append(scenario.describe());
        return sb.toString();
    }
}
