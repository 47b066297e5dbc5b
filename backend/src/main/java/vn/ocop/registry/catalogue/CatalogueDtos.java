package vn.ocop.registry.catalogue;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.product.OcopCertificateStatus;
import vn.ocop.registry.recognition.RevocationReason;

/** What the public may see: no phone, e-mail, tax code or representative. */
public final class CatalogueDtos {
    private CatalogueDtos() {
    }

    @Schema(description = "A certified product as the public sees it")
    public record PublicProduct(
            Long productId,
            @Schema(examples = "Chả Hoa") String productName,
            @Schema(examples = "Cơ sở Chả Hoa Tâm Tâm") String producerName,
            @Schema(nullable = true, examples = "842") String districtCode,
            @Schema(nullable = true, examples = "Thành phố Trà Vinh") String districtName,
            @Schema(examples = "FOOD") String groupCode,
            @Schema(examples = "Thực phẩm") String groupName,
            @Schema(examples = "4") int stars,
            @Schema(description = "Status of the product's latest certificate") OcopCertificateStatus certificateStatus,
            LocalDate validUntil,
            @Schema(examples = "K7M2Q9XW4T") String publicCode) {
    }

    @Schema(description = "The public status of one OCOP certificate")
    public record PublicCertificate(
            @Schema(examples = "K7M2Q9XW4T") String publicCode,
            OcopCertificateStatus status,
            @Schema(examples = "Còn hiệu lực") String statusText,
            @Schema(examples = "Chả Hoa") String productName,
            @Schema(examples = "Cơ sở Chả Hoa Tâm Tâm") String producerName,
            @Schema(nullable = true, examples = "Thành phố Trà Vinh") String districtName,
            @Schema(examples = "4") int stars,
            @Schema(examples = "84-842-001-2019") String productCode,
            LocalDate issuedOn,
            LocalDate validUntil,
            @Schema(examples = "2680/QĐ-UBND") String decisionNumber,
            LocalDate decidedOn,
            @Schema(nullable = true) LocalDate revokedOn,
            @Schema(nullable = true) RevocationReason revocationReason) {
    }
}
