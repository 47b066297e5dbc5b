package vn.ocop.registry.commerce;

/** Kinds of points of sale for OCOP products. */
public enum PointOfSaleKind {
    /** Cửa hàng OCOP: a shop dedicated to OCOP products. */
    OCOP_SHOP,
    /** Quầy, điểm bán OCOP inside another shop, market or rest stop. */
    COUNTER,
    /** Gian hàng trực tuyến. */
    ONLINE
}
