package vn.ocop.registry.evaluation;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;

/** Entries of a round: dossiers, dossier checks, eliminations, recusals. */
public final class EntryDtos {
    private EntryDtos() {
    }

    public record EvaluationEntryRequest(
            @NotNull @Schema(examples = "1") Long productId,
            @Schema(description = "The sheet to score on; by default the round version's sheet of the product's "
                    + "product set (required when the product set belongs to another legal basis)",
                    examples = "51") Long rubricSheetId) {
    }

    @Schema(description = "A certification of the product or its producer at entry")
    public record CertificationRef(
            @Schema(examples = "FOOD_SAFETY") String type,
            @Schema(examples = "125/2019/NNPTNT-TV") String number,
            @Schema(examples = "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản Trà Vinh") String issuer,
            @Schema(examples = "2019-03-01") String issuedOn,
            @Schema(nullable = true, examples = "2022-03-01") String expiresOn) {
    }

    @Schema(description = "The product's dossier as it stood when entered; later edits "
            + "of the product do not change it")
    public record DossierSnapshot(
            @Schema(examples = "1") Long productId,
            @Schema(examples = "Mứt dừa sáp Cầu Kè") String name,
            @Schema(nullable = true, examples = "Mứt làm từ dừa sáp Cầu Kè") String description,
            @Schema(examples = "2019") Integer yearEntered,
            @Schema(examples = "1") Long producerId,
            @Schema(examples = "Hợp tác xã Dừa sáp Cầu Kè") String producerName,
            @Schema(examples = "COOPERATIVE") String producerType,
            @Schema(nullable = true, description = "None for a producer registered on today's map (no districts)",
                    examples = "845") String districtCode,
            @Schema(nullable = true, examples = "29362") String communeCode,
            @Schema(examples = "1") Long productSetId,
            @Schema(examples = "1") Integer productSetNumber,
            @Schema(examples = "Rau, củ, quả, hạt tươi") String productSetName,
            @Schema(examples = "DECISION_1048_2019") String legalBasisCode,
            List<CertificationRef> certifications) {
    }

    @Schema(description = "The sheet's elimination conditions the product meets (1048: "
            + "forged dossier, no food-safety certificate, no lab test...); an empty list clears them")
    public record EliminationRequest(
            @NotNull @Size(max = 20) @Schema(examples = "[12]") List<@NotNull Long> conditionIds,
            @Size(max = 2000) @Schema(examples = "Không có phiếu kiểm nghiệm chỉ tiêu ATTP") String note) {
    }

    @Schema(description = "The commune's rating of one local-origin item")
    public record LocalOriginRating(
            @NotNull @Schema(examples = "LOCAL_LABOUR") LocalOriginItem item,
            @NotNull @Schema(description = "The item is borne out by the dossier and the visit",
                    examples = "true") Boolean confirmed,
            @Size(max = 1000) @Schema(nullable = true, examples = "Sử dụng 12 lao động tại xã") String note) {
    }

    public record DossierCheckRequest(
            @NotNull @Schema(examples = "PASSED") DossierStatus status,
            @Size(max = 2000) @Schema(description = "Required when FAILED", examples = "Hồ sơ đầy đủ, hợp lệ") String note,
            @Size(max = 4) @Schema(
                    description = "Every local-origin item once; required when PASSED") List<@NotNull @Valid LocalOriginRating> localOrigin) {
    }

    public record DossierCheck(
            @Schema(examples = "PASSED") DossierStatus status,
            @Schema(nullable = true, examples = "Hồ sơ đầy đủ, hợp lệ") String note,
            List<LocalOriginRating> localOrigin,
            @Schema(examples = "office") String checkedBy,
            Instant checkedAt) {
    }

    public record EntryView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "1") Long roundId,
            @Schema(examples = "1") Long productId,
            @Schema(examples = "Mứt dừa sáp Cầu Kè") String productName,
            @Schema(examples = "Hợp tác xã Dừa sáp Cầu Kè") String producerName,
            @Schema(nullable = true, examples = "51") Long rubricSheetId,
            DossierSnapshot snapshot,
            @Schema(nullable = true, description = "The entry of the lower level it was forwarded from",
                    examples = "7") Long forwardedFromEntryId,
            @Schema(description = "Elimination conditions met", examples = "[]") List<Long> eliminatedBy,
            @Schema(nullable = true) String eliminationNote,
            @Schema(nullable = true,
                    description = "The commune's dossier check (levels that do not score)") DossierCheck dossierCheck,
            @Schema(description = "Members who recused themselves", examples = "[\"dc-cauke-3\"]") List<String> recusedMembers,
            @Schema(examples = "3") long submittedSheets,
            @Schema(nullable = true, description = "Set once the round is closed", examples = "FORWARDED") EntryOutcome outcome,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "office") String createdBy,
            Instant updatedAt,
            @Schema(examples = "office") String updatedBy) implements Versioned {
    }

    public record RecusalRequest(
            @NotBlank @Size(max = 1000) @Schema(examples = "Người thân của chủ thể sản xuất") String reason) {
    }

    public record Recusal(
            @Schema(examples = "1") Long entryId,
            @Schema(examples = "dc-cauke-3") String username,
            @Schema(examples = "Người thân của chủ thể sản xuất") String reason,
            Instant recusedAt) {
    }
}
