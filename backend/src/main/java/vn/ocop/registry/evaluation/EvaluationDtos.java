package vn.ocop.registry.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.rubric.RubricDtos;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.rubric.StarMinimums;

public final class EvaluationDtos {
    private EvaluationDtos() {
    }

    // ---- rounds and councils ----

    @Schema(name = "EvaluationRoundRequest", description = "A round, or its edited header while OPEN")
    public record RoundRequest(
            @Size(max = 300) @Schema(description = "Defaults to level, year and unit",
                    examples = "Đánh giá, phân hạng sản phẩm OCOP cấp huyện năm 2019 — Huyện Cầu Kè") String name,
            @NotNull @Min(2018) @Max(2100) @Schema(examples = "2019") Integer year,
            @NotNull @Schema(description = "A level of the legal basis's procedure", examples = "DISTRICT")
            EvaluationLevel level,
            @NotBlank @Size(max = 10) @Schema(description = "The commune (COMMUNE), district (DISTRICT) or province "
                    + "(PROVINCIAL, and CENTRAL for the province's products at the centre)", examples = "845")
            String adminUnitCode,
            @NotBlank @Size(max = 40) @Schema(examples = "DECISION_1048_2019") String legalBasisCode,
            @NotNull @Schema(description = "A PUBLISHED rubric version of the legal basis", examples = "1")
            Long rubricVersionId,
            @NotNull @Schema(examples = "2019-09-01") LocalDate opensOn,
            @NotNull @Schema(examples = "2019-10-31") LocalDate closesOn) {
    }

    @Schema(name = "EvaluationRound")
    public record RoundView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "Đánh giá, phân hạng sản phẩm OCOP cấp huyện năm 2019 — Huyện Cầu Kè") String name,
            @Schema(examples = "2019") int year,
            @Schema(examples = "DISTRICT") EvaluationLevel level,
            @Schema(examples = "845") String adminUnitCode,
            @Schema(examples = "Huyện Cầu Kè") String adminUnitName,
            @Schema(nullable = true,
                    description = "District of district-scoped readers; null for provincial and central rounds",
                    examples = "845") String districtCode,
            @Schema(examples = "DECISION_1048_2019") String legalBasisCode,
            @Schema(examples = "1") Long rubricVersionId,
            @Schema(examples = "2019-09-01") LocalDate opensOn,
            @Schema(examples = "2019-10-31") LocalDate closesOn,
            @Schema(readOnly = true, examples = "OPEN") RoundStatus status,
            @Schema(examples = "75") int quorumPercent,
            @Schema(examples = "10") BigDecimal spreadLimit,
            @Schema(examples = "3") long memberCount,
            @Schema(nullable = true, examples = "dc-cauke-1") String chairUsername,
            @Schema(examples = "12") long entryCount,
            @Schema(nullable = true, description = "Entries per outcome, once the round is closed",
                    examples = "{\"FORWARDED\": 7, \"NOT_RECOGNISED\": 5}") Map<EntryOutcome, Long> outcomeCounts,
            @Schema(nullable = true, description = "The recognition decision recorded on the round's results",
                    examples = "51") Long decisionId,
            @Schema(nullable = true) Instant closedAt,
            @Schema(nullable = true, examples = "office") String closedBy,
            @Schema(nullable = true) Instant finalizedAt,
            @Schema(nullable = true, examples = "office") String finalizedBy,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "office") String createdBy,
            Instant updatedAt,
            @Schema(examples = "office") String updatedBy) {
    }

    @Schema(name = "CouncilMemberInput")
    public record MemberInput(
            @NotBlank @Size(max = 100) @Schema(description = "Keycloak username", examples = "dc-cauke-1") String username,
            @NotBlank @Size(max = 200) @Schema(examples = "Võ Thanh Phong") String fullName,
            @Size(max = 300) @Schema(examples = "Phó Chủ tịch UBND huyện") String position,
            @Schema(description = "Exactly one member chairs", examples = "true") boolean chair) {
    }

    @Schema(name = "CouncilRequest", description = "The whole council of a round; replaces the previous one")
    public record CouncilRequest(
            @Min(1) @Max(100) @Schema(description = "Share of eligible members whose submitted sheets make a quorum; "
                    + "default 75", examples = "75") Integer quorumPercent,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Points by which members' totals may differ before the entry is flagged for "
                    + "re-discussion; default 10", examples = "10") BigDecimal spreadLimit,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid MemberInput> members) {
    }

    @Schema(name = "CouncilMember")
    public record MemberView(
            @Schema(examples = "dc-cauke-1") String username,
            @Schema(examples = "Võ Thanh Phong") String fullName,
            @Schema(nullable = true, examples = "Phó Chủ tịch UBND huyện") String position,
            boolean chair) {
    }

    @Schema(name = "Council")
    public record CouncilView(
            @Schema(examples = "1") Long roundId,
            @Schema(examples = "75") int quorumPercent,
            @Schema(examples = "10") BigDecimal spreadLimit,
            List<MemberView> members,
            @Schema(description = "The round's version (the ETag to send when editing the council)", examples = "1")
            long version) {
    }

    @Schema(name = "CloseRoundRequest")
    public record CloseRequest(
            @Schema(description = "The OPEN or SCORING round of the next level (same legal basis, a unit containing "
                    + "this round's) that receives the forwarded entries; required when any entry is forwarded",
                    examples = "2") Long forwardToRoundId) {
    }

    @Schema(name = "RoundDecisionRequest", description = "The recognition decision on a FINALIZED round's results")
    public record DecisionRequest(
            @NotBlank @Size(max = 60) @Schema(examples = "2680/QĐ-UBND") String number,
            @NotNull @PastOrPresent @Schema(examples = "2019-12-20") LocalDate decidedOn,
            @NotBlank @Size(max = 200) @Schema(examples = "Phó Chủ tịch UBND tỉnh Lê Văn Hẳn") String signer) {
    }

    // ---- entries ----

    @Schema(name = "EvaluationEntryRequest")
    public record EntryRequest(
            @NotNull @Schema(examples = "1") Long productId,
            @Schema(description = "The sheet to score on; by default the round version's sheet of the product's "
                    + "product set (required when the product set belongs to another legal basis)", examples = "51")
            Long rubricSheetId) {
    }

    @Schema(name = "CertificationRef", description = "A certification of the product or its producer at entry")
    public record CertificationRef(
            @Schema(examples = "FOOD_SAFETY") String type,
            @Schema(examples = "125/2019/NNPTNT-TV") String number,
            @Schema(examples = "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản Trà Vinh") String issuer,
            @Schema(examples = "2019-03-01") String issuedOn,
            @Schema(nullable = true, examples = "2022-03-01") String expiresOn) {
    }

    @Schema(name = "DossierSnapshot", description = "The product's dossier as it stood when entered; later edits "
            + "of the product do not change it")
    public record DossierSnapshot(
            @Schema(examples = "1") Long productId,
            @Schema(examples = "Mứt dừa sáp Cầu Kè") String name,
            @Schema(nullable = true, examples = "Mứt làm từ dừa sáp Cầu Kè") String description,
            @Schema(examples = "2019") Integer yearEntered,
            @Schema(examples = "1") Long producerId,
            @Schema(examples = "Hợp tác xã Dừa sáp Cầu Kè") String producerName,
            @Schema(examples = "COOPERATIVE") String producerType,
            @Schema(examples = "845") String districtCode,
            @Schema(nullable = true, examples = "29362") String communeCode,
            @Schema(examples = "1") Long productSetId,
            @Schema(examples = "1") Integer productSetNumber,
            @Schema(examples = "Rau, củ, quả, hạt tươi") String productSetName,
            @Schema(examples = "DECISION_1048_2019") String legalBasisCode,
            List<CertificationRef> certifications) {
    }

    @Schema(name = "EliminationRequest", description = "The sheet's elimination conditions the product meets (1048: "
            + "forged dossier, no food-safety certificate, no lab test...); an empty list clears them")
    public record EliminationRequest(
            @NotNull @Size(max = 20) @Schema(examples = "[12]") List<@NotNull Long> conditionIds,
            @Size(max = 2000) @Schema(examples = "Không có phiếu kiểm nghiệm chỉ tiêu ATTP") String note) {
    }

    @Schema(name = "LocalOriginRating", description = "The commune's rating of one local-origin item")
    public record LocalOriginRating(
            @NotNull @Schema(examples = "LOCAL_LABOUR") LocalOriginItem item,
            @NotNull @Schema(description = "The item is borne out by the dossier and the visit", examples = "true")
            Boolean confirmed,
            @Size(max = 1000) @Schema(nullable = true, examples = "Sử dụng 12 lao động tại xã") String note) {
    }

    @Schema(name = "DossierCheckRequest")
    public record DossierCheckRequest(
            @NotNull @Schema(examples = "PASSED") DossierStatus status,
            @Size(max = 2000) @Schema(description = "Required when FAILED", examples = "Hồ sơ đầy đủ, hợp lệ") String note,
            @Size(max = 4) @Schema(description = "Every local-origin item once; required when PASSED")
            List<@NotNull @Valid LocalOriginRating> localOrigin) {
    }

    @Schema(name = "DossierCheck")
    public record DossierCheckView(
            @Schema(examples = "PASSED") DossierStatus status,
            @Schema(nullable = true, examples = "Hồ sơ đầy đủ, hợp lệ") String note,
            List<LocalOriginRating> localOrigin,
            @Schema(examples = "office") String checkedBy,
            Instant checkedAt) {
    }

    @Schema(name = "EvaluationEntry")
    public record EntryView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "1") Long roundId,
            @Schema(examples = "1") Long productId,
            @Schema(examples = "Mứt dừa sáp Cầu Kè") String productName,
            @Schema(examples = "Hợp tác xã Dừa sáp Cầu Kè") String producerName,
            @Schema(nullable = true, examples = "51") Long rubricSheetId,
            DossierSnapshot snapshot,
            @Schema(nullable = true, description = "The entry of the lower level it was forwarded from", examples = "7")
            Long forwardedFromEntryId,
            @Schema(description = "Elimination conditions met", examples = "[]") List<Long> eliminatedBy,
            @Schema(nullable = true) String eliminationNote,
            @Schema(nullable = true, description = "The commune's dossier check (levels that do not score)")
            DossierCheckView dossierCheck,
            @Schema(description = "Members who recused themselves", examples = "[\"dc-cauke-3\"]") List<String> recusedMembers,
            @Schema(examples = "3") long submittedSheets,
            @Schema(nullable = true, description = "Set once the round is closed", examples = "FORWARDED")
            EntryOutcome outcome,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "office") String createdBy,
            Instant updatedAt,
            @Schema(examples = "office") String updatedBy) {
    }

    @Schema(name = "RecusalRequest")
    public record RecusalRequest(
            @NotBlank @Size(max = 1000) @Schema(examples = "Người thân của chủ thể sản xuất") String reason) {
    }

    @Schema(name = "Recusal")
    public record RecusalView(
            @Schema(examples = "1") Long entryId,
            @Schema(examples = "dc-cauke-3") String username,
            @Schema(examples = "Người thân của chủ thể sản xuất") String reason,
            Instant recusedAt) {
    }

    // ---- score sheets ----

    @Schema(name = "ScoreSheetCreateRequest")
    public record SheetCreateRequest(
            @NotNull @Schema(description = "The entry the caller scores", examples = "1") Long entryId) {
    }

    @Schema(name = "ScoreChoice", description = "The option chosen for one criterion")
    public record Choice(
            @NotNull @Schema(examples = "301") Long criterionId,
            @NotNull @Schema(examples = "1203") Long optionId) {
    }

    @Schema(name = "ScoreSheetUpdateRequest", description = "The options chosen so far (at most one per criterion; "
            + "replaces the previous choices). Totals are computed by the server.")
    public record SheetUpdateRequest(
            @NotNull @Size(max = 200) List<@NotNull @Valid Choice> choices,
            @Size(max = 2000) @Schema(examples = "Bao bì cần cải tiến") String comment) {
    }

    @Schema(name = "ReopenRequest")
    public record ReopenRequest(
            @NotBlank @Size(max = 1000) @Schema(examples = "Thành viên chấm nhầm tiêu chí C6.2") String reason) {
    }

    @Schema(name = "ScoreChoiceView")
    public record ChoiceView(
            @Schema(examples = "301") Long criterionId,
            @Schema(examples = "A1.3") String criterionCode,
            @Schema(examples = "1203") Long optionId,
            @Schema(examples = "3") int points) {
    }

    @Schema(name = "ScoreSheet")
    public record SheetView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "1") Long entryId,
            @Schema(examples = "1") Long roundId,
            @Schema(examples = "51") Long rubricSheetId,
            @Schema(examples = "dc-cauke-1") String memberUsername,
            @Schema(readOnly = true, examples = "DRAFT") SheetStatus status,
            List<ChoiceView> choices,
            @Schema(description = "Part code → points", examples = "{\"A\": 30, \"B\": 18, \"C\": 28}")
            Map<String, Integer> partTotals,
            @Schema(examples = "76") int total,
            @Schema(description = "Criteria without a chosen option", examples = "[\"C11.1\"]") List<String> unanswered,
            @Schema(nullable = true, examples = "Bao bì cần cải tiến") String comment,
            @Schema(description = "The member recused from the entry: the sheet does not count") boolean excluded,
            @Schema(description = "What the validator found in the rubric sheet scored on and its version (an ERROR "
                    + "is a deviation from the law the version was published with deliberately: who accepted it, "
                    + "when, why), errors first")
            List<RubricDtos.Finding> rubricFindings,
            @Schema(nullable = true) Instant submittedAt,
            @Schema(examples = "0") long version,
            Instant createdAt,
            Instant updatedAt) {
    }

    // ---- results ----

    @Schema(name = "EvaluationResult", description = "An entry's result as computed when its round closed")
    public record ResultView(
            @Schema(examples = "1") Long entryId,
            @Schema(examples = "1") Long roundId,
            @Schema(examples = "1") Long productId,
            @Schema(examples = "Mứt dừa sáp Cầu Kè") String productName,
            @Schema(examples = "Hợp tác xã Dừa sáp Cầu Kè") String producerName,
            @Schema(description = "Members who did not recuse", examples = "3") int eligibleMembers,
            @Schema(description = "Submitted sheets of eligible members", examples = "3") int submittedSheets,
            boolean chairSubmitted,
            boolean quorumMet,
            @Schema(nullable = true, description = "Mean of the submitted sheets' totals, two decimals",
                    examples = "72.33") BigDecimal mean,
            @Schema(nullable = true, examples = "70") Integer minTotal,
            @Schema(nullable = true, examples = "75") Integer maxTotal,
            @Schema(nullable = true, description = "maxTotal − minTotal", examples = "5") BigDecimal spread,
            @Schema(description = "max − min exceeds the council's spread limit") boolean spreadFlag,
            @Schema(nullable = true, description = "Stars of the band the mean falls in", examples = "4")
            Integer bandStars,
            @Schema(nullable = true,
                    description = "Stars after the star minimums; null when eliminated or without quorum",
                    examples = "4") Integer stars,
            @Schema(nullable = true) List<StarMinimums.Shortfall> shortfalls,
            @Schema(nullable = true, examples = "[]") List<Long> eliminatedBy,
            @Schema(nullable = true, description = "The commune's dossier check, at levels that do not score")
            DossierStatus dossierStatus,
            @Schema(examples = "FORWARDED") EntryOutcome outcome,
            @Schema(nullable = true, description = "The entry created in the next level's round", examples = "9")
            Long forwardedToEntryId,
            @Schema(nullable = true, examples = "2") Long forwardedToRoundId,
            Instant computedAt) {
    }
}
