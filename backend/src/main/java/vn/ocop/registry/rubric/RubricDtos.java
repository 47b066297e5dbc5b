package vn.ocop.registry.rubric;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.ocop.registry.common.Versioned;

public final class RubricDtos {
    private RubricDtos() {
    }

    @Schema(description = "An official part total of a version")
    public record RubricPartTotal(
            @NotBlank @Pattern(regexp = "[A-Z]{1,5}",
                    message = "must be 1–5 capital letters") @Schema(examples = "A") String code,
            @NotBlank @Size(max = 300) @Schema(examples = "Sản phẩm và sức mạnh của cộng đồng") String title,
            @NotNull @Min(0) @Max(100) @Schema(examples = "35") Integer maxPoints) {
    }

    @Schema(description = "minScore ≤ mean < maxScoreExclusive; no maxScoreExclusive: up to 100 inclusive")
    public record StarBand(
            @NotNull @Min(1) @Max(5) @Schema(examples = "4") Integer stars,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3,
                    fraction = 2) @Schema(examples = "70") BigDecimal minScore,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(nullable = true,
                    examples = "90") BigDecimal maxScoreExclusive) {
    }

    @Schema(description = "ERROR: found by the validator, blocks publishing unless accepted "
            + "deliberately (who, when, why are shown); WARNING: a note of the source")
    public record RubricFindingView(
            FindingSeverity severity,
            @Schema(examples = "PART_TOTAL") String code,
            @Schema(description = "Criterion code, part code, group name or 'version'", examples = "C") String subject,
            @Schema(examples = "part C: best options sum to 34, official total 35") String message,
            @Schema(description = "An ERROR finding the version was published with, deliberately") boolean accepted,
            @Schema(nullable = true, examples = "system/seed") String acceptedBy,
            @Schema(nullable = true) Instant acceptedAt,
            @Schema(nullable = true,
                    examples = "Công bố đúng như văn bản gốc của Quyết định 148/QĐ-TTg") String acceptanceReason) {

        RubricFindingView(FindingSeverity severity, String code, String subject, String message) {
            this(severity, code, subject, message, false, null, null, null);
        }

        static RubricFindingView error(String code, String subject, String message) {
            return new RubricFindingView(FindingSeverity.ERROR, code, subject, message);
        }
    }

    @Schema(description = "Optional. A version with ERROR findings is published only "
            + "deliberately: list the code of every ERROR finding it carries and say why it is published as it is")
    public record RubricPublishRequest(
            @Size(max = 50) @Schema(examples = "[\"PART_TOTAL\", \"CRITERION_MAX\", \"SHEET_TOTAL\"]") List<@NotBlank @Size(
                    max = 40) String> acceptedFindings,
            @Size(max = 2000) @Schema(
                    examples = "Công bố đúng như văn bản gốc của Quyết định 148/QĐ-TTg; chờ văn bản đính chính") String reason) {
    }

    @Schema(description = "A new DRAFT version (optionally a copy of another version "
            + "of the same legal basis, sheets included) or the edited header of a DRAFT")
    public record RubricVersionRequest(
            @NotBlank @Size(max = 40) @Schema(examples = "DECISION_26_2026") String legalBasisCode,
            @NotBlank @Size(max = 300) @Schema(examples = "Bộ tiêu chí OCOP 26/2026 (bản sửa lỗi phiếu 7)") String name,
            @NotNull @Schema(examples = "2026-07-21") LocalDate effectiveFrom,
            @Schema(examples = "2029-12-31") LocalDate effectiveTo,
            @Schema(description = "Create only: copy part totals, star bands and every sheet of this version",
                    examples = "101") Long copyOfVersionId,
            @Size(max = 10) @Schema(description = "Required unless copying") List<@NotNull @Valid RubricPartTotal> parts,
            @Size(max = 10) @Schema(description = "Required unless copying") List<@NotNull @Valid StarBand> starBands) {
    }

    public record RubricVersionView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "DECISION_1048_2019") String legalBasisCode,
            @Schema(examples = "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP — Quyết định 1048/QĐ-TTg") String name,
            @Schema(examples = "PUBLISHED") RubricStatus status,
            @Schema(examples = "2019-08-21") LocalDate effectiveFrom,
            @Schema(nullable = true, examples = "2023-02-23") LocalDate effectiveTo,
            List<RubricPartTotal> parts,
            List<StarBand> starBands,
            @Schema(examples = "3") long sheetCount,
            @Schema(description = "Sheets with ERROR findings", examples = "0") long invalidSheetCount,
            @Schema(description = "No ERROR finding in the version or any of its sheets") boolean valid,
            @Schema(description = "The version new rounds of its legal basis score on: its newest published version "
                    + "(latest effectiveFrom, then latest publication); older ones stay for the evaluations scored on "
                    + "them") boolean current,
            @Schema(description = "Findings about the version itself (bands, part totals)") List<RubricFindingView> findings,
            @Schema(nullable = true) Instant publishedAt,
            @Schema(nullable = true, examples = "office") String publishedBy,
            @Schema(examples = "1") long version,
            Instant createdAt,
            @Schema(examples = "system") String createdBy,
            Instant updatedAt,
            @Schema(examples = "system") String updatedBy) implements Versioned {
    }

    public record RubricSheetSummary(
            @Schema(examples = "51") Long id,
            @Schema(examples = "1") Long rubricVersionId,
            @Schema(examples = "33") Long productSetId,
            @Schema(examples = "7") int number,
            @Schema(examples = "Chế biến từ rau, củ, quả, hạt") String name,
            @Schema(nullable = true, examples = "Thực phẩm") String industry,
            @Schema(nullable = true, examples = "Thực phẩm chế biến") String groupName,
            @Schema(examples = "32") long criterionCount,
            @Schema(description = "Sum of every criterion's best option", examples = "100") long totalPoints,
            boolean valid,
            List<RubricFindingView> findings) {
    }

    @Schema(description = "A score sheet with its parts, criteria and options")
    public record RubricSheetView(
            @Schema(examples = "51") Long id,
            @Schema(examples = "1") Long rubricVersionId,
            @Schema(examples = "DECISION_148_2023") String legalBasisCode,
            @Schema(description = "Status of the version the sheet belongs to", examples = "PUBLISHED") RubricStatus status,
            @Schema(examples = "33") Long productSetId,
            @Schema(examples = "7") int number,
            @Schema(examples = "Chế biến từ rau, củ, quả, hạt") String name,
            @Schema(nullable = true, examples = "Thực phẩm") String industry,
            @Schema(nullable = true, examples = "Thực phẩm chế biến") String groupName,
            @Schema(nullable = true, examples = "Nông nghiệp và Phát triển nông thôn") String managingMinistry,
            @Schema(description = "Sum of every criterion's best option", examples = "99") int totalPoints,
            boolean valid,
            List<RubricFindingView> findings,
            List<RubricEliminationConditionView> eliminationConditions,
            List<RubricSheetPartView> parts,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "system") String createdBy,
            Instant updatedAt,
            @Schema(examples = "system") String updatedBy) implements Versioned {
    }

    public record RubricEliminationConditionView(
            @Schema(examples = "12") Long id,
            @Schema(examples = "Giả mạo hồ sơ") String text) {
    }

    public record RubricSheetPartView(
            @Schema(examples = "C") String code,
            @Schema(examples = "Chất lượng sản phẩm") String title,
            @Schema(description = "The maximum printed on the sheet", examples = "35") int maxPoints,
            @Schema(description = "Sum of the criteria's best options", examples = "34") int bestTotal,
            List<RubricCriterionView> criteria) {

        static RubricSheetPartView of(String code, String title, int maxPoints, List<RubricCriterionView> criteria) {
            return new RubricSheetPartView(code, title, maxPoints,
                    criteria.stream().mapToInt(RubricCriterionView::bestPoints).sum(), criteria);
        }
    }

    public record RubricCriterionView(
            @Schema(examples = "301") Long id,
            @Schema(examples = "A1.3") String code,
            @Schema(nullable = true, description = "Numbering in the source", examples = "c)") String sourceNumber,
            @Schema(nullable = true, examples = "1. TỔ CHỨC SẢN XUẤT") String group,
            @Schema(nullable = true, examples = "18") Integer groupMaxPoints,
            @Schema(nullable = true, description = "The sub-group of a nested criterion (tea, coffee sensory blocks)",
                    examples = "6.1 Ngoại hình") String subgroup,
            @Schema(nullable = true, description = "The sub-group's printed total", examples = "4") Integer subgroupMaxPoints,
            @Schema(examples = "Năng lực sản xuất để đáp ứng yêu cầu phân phối") String text,
            @Schema(examples = "3") int maxPoints,
            @Schema(description = "ONE_OPTION: choose one option (of one case, where the options carry cases); "
                    + "SUM_OF_SELECTED: tick any options, their points add up (none ticked: 0)",
                    examples = "ONE_OPTION") ScoringRule scoringRule,
            @Schema(description = "The alternative scales (cases) of the criterion, in sheet order; choose the one that "
                    + "applies, then one of its options", examples = "[]") List<String> cases,
            @Schema(description = "Star level → points this criterion must reach for that ranking",
                    examples = "{\"4\": 2, \"5\": 3}") Map<Integer, Integer> starMinimums,
            List<String> notes,
            List<RubricOptionView> options) {

        /** A one-option criterion without sub-group. */
        public RubricCriterionView(Long id, String code, String sourceNumber, String group, Integer groupMaxPoints,
                String text, int maxPoints, Map<Integer, Integer> starMinimums, List<String> notes,
                List<RubricOptionView> options) {
            this(id, code, sourceNumber, group, groupMaxPoints, null, null, text, maxPoints, ScoringRule.ONE_OPTION,
                    casesOf(options), starMinimums, notes, options);
        }

        static List<String> casesOf(List<RubricOptionView> options) {
            return options.stream().map(RubricOptionView::caseLabel).filter(java.util.Objects::nonNull).distinct().toList();
        }

        /**
         * The most the criterion gives: its best option (of the best case), or for SUM_OF_SELECTED the sum of all its
         * options; options without points count as nothing.
         */
        public int bestPoints() {
            var points = options.stream().filter(o -> o.points() != null).mapToInt(RubricOptionView::points);
            return scoringRule == ScoringRule.SUM_OF_SELECTED ? points.sum() : points.max().orElse(0);
        }
    }

    public record RubricOptionView(
            @Schema(examples = "1201") Long id,
            @Schema(examples = "Có năng lực, quy mô sản xuất trung bình") String text,
            @Schema(nullable = true, description = "Null where the source printed no points (see findings)",
                    examples = "2") Integer points,
            @Schema(nullable = true, description = "The star level this option is the minimum for",
                    examples = "4") Integer requiredForStars,
            @JsonProperty("case") @Schema(nullable = true, description = "Alternative option set (1048 criterion 3.2)",
                    examples = "b. Trường hợp 2: Công ty TNHH 1 thành viên, doanh nghiệp tư nhân, hộ gia đình") String caseLabel,
            @Schema(nullable = true) String note) {
    }

    @Schema(description = "One chosen option per criterion, and the elimination "
            + "conditions the product meets (if any)")
    public record ScorePreviewRequest(
            @NotNull @Size(max = 200) @Schema(examples = "[1201, 1205]") List<@NotNull Long> optionIds,
            @Size(max = 20) List<@NotNull Long> eliminationConditionIds) {
    }

    @Schema(description = "What a complete sheet with these options scores and ranks")
    public record ScorePreview(
            @Schema(examples = "72") int total,
            @Schema(description = "Part code → points",
                    examples = "{\"A\": 30, \"B\": 17, \"C\": 25}") Map<String, Integer> parts,
            @Schema(description = "Stars of the band the total falls in", examples = "4") int bandStars,
            @Schema(nullable = true, description = "Stars after the star minimums; null when eliminated",
                    examples = "3") Integer stars,
            @Schema(description = "Criteria below the minimum of a star level up to bandStars") List<StarMinimums.StarShortfall> shortfalls,
            boolean eliminated,
            @Schema(description = "Elimination conditions met") List<Long> eliminatedBy) {
    }
}
