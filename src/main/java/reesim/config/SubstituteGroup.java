package reesim.config;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Elements of a recipe that can stand in for each other (Pr and Nd in NdFeB: didymium; Dy and Tb
 * for coercivity). Makers shift within the group towards the element whose price has risen least
 * since the start, and may thrift the group as a whole when all of it got dear.
 */
public class SubstituteGroup implements Serializable {
    public List<String> elements;
    /** How strongly the mix follows relative prices: weight ~ (relative price)^-elasticity. */
    public double elasticity;
    /** Least share of its recipe quantity an element keeps, however dear (technical limit). */
    public double minShareOfRecipe;
    /**
     * How strongly makers thrift the whole group when all its elements got dear: the group's share is
     * scaled by (its price index)^-thriftElasticity, the rest of the recipe takes up the difference;
     * 0 = no thrifting (the group keeps its share).
     */
    public double thriftElasticity;
    /** Least share of its recipe share the group keeps however dear (technical limit of thrifting). */
    public double minGroupShare = 1.0;

    void validate(String path, Problems p, ModelConfig c, Map<String, Double> recipe) {
        if (!p.required(path + ".elements", elements)) return;
        if (elements.size() < 2) p.add(path + ".elements", elements, "a list of at least two elements of the recipe");
        for (int i = 0; i < elements.size(); i++) {
            String el = elements.get(i);
            if (c.elements != null && !c.elements.contains(el)) p.add(path + ".elements." + i, el, "one of the simulated elements " + c.elements);
            else if (recipe != null && recipe.getOrDefault(el, 0.0) <= 0) p.add(path + ".elements." + i, el, "an element with a positive share in the recipe");
        }
        p.range(path + ".elasticity", elasticity, 0, 10, "(elasticity)");
        p.range(path + ".minShareOfRecipe", minShareOfRecipe, 0, 1, "(fraction of the recipe share)");
        p.range(path + ".thriftElasticity", thriftElasticity, 0, 10, "(elasticity)");
        p.range(path + ".minGroupShare", minGroupShare, 0, 1, "(fraction of the group's recipe share)");
    }
}
