package vn.ocop.registry.commerce;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;

public final class PointOfSaleDtos {
    private PointOfSaleDtos() {
    }

    public record PointOfSaleRequest(
            @NotBlank @Size(max = 300) @Schema(examples = "Cửa hàng OCOP Trà Vinh") String name,
            @NotNull @Schema(examples = "OCOP_SHOP") PointOfSaleKind kind,
            @Size(max = 500) @Schema(examples = "Số 12 Phạm Thái Bường, phường 3, thành phố Trà Vinh") String address,
            @NotBlank @Size(max = 10) @Schema(
                    description = "Admin-unit code of the commune, ward or township (today's map) or, for points "
                            + "recorded before 2025-07-01, the district-level unit that owns the point of sale",
                    examples = "29242") String adminUnitCode,
            @Size(max = 300) @Schema(examples = "Hợp tác xã Thương mại Dịch vụ Trà Vinh") String operator,
            @Size(max = 500) @Schema(description = "Products offered, of any district",
                    examples = "[12, 13]") List<@NotNull Long> productIds) {
    }

    public record PointOfSaleView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "Cửa hàng OCOP Trà Vinh") String name,
            PointOfSaleKind kind,
            @Schema(nullable = true, examples = "Số 12 Phạm Thái Bường, phường 3, thành phố Trà Vinh") String address,
            @Schema(examples = "842") String adminUnitCode,
            @Schema(examples = "Thành phố Trà Vinh") String adminUnitName,
            @Schema(nullable = true, examples = "Hợp tác xã Thương mại Dịch vụ Trà Vinh") String operator,
            List<ProductSummary> products,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "do-travinh") String createdBy,
            Instant updatedAt,
            @Schema(examples = "do-travinh") String updatedBy) implements Versioned {
    }
}
