package reesim.config;

import java.util.List;

/** The 17 rare-earth elements known to the model. A config chooses which ones are simulated. */
public final class Elements {
    public static final List<String> ALL = List.of(
            "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Y", "Sc");

    private Elements() {}

    public static boolean isKnown(String symbol) { return ALL.contains(symbol); }
}
