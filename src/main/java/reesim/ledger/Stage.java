package reesim.ledger;

/** Stages of the chain as they appear in flows.csv. Boundary stages hold no tracked stock. */
public enum Stage {
    DEPOSIT("deposit", true),
    MINING("mining", false),
    SMELTING("smelting", false),
    TRADE("trade", false),
    INTERMEDIATE("intermediate", false),
    MANUFACTURING("manufacturing", false),
    IN_USE("in_use", false),
    RECYCLING("recycling", false),
    STATE("state", false),
    WORLD("world", true),
    LANDFILL("landfill", true),
    TAILINGS("tailings", true);

    public final String label;
    public final boolean boundary;

    Stage(String label, boolean boundary) {
        this.label = label;
        this.boundary = boundary;
    }

    public static final Stage[] VALUES = values();
}
