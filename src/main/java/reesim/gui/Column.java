package reesim.gui;

/** The columns of the supply-chain display, left to right, roughly in the order material flows. */
public enum Column {
    DEPOSITS("Deposits"),
    MINES("Mines"),
    ILLEGAL("Illegal sites"),
    SMELTERS("Smelters"),
    TRADE("Traders, smugglers"),
    MAKERS("Intermediate makers"),
    MANUFACTURERS("Manufacturers"),
    IN_USE("In use"),
    RECYCLERS("Recyclers"),
    WORLD("World"),
    STATE("State reserve"),
    SINKS("Landfill / tailings");

    public static final int VALUES_COUNT = values().length;
    public final String title;

    Column(String title) { this.title = title; }

    @Override
    public String toString() { return title; }
}
