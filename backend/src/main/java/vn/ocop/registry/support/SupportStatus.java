package vn.ocop.registry.support;

/** Where a support request stands; changed only through {@link SupportWorkflow} actions. */
public enum SupportStatus {
    REQUESTED("Đã đề nghị"), APPROVED("Đã duyệt"), IN_PROGRESS("Đang thực hiện"), DONE("Hoàn thành"), REJECTED("Từ chối");

    /** The Vietnamese name, for exports and reports. */
    public final String label;

    SupportStatus(String label) {
        this.label = label;
    }
}
