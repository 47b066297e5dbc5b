package vn.ocop.registry.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;

public final class SalesContractDtos {
    /** 1,000 billion đồng: far above any OCOP price, low enough that totals never overflow. */
    static final long MAX_UNIT_PRICE_VND = 1_000_000_000_000L;

    private SalesContractDtos() {
    }

    public record SalesContractLineRequest(
            @NotNull @Schema(examples = "12") Long productId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 11, fraction = 3) @Schema(
                    description = "Greater than 0, up to 3 decimals", examples = "500") BigDecimal quantity,
            @NotBlank @Size(max = 20) @Schema(examples = "hộp") String unit,
            @PositiveOrZero @Max(MAX_UNIT_PRICE_VND) @Schema(description = "Whole đồng per unit; optional",
                    examples = "45000") Long unitPriceVnd) {
    }

    public record SalesContractRequest(
            @NotBlank @Size(max = 50) @Schema(description = "Unique per partner",
                    examples = "HĐ-2019/COOP-TV-07") String number,
            @NotNull @Schema(examples = "1") Long partnerId,
            @NotNull @Schema(description = "The selling producer; its district owns the contract",
                    examples = "3") Long producerId,
            @NotEmpty @Size(max = 200) @Valid List<@NotNull SalesContractLineRequest> lines,
            @NotNull @Schema(examples = "2019-10-15") LocalDate signedOn,
            @NotNull @Schema(examples = "2019-11-01") LocalDate startsOn,
            @Schema(description = "Not before startsOn; open-ended when absent", examples = "2020-10-31") LocalDate endsOn,
            @PositiveOrZero @Schema(description = "Whole đồng. Computed from the lines when each has a price; a "
                    + "different value is refused", examples = "22500000") Long totalValueVnd) {
    }

    public record SalesContractTransition(
            @Size(max = 2000) @Schema(examples = "Hai bên thỏa thuận chấm dứt trước hạn") String note) {
    }

    public record SalesContractLineView(
            @Schema(examples = "12") long productId,
            @Schema(examples = "Trà Sâm Đinh Lăng") String productName,
            @Schema(examples = "500") BigDecimal quantity,
            @Schema(examples = "hộp") String unit,
            @Schema(nullable = true, examples = "45000") Long unitPriceVnd,
            @Schema(nullable = true, description = "quantity × unitPriceVnd, rounded; absent without a price",
                    examples = "22500000") Long valueVnd) {
    }

    public record SalesContractView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "HĐ-2019/COOP-TV-07") String number,
            @Schema(examples = "1") long partnerId,
            @Schema(examples = "Saigon Co.op") String partnerName,
            @Schema(examples = "3") long producerId,
            @Schema(examples = "Cơ sở Trà Thảo Mộc Thanh Hiền") String producerName,
            @Schema(nullable = true, examples = "842") String districtCode,
            @Schema(nullable = true, examples = "Thành phố Trà Vinh") String districtName,
            List<SalesContractLineView> lines,
            @Schema(examples = "2019-10-15") LocalDate signedOn,
            @Schema(examples = "2019-11-01") LocalDate startsOn,
            @Schema(nullable = true, examples = "2020-10-31") LocalDate endsOn,
            @Schema(nullable = true, examples = "22500000") Long totalValueVnd,
            @Schema(description = "Changed only by the activate, complete and terminate actions") SalesContractStatus status,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "do-travinh") String createdBy,
            Instant updatedAt,
            @Schema(examples = "do-travinh") String updatedBy) implements Versioned {
    }
}
