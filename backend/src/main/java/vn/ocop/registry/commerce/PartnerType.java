package vn.ocop.registry.commerce;

/** What kind of business buys from or sells for OCOP producers. */
public enum PartnerType {
    /** Nhà phân phối. */
    DISTRIBUTOR,
    /** Chuỗi siêu thị (Saigon Co.op, Bách Hóa Xanh...). */
    SUPERMARKET_CHAIN,
    /** Cửa hàng bán lẻ. */
    RETAILER,
    /** Doanh nghiệp xuất khẩu. */
    EXPORTER,
    /** Sàn thương mại điện tử. */
    E_COMMERCE, OTHER
}
