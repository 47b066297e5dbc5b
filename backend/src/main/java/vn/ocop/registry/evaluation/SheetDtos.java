package vn.ocop.registry.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;
import vn.ocop.registry.rubric.RubricDtos;

/** Council members' score sheets and their choices. */
public final class SheetDtos {
    private SheetDtos() {
    }

    public record ScoreSheetCreateRequest(
            @NotNull @Schema(description = "The entry the caller scores", examples = "1") Long entryId) {
    }

    @Schema(description = "The option chosen for one criterion")
    public record ScoreChoiceInput(
            @NotNull @Schema(examples = "301") Long criterionId,
            @NotNull @Schema(examples = "1203") Long optionId) {
    }

    @Schema(description = "The options chosen so far, replacing the previous choices: at most one per criterion "
            + "(where a criterion has alternative scales, `case`, the option of the case that applies), any number for "
            + "a SUM_OF_SELECTED criterion (one choice per ticked option; none ticked counts 0). Totals are computed by "
            + "the server.")
    public record ScoreSheetUpdateRequest(
            @NotNull @Size(max = 200) List<@NotNull @Valid ScoreChoiceInput> choices,
            @Size(max = 2000) @Schema(examples = "Bao bì cần cải tiến") String comment) {
    }

    public record ReopenRequest(
            @NotBlank @Size(max = 1000) @Schema(examples = "Thành viên chấm nhầm tiêu chí C6.2") String reason) {
    }

    public record ScoreChoiceView(
            @Schema(examples = "301") Long criterionId,
            @Schema(examples = "A1.3") String criterionCode,
            @Schema(examples = "1203") Long optionId,
            @Schema(examples = "3") int points) {
    }

    public record ScoreSheetView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "1") Long entryId,
            @Schema(examples = "1") Long roundId,
            @Schema(examples = "51") Long rubricSheetId,
            @Schema(examples = "dc-cauke-1") String memberUsername,
            @Schema(readOnly = true, examples = "DRAFT") SheetStatus status,
            List<ScoreChoiceView> choices,
            @Schema(description = "Part code → points",
                    examples = "{\"A\": 30, \"B\": 18, \"C\": 28}") Map<String, Integer> partTotals,
            @Schema(examples = "76") int total,
            @Schema(description = "Criteria without a chosen option", examples = "[\"C11.1\"]") List<String> unanswered,
            @Schema(nullable = true, examples = "Bao bì cần cải tiến") String comment,
            @Schema(description = "The member recused from the entry: the sheet does not count") boolean excluded,
            @Schema(description = "What the validator found in the rubric sheet scored on and its version (an ERROR "
                    + "is a deviation from the law the version was published with deliberately: who accepted it, "
                    + "when, why), errors first") List<RubricDtos.RubricFindingView> rubricFindings,
            @Schema(nullable = true) Instant submittedAt,
            @Schema(examples = "0") long version,
            Instant createdAt,
            Instant updatedAt) implements Versioned {
    }
}
