package vn.ocop.registry.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;

public final class ProcedureDtos {
    private ProcedureDtos() {
    }

    @Schema(description = "A level of the procedure; levels are ordered COMMUNE < DISTRICT "
            + "< PROVINCIAL < CENTRAL and a forwarded product goes to the next one the procedure has")
    public record ProcedureLevelView(
            @NotNull @Schema(examples = "PROVINCIAL") EvaluationLevel level,
            @NotNull @Schema(description = "Checks the producer's dossier", examples = "true") Boolean checksDossier,
            @NotNull @Schema(description = "Rates the local-origin criteria (26/2026: the commune)",
                    examples = "false") Boolean ratesLocalOrigin,
            @NotNull @Schema(description = "Its council scores products on the score sheets", examples = "true") Boolean scores,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(nullable = true,
                    description = "Mean score from which a product goes to the next level",
                    examples = "90") BigDecimal forwardMinScore,
            @Min(1) @Max(5) @Schema(nullable = true, description = "Lowest star level this level recognises",
                    examples = "3") Integer minRecognisedStars,
            @Min(1) @Max(5) @Schema(nullable = true, description = "Highest star level this level recognises",
                    examples = "4") Integer maxRecognisedStars,
            @Size(max = 1000) @Schema(nullable = true,
                    examples = "Hội đồng cấp tỉnh chấm điểm; Chủ tịch UBND tỉnh công nhận 3–4 sao.") String description) {
    }

    public record ProcedureRequest(
            @NotBlank @Size(max = 300) @Schema(
                    examples = "Quy trình đánh giá, phân hạng sản phẩm OCOP theo Quyết định 26/2026/QĐ-TTg") String name,
            @Size(max = 2000) String description,
            @NotEmpty @Size(max = 4) List<@NotNull @Valid ProcedureLevelView> levels) {
    }

    public record ProcedureView(
            @Schema(examples = "3") Long id,
            @Schema(examples = "DECISION_26_2026") String legalBasisCode,
            @Schema(examples = "Quy trình đánh giá, phân hạng sản phẩm OCOP theo Quyết định 26/2026/QĐ-TTg") String name,
            @Schema(nullable = true) String description,
            List<ProcedureLevelView> levels,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "system") String createdBy,
            Instant updatedAt,
            @Schema(examples = "office") String updatedBy) implements Versioned {
    }
}
