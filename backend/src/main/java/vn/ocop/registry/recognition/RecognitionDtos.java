package vn.ocop.registry.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;
import vn.ocop.registry.product.OcopCertificateStatus;

public final class RecognitionDtos {
    private RecognitionDtos() {
    }

    @Schema(description = "One product recognised at a star level")
    public record Recognition(
            @NotNull @Schema(examples = "1") Long productId,
            @NotNull @Min(3) @Max(5) @Schema(examples = "4") Integer stars) {
    }

    @Schema(description = "A decision recorded from paper, with the products it recognises")
    public record RecognitionDecisionRequest(
            @NotBlank @Size(max = 60) @Schema(examples = "2680/QĐ-UBND") String number,
            @NotNull @PastOrPresent @Schema(examples = "2019-12-20") LocalDate decidedOn,
            @NotBlank @Size(max = 200) @Schema(examples = "Phó Chủ tịch UBND tỉnh Lê Văn Hẳn") String signer,
            @NotNull @Schema(examples = "PROVINCIAL") DecisionLevel level,
            @NotBlank @Size(max = 10) @Schema(examples = "84") String adminUnitCode,
            @Size(max = 40) @Schema(nullable = true, description = "The legal basis in force on decidedOn "
                    + "(GET /api/v1/legal-bases/in-force), whose procedure sets the level's powers; taken when absent, "
                    + "another is refused", examples = "DECISION_1048_2019") String legalBasisCode,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull Recognition> recognitions) {
    }

    public record DecisionView(
            Long id,
            @Schema(examples = "2680/QĐ-UBND") String number,
            LocalDate decidedOn,
            String signer,
            DecisionLevel level,
            @Schema(examples = "84") String adminUnitCode,
            @Schema(examples = "DECISION_1048_2019") String legalBasisCode,
            @Schema(nullable = true,
                    description = "The evaluation round whose results it recognises, if any") Long evaluationRoundId,
            long certificateCount,
            long version) implements Versioned {
    }

    public record DecisionSummary(Long id, String number, LocalDate decidedOn, String signer, DecisionLevel level) {
    }

    public record OcopCertificateView(
            Long id,
            Long productId,
            @Schema(examples = "Chả Hoa") String productName,
            Long producerId,
            @Schema(examples = "Cơ sở Chả Hoa Tâm Tâm") String producerName,
            @Schema(nullable = true, description = "None for a producer registered on today's map (no districts)",
                    examples = "842") String districtCode,
            @Schema(examples = "4") int stars,
            @Schema(description = "Derived from today's date: VALID, EXPIRING (≤ 30 days left), EXPIRED or REVOKED") OcopCertificateStatus status,
            @Schema(examples = "2019-12-20") LocalDate issuedOn,
            @Schema(examples = "2022-12-19", description = "Last day of validity (36 months)") LocalDate validUntil,
            @Schema(examples = "84-842-001-2019") String productCode,
            @Schema(examples = "K7M2Q9XW4T", description = "Code of the public lookup and the QR label") String publicCode,
            DecisionSummary decision,
            @Schema(nullable = true) LocalDate revokedOn,
            @Schema(nullable = true) RevocationReason revocationReason,
            @Schema(nullable = true) String revocationNote,
            @Schema(nullable = true) String revokedBy,
            long version) implements Versioned {
    }

    public record RevokeRequest(
            @NotNull @Schema(examples = "NO_LONGER_MEETS_CRITERIA") RevocationReason reason,
            @NotBlank @Size(max = 2000) @Schema(examples = "Kiểm tra sau công nhận: chỉ tiêu vi sinh không đạt") String note,
            @PastOrPresent @Schema(description = "Defaults to today") LocalDate revokedOn) {
    }

    public record ReminderView(Long certificateId, String productName, String productCode, LocalDate validUntil,
            Instant recordedAt) {
    }
}
