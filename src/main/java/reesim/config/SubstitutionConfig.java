package reesim.config;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Technology substitution (issue 20; seed 001 s2.3 and s3: rare-earth-free motors, reduced-rare-earth
 * magnets): per product family, a substitute for its rare-earth intermediate that becomes available
 * in a stated year at a stated premium per unit. Each month the family's manufacturer compares what
 * the rare-earth content of a unit costs it (the intermediate it buys per unit at the maker's quote,
 * smoothed) with the premium; the share of units made with the substitute follows the share of the
 * family's models whose premium the content cost exceeds, up to a maximum, with an adoption lag,
 * and falls back more slowly when the rare-earth route turns cheaper again. Off ({@code enabled:
 * false}) nothing changes.
 */
public class SubstitutionConfig implements Serializable {
    /** Off: no family substitutes, whatever is listed (the baseline). */
    public boolean enabled = false;
    /** Per product family (a key of {@code products}): its substitute technology. */
    public Map<String, Technology> families = new LinkedHashMap<>();

    public static class Technology implements Serializable {
        /** What the substitute is (a label, for reports). */
        public String technology = "";
        /** First year units can be made with it. */
        public int availableFrom;
        /** Extra cost of a unit made with the substitute, the rare-earth intermediate it saves left out, USD per unit. */
        public double premiumPerUnit;
        /** Further premium as a multiple of the unit's rare-earth content cost at the run's starting prices (its first month). */
        public double premiumMultiple;
        /**
         * Spread of the premium over the family's models (fraction): premiums are uniform on premium x (1 +/- spread),
         * and the models whose premium lies below the content cost switch; 0: all switch at once when the cost passes it.
         */
        public double premiumSpread;
        /** Largest share of the units (that would use the intermediate) the substitute can take (0-1). */
        public double maxShare;
        /** Time constant of adoption while the rare-earth route is the dearer one, years (0: at once). */
        public double adoptionYears;
        /** Time constant of the fall back when the rare-earth route is cheaper again, years (0: at once). */
        public double reversalYears;
        /** Time constant of the smoothing of the intermediate's price the manufacturer judges by, years (0: this month's price). */
        public double priceMemoryYears;

        /** Checks every field; {@code premiumUnit} names what premiumPerUnit is per. */
        public void validate(String path, Problems p, String premiumUnit) {
            p.range(path + ".availableFrom", availableFrom, 1900, 2200, "year");
            p.nonNegative(path + ".premiumPerUnit", premiumPerUnit, premiumUnit);
            p.range(path + ".premiumMultiple", premiumMultiple, 0, 1000, "(multiple of the unit's rare-earth content cost at starting prices)");
            p.range(path + ".premiumSpread", premiumSpread, 0, 1, "(fraction of the premium)");
            p.range(path + ".maxShare", maxShare, 0, 1, "(fraction of the units)");
            p.range(path + ".adoptionYears", adoptionYears, 0, 100, "years");
            p.range(path + ".reversalYears", reversalYears, 0, 100, "years");
            p.range(path + ".priceMemoryYears", priceMemoryYears, 0, 100, "years");
        }
    }

    /** The family's substitute while the instrument is on; null when off or not listed. */
    public Technology forFamily(String family) {
        return enabled && families != null ? families.get(family) : null;
    }

    public void validate(String path, Problems p, ModelConfig c) {
        if (families == null) {
            p.add(path + ".families", null, "a map of product family to its substitute technology (may be empty: {})");
            return;
        }
        families.forEach((family, t) -> {
            String fp = path + ".families." + family;
            if (!c.products.containsKey(family)) {
                p.add(fp, family, "a product family among " + c.products.keySet()
                        + Suggestions.closest(family, c.products.keySet()).map(s -> "; did you mean '" + s + "'?").orElse(""));
                return;
            }
            if (t == null) { p.add(fp, null, "a substitute technology (availableFrom, premiumPerUnit, maxShare, ...)"); return; }
            t.validate(fp, p, "USD/unit");
        });
    }
}
