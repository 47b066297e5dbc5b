package vn.ocop.registry.product;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;
import vn.ocop.registry.producer.ProducerDtos.PlacedUnit;

public final class ProductDtos {
    private ProductDtos() {
    }

    public record ProductRequest(
            @NotBlank @Size(max = 300) @Schema(examples = "Chả Hoa") String name,
            @Size(max = 4000) @Schema(examples = "Chả lụa truyền thống làm từ thịt heo nạc, gói lá chuối") String description,
            @NotNull @Schema(description = "The producer; the product's district is the producer's",
                    examples = "1") Long producerId,
            @NotNull @Schema(description = "Product set (bộ sản phẩm); the group follows from it",
                    examples = "8") Long productSetId,
            @NotNull @Min(2018) @Max(2100) @Schema(description = "Year the product entered the OCOP programme",
                    examples = "2019") Integer yearEntered,
            @NotNull @Schema(examples = "ACTIVE") ProductStatus status) {
    }

    public record ProductView(
            @Schema(examples = "1") Long id,
            @Schema(examples = "Chả Hoa") String name,
            @Schema(nullable = true, examples = "Chả lụa truyền thống làm từ thịt heo nạc, gói lá chuối") String description,
            @Schema(examples = "1") Long producerId,
            @Schema(examples = "Cơ sở Chả Hoa") String producerName,
            @Schema(nullable = true, description = "The producer's district", examples = "842") String districtCode,
            @Schema(nullable = true, examples = "Thành phố Trà Vinh") String districtName,
            @Schema(nullable = true, description = "The producer's commune of registration (its version of then)",
                    examples = "29308") String communeCode,
            @Schema(nullable = true,
                    description = "The commune the producer lies in today, through the successions") PlacedUnit communeToday,
            @Schema(examples = "8") Long productSetId,
            @Schema(examples = "8") int productSetNumber,
            @Schema(examples = "Chế biến từ thịt, trứng, sữa") String productSetName,
            @Schema(examples = "DECISION_1048_2019") String legalBasisCode,
            @Schema(examples = "FOOD") String groupCode,
            @Schema(examples = "Thực phẩm") String groupName,
            @Schema(examples = "2019") int yearEntered,
            @Schema(examples = "ACTIVE") ProductStatus status,
            @Schema(readOnly = true, nullable = true, minimum = "3", maximum = "5", description = "Stars of the product's "
                    + "latest OCOP certificate while it is VALID or EXPIRING; null without a live certificate. Derived, "
                    + "never set by clients.") Integer currentStars,
            @Schema(readOnly = true, nullable = true, description = "Status of the product's latest OCOP certificate "
                    + "(VALID, EXPIRING, EXPIRED, REVOKED); null when it has none. Derived, never set by clients.") OcopCertificateStatus certificateStatus,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "do-travinh") String createdBy,
            Instant updatedAt,
            @Schema(examples = "do-travinh") String updatedBy) implements Versioned {
    }

    @Schema(description = "A photo of a product; its format was checked from its content")
    public record PhotoView(
            @Schema(examples = "3") Long id,
            @Schema(examples = "1") Long productId,
            @Schema(nullable = true, examples = "cha-hoa.jpg") String fileName,
            @Schema(examples = "image/jpeg") String contentType,
            @Schema(examples = "48213") long sizeBytes,
            @Schema(examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @Schema(examples = "do-travinh") String uploadedBy,
            Instant uploadedAt,
            @Schema(description = "Where to fetch the image", examples = "/api/v1/products/1/photos/3") String href) {

        static PhotoView of(ProductPhoto p) {
            return new PhotoView(p.id, p.productId, p.fileName, p.contentType, p.sizeBytes, p.sha256, p.uploadedBy,
                    p.uploadedAt, "/api/v1/products/" + p.productId + "/photos/" + p.id);
        }
    }
}
