package vn.ocop.registry.product;

public enum ProductStatus {
    ACTIVE("Đang sản xuất"), DISCONTINUED("Ngừng sản xuất");

    /** The Vietnamese name, for exports and reports. */
    public final String label;

    ProductStatus(String label) {
        this.label = label;
    }
}
