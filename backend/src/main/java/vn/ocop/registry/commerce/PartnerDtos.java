package vn.ocop.registry.commerce;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;
import static vn.ocop.registry.common.OpenApiResponseSchemas.OMITTED;

import java.time.Instant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ocop.registry.common.Versioned;

public final class PartnerDtos {
    /** A contact person's data: left out of the JSON for integrators (and when not known). */
    private static final String CONTACT = "Omitted for integrators (personal data); omitted when not known";

    private PartnerDtos() {
    }

    public record PartnerRequest(
            @NotNull @Schema(examples = "SUPERMARKET_CHAIN") PartnerType type,
            @NotBlank @Size(max = 300) @Schema(examples = "Saigon Co.op") String name,
            @Size(max = 14) @Schema(description = "Enterprise code: 10 digits with check digit, or a branch's 10+'-'+3",
                    examples = "0301175691") String taxCode,
            @Size(max = 500) @Schema(
                    examples = "199-205 Nguyễn Thái Học, phường Phạm Ngũ Lão, Quận 1, TP. Hồ Chí Minh") String address,
            @Size(max = 200) @Schema(examples = "Nguyễn Thị Thu Hà") String contactPerson,
            @Size(max = 20) @Schema(examples = "028 3836 0143") String contactPhone,
            @Email @Size(max = 254) @Schema(examples = "thumua@saigonco-op.example.vn") String contactEmail) {
    }

    public record PartnerView(
            @Schema(examples = "1") Long id,
            PartnerType type,
            @Schema(examples = "Saigon Co.op") String name,
            @Schema(nullable = true, examples = "0301175691") String taxCode,
            @Schema(nullable = true, examples = "199-205 Nguyễn Thái Học, Quận 1, TP. Hồ Chí Minh") String address,
            @JsonInclude(NON_NULL) @Schema(description = CONTACT, examples = "Nguyễn Thị Thu Hà",
                    extensions = @Extension(name = OMITTED, value = "true")) String contactPerson,
            @JsonInclude(NON_NULL) @Schema(description = CONTACT, examples = "02838360143",
                    extensions = @Extension(name = OMITTED, value = "true")) String contactPhone,
            @JsonInclude(NON_NULL) @Schema(description = CONTACT, examples = "thumua@saigonco-op.example.vn",
                    extensions = @Extension(name = OMITTED, value = "true")) String contactEmail,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "office") String createdBy,
            Instant updatedAt,
            @Schema(examples = "office") String updatedBy) implements Versioned {
    }
}
