package reesim.output;

/**
 * The metrics of annual.csv and monthly.csv. FLOW metrics are summed over a year, STOCK metrics
 * taken at year end, LEVEL metrics (prices, quotas, rates) averaged over the year.
 */
public enum Metric {
    PRICE_DOMESTIC("price_domestic", Kind.LEVEL, Rows.ELEMENTS),
    PRICE_WORLD("price_world", Kind.LEVEL, Rows.ELEMENTS),
    MINING_QUOTA("mining_quota", Kind.LEVEL, Rows.REO),
    EXPORT_QUOTA("export_quota", Kind.LEVEL, Rows.REO),
    EXPORT_TARIFF("export_tariff", Kind.LEVEL, Rows.ELEMENTS),
    EXPORT_LICENCE_PRICE("export_licence_price", Kind.LEVEL, Rows.REO),
    MINED_REGISTERED("mined_registered", Kind.FLOW, Rows.BOTH),
    MINED_UNREGISTERED("mined_unregistered", Kind.FLOW, Rows.BOTH),
    MINED_FOREIGN("mined_foreign", Kind.FLOW, Rows.BOTH),
    CHINA_MINING_SHARE("china_mining_share", Kind.LEVEL, Rows.REO),
    ILLEGAL_MINES_ACTIVE("illegal_mines_active", Kind.STOCK, Rows.REO),
    SMELTED("smelted", Kind.FLOW, Rows.BOTH),
    EXPORTS_REGISTERED("exports_registered", Kind.FLOW, Rows.BOTH),
    EXPORTS_SMUGGLED("exports_smuggled", Kind.FLOW, Rows.BOTH),
    SEIZED("seized", Kind.FLOW, Rows.BOTH),
    EXPORTS_INTERMEDIATE("exports_intermediate", Kind.FLOW, Rows.BOTH),
    EXPORTS_FINAL("exports_final", Kind.FLOW, Rows.BOTH),
    IMPORTS("imports", Kind.FLOW, Rows.BOTH),
    CONSUMPTION_FOREIGN("consumption_foreign", Kind.FLOW, Rows.BOTH),
    DEMAND("demand", Kind.FLOW, Rows.BOTH),
    SHORTAGE("shortage", Kind.FLOW, Rows.BOTH),
    IN_USE_STOCK("in_use_stock", Kind.STOCK, Rows.BOTH),
    END_OF_LIFE("end_of_life", Kind.FLOW, Rows.BOTH),
    RECYCLED("recycled", Kind.FLOW, Rows.BOTH),
    STOCKPILE("stockpile", Kind.STOCK, Rows.BOTH),
    STOCKPILE_STATE("stockpile_state", Kind.STOCK, Rows.BOTH),
    ENFORCEMENT_MINES("enforcement_mines", Kind.LEVEL, Rows.REO),
    ENFORCEMENT_CUSTOMS("enforcement_customs", Kind.LEVEL, Rows.REO),
    DETECTIONS("detections", Kind.FLOW, Rows.REO),
    STATE_BALANCE("state_balance_musd", Kind.STOCK, Rows.REO);

    public enum Kind { FLOW, STOCK, LEVEL }

    /** Which rows a metric has: per element, the REO total, or both. */
    public enum Rows { ELEMENTS, REO, BOTH }

    public final String label;
    public final Kind kind;
    public final Rows rows;

    Metric(String label, Kind kind, Rows rows) {
        this.label = label;
        this.kind = kind;
        this.rows = rows;
    }

    public static final Metric[] VALUES = values();
}
