package vn.ocop.registry.commerce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;

public final class TradeEventDtos {
    private TradeEventDtos() {
    }

    public record TradeEventRequest(
            @NotBlank @Size(max = 300) @Schema(examples = "Hội chợ Thương mại – Du lịch Bạc Liêu 2019") String name,
            @NotNull @Schema(examples = "FAIR") TradeEventKind kind,
            @NotBlank @Size(max = 100) @Schema(examples = "Bạc Liêu") String hostProvince,
            @Size(max = 500) @Schema(examples = "Quảng trường Hùng Vương, thành phố Bạc Liêu") String venue,
            @NotNull @Schema(examples = "2019-11-22") LocalDate startsOn,
            @NotNull @Schema(description = "Not before startsOn", examples = "2019-11-28") LocalDate endsOn) {
    }

    public record TradeEventView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "Hội chợ Thương mại – Du lịch Bạc Liêu 2019") String name,
            TradeEventKind kind,
            @Schema(examples = "Bạc Liêu") String hostProvince,
            @Schema(nullable = true, examples = "Quảng trường Hùng Vương, thành phố Bạc Liêu") String venue,
            @Schema(examples = "2019-11-22") LocalDate startsOn,
            @Schema(examples = "2019-11-28") LocalDate endsOn,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "office") String createdBy,
            Instant updatedAt,
            @Schema(examples = "office") String updatedBy) implements Versioned {
    }

    public record TradeEventParticipantRequest(
            @NotNull @Schema(examples = "3") Long producerId,
            @NotEmpty @Size(max = 100) @Schema(description = "Products shown; each must belong to the producer",
                    examples = "[12, 13]") List<@NotNull Long> productIds) {
    }

    public record ParticipantView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "1") long eventId,
            @Schema(examples = "3") long producerId,
            @Schema(examples = "Cơ sở Trà Thảo Mộc Thanh Hiền") String producerName,
            @Schema(nullable = true, examples = "842") String districtCode,
            @Schema(nullable = true, examples = "Thành phố Trà Vinh") String districtName,
            List<ProductSummary> products,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "do-travinh") String createdBy) implements Versioned {
    }
}
