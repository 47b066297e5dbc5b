package vn.ocop.registry.certification;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;
import vn.ocop.registry.files.FileView;

public final class CertificationDtos {
    private CertificationDtos() {
    }

    @Schema(description = "Give exactly one of productId (a product's certification) and "
            + "producerId (a facility-level one, e.g. food safety). The holder cannot change afterwards.")
    public record CertificationRequest(
            @Schema(examples = "1") Long productId,
            @Schema(examples = "1") Long producerId,
            @NotNull @Schema(examples = "BARCODE") CertificationType type,
            @NotBlank @Size(max = 100) @Schema(description = "Certificate number; for BARCODE a GTIN-8, GTIN-13 or "
                    + "GTIN-14 with a correct GS1 check digit", examples = "8934563138165") String number,
            @NotBlank @Size(max = 300) @Schema(examples = "GS1 Việt Nam") String issuer,
            @NotNull @Schema(description = "Not in the future", examples = "2019-06-14") LocalDate issuedOn,
            @Schema(description = "After issuedOn; absent when it does not expire",
                    examples = "2022-06-14") LocalDate expiresOn) {
    }

    public record CertificationView(
            @Schema(examples = "1") Long id,
            @Schema(nullable = true, description = "Set for a product's certification", examples = "1") Long productId,
            @Schema(nullable = true, examples = "Chả Hoa") String productName,
            @Schema(nullable = true, description = "Set for a facility-level certification only") Long producerId,
            @Schema(description = "The holder: the product's producer, or the facility-level owner",
                    examples = "Cơ sở Chả Hoa") String producerName,
            @Schema(nullable = true, description = "The holder's district", examples = "842") String districtCode,
            @Schema(nullable = true, examples = "Thành phố Trà Vinh") String districtName,
            @Schema(examples = "BARCODE") CertificationType type,
            @Schema(examples = "8934563138165") String number,
            @Schema(examples = "GS1 Việt Nam") String issuer,
            @Schema(examples = "2019-06-14") LocalDate issuedOn,
            @Schema(nullable = true, examples = "2022-06-14") LocalDate expiresOn,
            @Schema(readOnly = true, description = "Derived from expiresOn and today's date: EXPIRING within "
                    + CertificationStatus.EXPIRING_WITHIN_DAYS
                    + " days of expiry, EXPIRED after it") CertificationStatus status,
            @Schema(nullable = true,
                    description = "The uploaded certificate scan, null until one is uploaded") FileView evidence,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "do-travinh") String createdBy,
            Instant updatedAt,
            @Schema(examples = "do-travinh") String updatedBy) implements Versioned {
    }
}
