package vn.ocop.registry.rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.Text;

/**
 * A score sheet in the shape of the official sheet files (shared/data/rubrics): the bundled sheets are
 * imported from it and the OCOP office uploads sheets in it. Fields of those files that are not listed
 * here (sources, confidence, validation...) are ignored.
 */
@Schema(description = "A score sheet in the shape of the official sheet files")
public record RubricSheetDocument(
        @NotNull @Valid RubricSheetDocumentInfo sheet,
        @Size(max = 2000) @Schema(description = "Elimination conditions as printed, joined by 'hoặc' (1048)",
                examples = "Giả mạo hồ sơ hoặc không có phiếu kiểm nghiệm các chỉ tiêu ATTP") String disqualifiedWhen,
        @Size(max = 20) @Schema(
                description = "Elimination conditions one by one; takes precedence over disqualifiedWhen") List<@NotBlank @Size(
                        max = 1000) String> eliminationConditions,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid RubricSheetDocumentPart> parts) {

    /** Splits "A hoặc không B hoặc tương đương hoặc không C" before each "không"/"Giả mạo", not inside a condition. */
    private static final int MAX_NOTES = 4000;
    private static final Pattern CONDITION_SEPARATOR = Pattern.compile("\\s+hoặc\\s+(?=không\\b|Giả mạo\\b)");

    public record RubricSheetDocumentInfo(
            @NotNull @Min(1) @Max(99) @Schema(description = "Product set number within the legal basis",
                    examples = "7") Integer number,
            @NotBlank @Size(max = 300) @JsonAlias("sheetName") @Schema(examples = "Chế biến từ rau, củ, quả, hạt") String name,
            @Size(max = 300) @Schema(examples = "Thực phẩm") String industry,
            @Size(max = 300) @Schema(examples = "Thực phẩm chế biến") String group,
            @Size(max = 300) @Schema(examples = "Nông nghiệp và Phát triển nông thôn") String managingMinistry) {
    }

    public record RubricSheetDocumentPart(
            @NotBlank @Size(max = 5) @Schema(examples = "C") String code,
            @NotBlank @Size(max = 300) @Schema(examples = "Chất lượng sản phẩm") String title,
            @NotNull @Min(0) @Max(100) @Schema(examples = "35") Integer maxPoints,
            @Size(max = 10) @Schema(
                    description = "Notes about the part's reliability in the source; kept as WARNING findings") List<@NotBlank @Size(
                            max = 1000) String> issues,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid RubricSheetDocumentCriterion> criteria) {
    }

    public record RubricSheetDocumentCriterion(
            @NotBlank @Size(max = 20) @Schema(examples = "C6.4") String code,
            @Size(max = 20) @Schema(examples = "d)") String sourceNumber,
            @Size(max = 300) @Schema(examples = "6. CHỈ TIÊU CẢM QUAN") String group,
            @Min(0) @Max(100) @Schema(examples = "16") Integer groupMaxPoints,
            @Size(max = 300) @Schema(description = "Sub-group of a nested criterion",
                    examples = "6.1 Ngoại hình") String subgroup,
            @Min(0) @Max(100) @Schema(description = "The sub-group's printed total", examples = "4") Integer subgroupMaxPoints,
            @NotBlank @Size(max = 2000) @Schema(examples = "Mùi") String text,
            @NotNull @Min(0) @Max(100) @Schema(examples = "4") Integer maxPoints,
            @Schema(description = "Absent: ONE_OPTION", examples = "ONE_OPTION") ScoringRule scoringRule,
            @Schema(description = "Star level (3–5) → minimum points",
                    examples = "{\"4\": 2, \"5\": 3}") Map<@NotNull @Min(3) @Max(5) Integer, @NotNull @Min(0) @Max(100) Integer> starMinimums,
            @Size(max = 10) List<@NotBlank @Size(max = 1000) String> notes,
            @Size(max = 10) @Schema(
                    description = "Notes about the source's reliability; kept as WARNING findings") List<@NotBlank @Size(
                            max = 1000) String> issues,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid RubricSheetDocumentOption> options) {
    }

    public record RubricSheetDocumentOption(
            @NotBlank @Size(max = 2000) @Schema(examples = "Có mùi đặc trưng của sản phẩm") String text,
            @Min(0) @Max(100) @Schema(description = "Null where the source printed none (an ERROR finding)",
                    examples = "3") Integer points,
            @Min(3) @Max(5) @Schema(examples = "4") Integer requiredForStars,
            @JsonProperty("case") @Size(max = 300) @Schema(
                    examples = "a. Trường hợp 1: Công ty TNHH 2 thành viên trở lên") String caseLabel,
            @Size(max = 1000) String note,
            @Size(max = 1000) @Schema(
                    description = "A note about the source's reliability; kept as a WARNING finding") String issue) {
    }

    /** The elimination conditions, one by one. */
    public List<String> conditions() {
        if (eliminationConditions != null && !eliminationConditions.isEmpty()) {
            return eliminationConditions;
        }
        List<String> out = new ArrayList<>();
        String text = Text.clean(disqualifiedWhen);
        if (text != null) {
            for (String piece : CONDITION_SEPARATOR.split(text)) {
                out.add(piece.strip());
            }
        }
        return out;
    }

    /** What makes the document unusable (a 400), as opposed to the inconsistencies the validator reports. */
    public List<Problem.FieldError> problems() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> partCodes = new HashSet<>();
        Set<String> criterionCodes = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            RubricSheetDocumentPart p = parts.get(i);
            if (!partCodes.add(p.code())) {
                errors.add(new Problem.FieldError("parts[" + i + "].code", "appears twice in the sheet"));
            }
            for (int j = 0; j < p.criteria().size(); j++) {
                RubricSheetDocumentCriterion c = p.criteria().get(j);
                String field = "parts[" + i + "].criteria[" + j + "]";
                if (!criterionCodes.add(c.code())) {
                    errors.add(new Problem.FieldError(field + ".code", "appears twice in the sheet"));
                }
                if (c.notes() != null && String.join("\n", c.notes()).length() > MAX_NOTES) {
                    errors.add(new Problem.FieldError(field + ".notes", "must be at most " + MAX_NOTES
                            + " characters together"));
                }
            }
        }
        return errors;
    }

    /** A stored sheet as a document, to copy it into another version. */
    static RubricSheetDocument of(RubricSheet s, List<RubricDtos.RubricSheetPartView> parts,
            List<RubricDtos.RubricEliminationConditionView> conditions) {
        return new RubricSheetDocument(
                new RubricSheetDocumentInfo(s.number, s.name, s.industry, s.groupName, s.managingMinistry), null,
                conditions.stream().map(RubricDtos.RubricEliminationConditionView::text).toList(),
                parts.stream().map(p -> new RubricSheetDocumentPart(p.code(), p.title(), p.maxPoints(), null, p.criteria()
                        .stream()
                        .map(c -> new RubricSheetDocumentCriterion(c.code(), c.sourceNumber(), c.group(), c.groupMaxPoints(),
                                c.subgroup(), c.subgroupMaxPoints(), c.text(), c.maxPoints(), c.scoringRule(),
                                c.starMinimums(), c.notes(), null, c.options().stream()
                                        .map(o -> new RubricSheetDocumentOption(o.text(), o.points(), o.requiredForStars(),
                                                o.caseLabel(),
                                                o.note(), null))
                                        .toList()))
                        .toList())).toList());
    }
}
