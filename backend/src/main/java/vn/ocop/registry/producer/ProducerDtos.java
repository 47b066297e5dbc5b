package vn.ocop.registry.producer;

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

public final class ProducerDtos {
    /** A household business's personal data: left out of the JSON for integrators (and when not known). */
    private static final String PERSONAL = "Omitted for integrators when the producer is a household business; "
            + "omitted when not known";

    private ProducerDtos() {
    }

    public record ProducerRequest(
            @NotNull @Schema(examples = "COOPERATIVE") ProducerType type,
            @NotBlank @Size(max = 300) @Schema(examples = "Hợp tác xã Nông nghiệp Cầu Kè") String name,
            @Size(max = 14) @Schema(description = "10 digits with check digit; branch 10+'-'+3; "
                    + "a household business may give a 12-digit personal ID", examples = "0300588569") String taxCode,
            @Size(max = 200) @Schema(examples = "Thạch Thị Sa Rum") String representative,
            @Size(max = 20) @Schema(examples = "0294 3834 567") String phone,
            @Email @Size(max = 254) @Schema(examples = "htx.cauke@example.vn") String email,
            @Size(max = 500) @Schema(examples = "Ấp 4, xã Hòa Ân, huyện Cầu Kè") String address,
            @NotBlank @Size(max = 10) @Schema(description = "District-level admin-unit code",
                    examples = "845") String districtCode,
            @Size(max = 10) @Schema(description = "Commune or ward under the district",
                    examples = "29263") String communeCode) {
    }

    public record ProducerView(
            @Schema(examples = "1") Long id,
            ProducerType type,
            @Schema(examples = "Hợp tác xã Nông nghiệp Cầu Kè") String name,
            @JsonInclude(NON_NULL) @Schema(description = PERSONAL,
                    extensions = @Extension(name = OMITTED, value = "true")) String taxCode,
            @JsonInclude(NON_NULL) @Schema(description = PERSONAL,
                    extensions = @Extension(name = OMITTED, value = "true")) String representative,
            @JsonInclude(NON_NULL) @Schema(description = PERSONAL,
                    extensions = @Extension(name = OMITTED, value = "true")) String phone,
            @JsonInclude(NON_NULL) @Schema(description = PERSONAL,
                    extensions = @Extension(name = OMITTED, value = "true")) String email,
            @JsonInclude(NON_NULL) @Schema(description = PERSONAL,
                    extensions = @Extension(name = OMITTED, value = "true")) String address,
            @Schema(examples = "845") String districtCode,
            @Schema(examples = "Huyện Cầu Kè") String districtName,
            @Schema(nullable = true) String communeCode,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "do-cauke") String createdBy,
            Instant updatedAt,
            @Schema(examples = "do-cauke") String updatedBy) implements Versioned {
    }
}
