package vn.ocop.registry.notice;

/** The filters of the notice list, parsed; null means "any". */
public record NoticeFilter(NoticeKind kind, NoticeStatus status) {
}
