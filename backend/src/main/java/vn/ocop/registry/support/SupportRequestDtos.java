package vn.ocop.registry.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;

public final class SupportRequestDtos {
    private SupportRequestDtos() {
    }

    @Schema(description = "What a producer asks for; the status is changed by actions only")
    public record SupportRequestInput(
            @NotNull @Schema(description = "The producer asking; the request belongs to its district",
                    examples = "1") Long producerId,
            @NotNull @Schema(examples = "PACKAGING_DESIGN") SupportType type,
            @NotBlank @Size(max = 4000) @Schema(
                    examples = "Hỗ trợ thiết kế bao bì, nhãn mác cho sản phẩm Chả hoa") String description,
            @NotNull @Schema(description = "When the producer asked; not in the future",
                    examples = "2019-06-15") LocalDate requestedOn) {
    }

    @Schema(description = "The note that goes with a workflow step")
    public record SupportRequestStepInput(
            @Size(max = 2000) @Schema(description = "Required to reject",
                    examples = "Đã thống nhất mẫu bao bì với cơ sở") String note) {
    }

    @Schema(description = "One entry of the timeline")
    public record SupportRequestStepView(
            @Schema(examples = "APPROVED") SupportStatus status,
            @Schema(nullable = true, examples = "Đồng ý hỗ trợ 50% chi phí thiết kế") String note,
            @Schema(examples = "office") String actor,
            Instant at) {
    }

    public record SupportRequestView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "1") Long producerId,
            @Schema(examples = "Hợp tác xã Chả Hoa Đông Hòa") String producerName,
            @Schema(nullable = true, description = "The producer's district", examples = "842") String districtCode,
            @Schema(nullable = true, examples = "Thành phố Trà Vinh") String districtName,
            SupportType type,
            @Schema(examples = "Hỗ trợ thiết kế bao bì, nhãn mác cho sản phẩm Chả hoa") String description,
            @Schema(examples = "2019-06-15") LocalDate requestedOn,
            @Schema(readOnly = true, examples = "REQUESTED") SupportStatus status,
            @Schema(description = "The timeline, oldest first") List<SupportRequestStepView> steps,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "do-travinh") String createdBy,
            Instant updatedAt,
            @Schema(examples = "do-travinh") String updatedBy) implements Versioned {
    }

    @Schema(description = "Counts of support requests, computed in the database")
    public record SupportSummary(
            @Schema(nullable = true, description = "Year the requests were made; null for all years",
                    examples = "2019") Integer year,
            @Schema(nullable = true, description = "District the counts are limited to; null for the province",
                    examples = "842") String districtCode,
            @Schema(description = "Number of requests", examples = "30") long requests,
            @Schema(description = "Number of distinct producers that asked", examples = "24") long producers,
            @Schema(description = "One entry per type, every type listed") List<SupportTypeCounts> byType) {
    }

    public record SupportTypeCounts(
            @Schema(examples = "PACKAGING_DESIGN") SupportType type,
            @Schema(examples = "8") long requests,
            @Schema(description = "Distinct producers that asked for this type", examples = "7") long producers,
            @Schema(description = "Requests per status, every status listed",
                    examples = "{\"REQUESTED\":2,\"APPROVED\":1,\"IN_PROGRESS\":1,\"DONE\":3,\"REJECTED\":1}") Map<SupportStatus, Long> byStatus) {
    }
}
