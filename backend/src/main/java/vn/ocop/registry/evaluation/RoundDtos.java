package vn.ocop.registry.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.rubric.StarMinimums;

/** Evaluation rounds and their councils: requests and views. */
public final class RoundDtos {
    private RoundDtos() {
    }

    @Schema(description = "A round, or its edited header while OPEN")
    public record EvaluationRoundRequest(
            @Size(max = 300) @Schema(description = "Defaults to level, year and unit",
                    examples = "Đánh giá, phân hạng sản phẩm OCOP cấp huyện năm 2019 — Huyện Cầu Kè") String name,
            @NotNull @Min(2018) @Max(2100) @Schema(examples = "2019") Integer year,
            @NotNull @Schema(description = "A level of the legal basis's procedure",
                    examples = "DISTRICT") EvaluationLevel level,
            @NotBlank @Size(max = 10) @Schema(description = "The commune (COMMUNE), district (DISTRICT) or province "
                    + "(PROVINCIAL, and CENTRAL for the province's products at the centre)",
                    examples = "845") String adminUnitCode,
            @Size(max = 40) @Schema(nullable = true, description = "The legal basis in force on opensOn "
                    + "(GET /api/v1/legal-bases/in-force); taken when absent, another is refused",
                    examples = "DECISION_1048_2019") String legalBasisCode,
            @Schema(nullable = true, description = "A PUBLISHED rubric version, in effect on opensOn, of the basis "
                    + "whose sheets the legal basis uses (its own; 148's for 1489); the latest such version when absent",
                    examples = "1") Long rubricVersionId,
            @NotNull @Schema(examples = "2019-09-01") LocalDate opensOn,
            @NotNull @Schema(examples = "2019-10-31") LocalDate closesOn) {
    }

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
            @Schema(examples = "office") String updatedBy) implements Versioned {
    }

    public record CouncilMemberInput(
            @NotBlank @Size(max = 100) @Schema(description = "Keycloak username", examples = "dc-cauke-1") String username,
            @NotBlank @Size(max = 200) @Schema(examples = "Võ Thanh Phong") String fullName,
            @Size(max = 300) @Schema(examples = "Phó Chủ tịch UBND huyện") String position,
            @Email @Size(max = 200) @Schema(nullable = true, description = "Where the round's notices go (e.g. that "
                    + "scoring has started); none, no notice", examples = "phong.vt@travinh.gov.vn") String email,
            @Schema(description = "Exactly one member chairs", examples = "true") boolean chair) {
    }

    @Schema(description = "The whole council of a round; replaces the previous one")
    public record CouncilRequest(
            @Min(1) @Max(100) @Schema(description = "Share of eligible members whose submitted sheets make a quorum; "
                    + "default 75", examples = "75") Integer quorumPercent,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(
                    description = "Points by which members' totals may differ before the entry is flagged for "
                            + "re-discussion; default 10",
                    examples = "10") BigDecimal spreadLimit,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid CouncilMemberInput> members) {
    }

    public record MemberView(
            @Schema(examples = "dc-cauke-1") String username,
            @Schema(examples = "Võ Thanh Phong") String fullName,
            @Schema(nullable = true, examples = "Phó Chủ tịch UBND huyện") String position,
            @Schema(nullable = true, examples = "phong.vt@travinh.gov.vn") String email,
            boolean chair) {
    }

    public record Council(
            @Schema(examples = "1") Long roundId,
            @Schema(examples = "75") int quorumPercent,
            @Schema(examples = "10") BigDecimal spreadLimit,
            List<MemberView> members,
            @Schema(description = "The round's version (the ETag to send when editing the council)",
                    examples = "1") long version)
            implements
                Versioned {
    }

    public record CloseRoundRequest(
            @Schema(description = "The OPEN or SCORING round of the next level (same legal basis, a unit containing "
                    + "this round's) that receives the forwarded entries; required when any entry is forwarded",
                    examples = "2") Long forwardToRoundId) {
    }

    @Schema(description = "The recognition decision on a FINALIZED round's results")
    public record RoundDecisionRequest(
            @NotBlank @Size(max = 60) @Schema(examples = "2680/QĐ-UBND") String number,
            @NotNull @PastOrPresent @Schema(examples = "2019-12-20") LocalDate decidedOn,
            @NotBlank @Size(max = 200) @Schema(examples = "Phó Chủ tịch UBND tỉnh Lê Văn Hẳn") String signer) {
    }

    @Schema(description = "An entry's result as computed when its round closed")
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
            @Schema(nullable = true, description = "Stars of the band the mean falls in", examples = "4") Integer bandStars,
            @Schema(nullable = true,
                    description = "Stars after the star minimums; null when eliminated or without quorum",
                    examples = "4") Integer stars,
            @Schema(nullable = true) List<StarMinimums.StarShortfall> shortfalls,
            @Schema(nullable = true, examples = "[]") List<Long> eliminatedBy,
            @Schema(nullable = true,
                    description = "The commune's dossier check, at levels that do not score") DossierStatus dossierStatus,
            @Schema(examples = "FORWARDED") EntryOutcome outcome,
            @Schema(nullable = true, description = "The entry created in the next level's round",
                    examples = "9") Long forwardedToEntryId,
            @Schema(nullable = true, examples = "2") Long forwardedToRoundId,
            Instant computedAt) {
    }
}
