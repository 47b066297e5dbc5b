package vn.ocop.registry.imports;

/** The value lists of choice columns: the template's drop-downs and what a cell may say. */
public enum ImportLists {
    PRODUCER_TYPES("Loại hình"), PRODUCT_STATUSES("Trạng thái"), CERTIFICATION_TYPES("Loại chứng nhận"), PRODUCT_SETS(
            "Bộ sản phẩm"), DISTRICTS("Huyện (trước 1/7/2025)"), COMMUNES("Xã, phường");

    /** The header of the list on the template's lists sheet. */
    final String title;

    ImportLists(String title) {
        this.title = title;
    }
}
