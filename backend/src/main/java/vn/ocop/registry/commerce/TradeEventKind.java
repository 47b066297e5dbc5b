package vn.ocop.registry.commerce;

/** Kinds of trade-promotion events. */
public enum TradeEventKind {
    FAIR("Hội chợ"), EXHIBITION("Triển lãm"),
    /** Hội nghị, hội thảo kết nối cung cầu. */
    CONFERENCE("Hội nghị, hội thảo"), OTHER("Khác");

    /** The Vietnamese name, for exports and reports. */
    public final String label;

    TradeEventKind(String label) {
        this.label = label;
    }
}
