package vn.ocop.registry.commerce;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a sales contract: a DRAFT is signed into force (ACTIVE), runs to COMPLETED, or is
 * TERMINATED early (a draft may also be abandoned that way). COMPLETED and TERMINATED are final.
 */
public enum SalesContractStatus {
    DRAFT("Nháp"), ACTIVE("Đang hiệu lực"), COMPLETED("Hoàn thành"), TERMINATED("Chấm dứt");

    /** The Vietnamese name, for exports and reports. */
    public final String label;

    SalesContractStatus(String label) {
        this.label = label;
    }

    /** The statuses this one may move to. */
    public Set<SalesContractStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, TERMINATED);
            case ACTIVE -> EnumSet.of(COMPLETED, TERMINATED);
            case COMPLETED, TERMINATED -> EnumSet.noneOf(SalesContractStatus.class);
        };
    }

    public boolean canMoveTo(SalesContractStatus target) {
        return next().contains(target);
    }

    /** Terms (parties, lines, dates, value) may change only before the contract is in force. */
    public boolean isEditable() {
        return this == DRAFT;
    }
}
