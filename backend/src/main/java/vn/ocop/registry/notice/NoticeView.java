package vn.ocop.registry.notice;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notice as the office reads it: to whom, about what, and whether it went. */
public record NoticeView(
        Long id,
        NoticeKind kind,
        @Schema(examples = "support-request:7", description = "What it is about") String subject,
        @Schema(examples = "step:12",
                description = "Which time: the end date reminded of, the member, the step") String occasion,
        @Schema(examples = "htx.duasap@example.vn") String recipient,
        @Schema(examples = "[OCOP] Đề nghị hỗ trợ số 7: Đã duyệt") String title,
        NoticeStatus status,
        @Schema(examples = "1") int attempts,
        Instant createdAt,
        @Schema(nullable = true,
                description = "When the next attempt is due; none once sent or given up") Instant nextAttemptAt,
        @Schema(nullable = true) Instant sentAt,
        @Schema(nullable = true, description = "Why the last attempt failed") String lastError) {
}
