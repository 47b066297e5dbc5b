package vn.ocop.registry.evaluation;

/** The local-origin items a commune rates in its evaluation report (26/2026, Article 5). */
public enum LocalOriginItem {
    /** Origin of the product and its raw materials. */
    PRODUCT_AND_RAW_MATERIAL_ORIGIN, LOCAL_LABOUR, IDEA_ORIGIN, LOCAL_IDENTITY
}
