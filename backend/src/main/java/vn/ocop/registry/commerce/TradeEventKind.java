package vn.ocop.registry.commerce;

/** Kinds of trade-promotion events. */
public enum TradeEventKind {
    /** Hội chợ. */
    FAIR,
    /** Triển lãm. */
    EXHIBITION,
    /** Hội nghị, hội thảo kết nối cung cầu. */
    CONFERENCE,
    OTHER
}
