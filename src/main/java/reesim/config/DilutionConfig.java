package reesim.config;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * An abundant element that can take the place of part of dear ones in an intermediate (issue 20; seed
 * 001 s2.3: Daido Steel replacing neodymium with cerium in NdFeB magnets): from a stated year, makers
 * put {@code element} in place of up to {@code maxShare} of the {@code replaces} elements' content when
 * the saving per kg (their price less the element's) exceeds the performance penalty of the lower
 * grade, spread over the makers' magnet grades; adoption and reversal lag. Off ({@code enabled: false})
 * the recipe is unchanged.
 */
public class DilutionConfig implements Serializable {
    public boolean enabled = false;
    /** The abundant element put in (Ce). */
    public String element;
    /** The elements it replaces part of (Pr, Nd). */
    public List<String> replaces = List.of();
    /** First year makers can use it. */
    public int availableFrom;
    /** Largest share of the replaced elements' content it can take (0-1). */
    public double maxShare;
    /** Cost of the lower grade per kg of replaced content (more magnet, or more Dy, for the same duty), USD/kg. */
    public double penalty;
    /** Spread of the penalty over grades (fraction): uniform on penalty x (1 +/- spread). */
    public double penaltySpread;
    /** Time constant of adoption while diluting pays, years. */
    public double adoptionYears;
    /** Time constant of the fall back when it no longer pays, years. */
    public double reversalYears;

    void validate(String path, Problems p, ModelConfig c, Map<String, Double> recipe) {
        if (!p.required(path + ".element", element)) return;
        if (c.elements != null && !c.elements.contains(element))
            p.add(path + ".element", element, "one of the simulated elements " + c.elements);
        if (replaces == null || replaces.isEmpty()) p.add(path + ".replaces", replaces, "a list of the recipe's elements it replaces part of");
        else for (int i = 0; i < replaces.size(); i++) {
            String el = replaces.get(i);
            if (el == null || el.equals(element)) p.add(path + ".replaces." + i, el, "an element other than " + element);
            else if (recipe != null && recipe.getOrDefault(el, 0.0) <= 0) p.add(path + ".replaces." + i, el, "an element with a positive share in the recipe");
        }
        p.range(path + ".availableFrom", availableFrom, 1900, 2200, "year");
        p.range(path + ".maxShare", maxShare, 0, 1, "(fraction of the replaced content)");
        p.nonNegative(path + ".penalty", penalty, "USD/kg replaced content");
        p.range(path + ".penaltySpread", penaltySpread, 0, 1, "(fraction of the penalty)");
        p.range(path + ".adoptionYears", adoptionYears, 0, 100, "years");
        p.range(path + ".reversalYears", reversalYears, 0, 100, "years");
    }
}
