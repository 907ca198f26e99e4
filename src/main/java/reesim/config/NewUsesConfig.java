package reesim.config;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * New applications for the abundant light rare earths (issue 20; seed 000 s2.2 and s3, seed 001 s3:
 * balanced use of La and Ce, new catalytic and alloy materials): per product family made from a
 * La/Ce-rich intermediate, extra demand growth that develops, with a lag, while the element's
 * domestic price stays below a threshold share of its starting price, and fades when it no longer
 * does. Off ({@code enabled: false}) nothing changes.
 */
public class NewUsesConfig implements Serializable {
    /** Off: no family grows by new uses, whatever is listed (the baseline). */
    public boolean enabled = false;
    /** Per product family (a key of {@code products}): its new uses. */
    public Map<String, NewUse> families = new LinkedHashMap<>();

    public static class NewUse implements Serializable {
        /** What the new applications are (a label, for reports). */
        public String application = "";
        /** The element whose low price draws the new applications (in the family's intermediate). */
        public String element;
        /** First year the new applications can develop. */
        public int availableFrom;
        /** The element counts as cheap below this share of its starting domestic price (fraction). */
        public double cheapBelow;
        /** Extra growth of the family's units demanded per year once the new uses are fully developed. */
        public double extraGrowth;
        /** Largest multiple of the family's demand path the new uses can reach (>= 1). */
        public double maxMultiple;
        /** Time constant of the development of new uses while the element is cheap, years (0: at once). */
        public double adoptionYears;
        /** Time constant of their fading when it is no longer cheap, years (0: at once). */
        public double reversalYears;
        /** Time constant of the smoothing of the element's price that developers judge by, years (0: this month's price). */
        public double priceMemoryYears;
    }

    /** The family's new uses while the instrument is on; null when off or not listed. */
    public NewUse forFamily(String family) {
        return enabled && families != null ? families.get(family) : null;
    }

    public void validate(String path, Problems p, ModelConfig c) {
        if (families == null) {
            p.add(path + ".families", null, "a map of product family to its new uses (may be empty: {})");
            return;
        }
        families.forEach((family, u) -> {
            String fp = path + ".families." + family;
            ProductConfig pc = c.products.get(family);
            if (pc == null) {
                p.add(fp, family, "a product family among " + c.products.keySet()
                        + Suggestions.closest(family, c.products.keySet()).map(s -> "; did you mean '" + s + "'?").orElse(""));
                return;
            }
            if (u == null) { p.add(fp, null, "the family's new uses (element, availableFrom, cheapBelow, extraGrowth, ...)"); return; }
            IntermediateConfig ic = pc.intermediate == null ? null : c.intermediates.get(pc.intermediate);
            if (c.elements == null || u.element == null || !c.elements.contains(u.element))
                p.add(fp + ".element", u.element, "one of the simulated elements " + c.elements
                        + Suggestions.closest(u.element, c.elements).map(s -> "; did you mean '" + s + "'?").orElse(""));
            else if (ic != null && ic.recipe != null && ic.recipe.getOrDefault(u.element, 0.0) <= 0)
                p.add(fp + ".element", u.element, "an element present in the recipe of " + pc.intermediate + " (the family's intermediate)");
            p.range(fp + ".availableFrom", u.availableFrom, 1900, 2200, "year");
            p.range(fp + ".cheapBelow", u.cheapBelow, 0, 100, "(share of the element's starting domestic price)");
            p.range(fp + ".extraGrowth", u.extraGrowth, 0, 5, "per year");
            p.range(fp + ".maxMultiple", u.maxMultiple, 1, 1000, "(multiple of the demand path)");
            p.range(fp + ".adoptionYears", u.adoptionYears, 0, 100, "years");
            p.range(fp + ".reversalYears", u.reversalYears, 0, 100, "years");
            p.range(fp + ".priceMemoryYears", u.priceMemoryYears, 0, 100, "years");
        });
    }
}
