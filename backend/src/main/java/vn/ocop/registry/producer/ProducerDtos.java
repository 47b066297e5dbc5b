package vn.ocop.registry.producer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ProducerDtos {
    private ProducerDtos() {
    }

    @Schema(name = "ProducerRequest")
    public record ProducerRequest(
            @NotNull @Schema(examples = "COOPERATIVE") ProducerType type,
            @NotBlank @Size(max = 300) @Schema(examples = "Hợp tác xã Nông nghiệp Cầu Kè") String name,
            @Size(max = 14) @Schema(description = "10 digits with check digit; branch 10+'-'+3; "
                    + "a household business may give a 12-digit personal ID", examples = "0300588569") String taxCode,
            @Size(max = 200) @Schema(examples = "Thạch Thị Sa Rum") String representative,
            @Size(max = 20) @Schema(examples = "0294 3834 567") String phone,
            @Email @Size(max = 254) @Schema(examples = "htx.cauke@example.vn") String email,
            @Size(max = 500) @Schema(examples = "Ấp 4, xã Hòa Ân, huyện Cầu Kè") String address,
            @NotBlank @Size(max = 10) @Schema(description = "District-level admin-unit code", examples = "845") String districtCode,
            @Size(max = 10) @Schema(description = "Commune or ward under the district", examples = "29263") String communeCode) {
    }

    @Schema(name = "Producer")
    public record ProducerView(
            @Schema(examples = "1") Long id,
            ProducerType type,
            @Schema(examples = "Hợp tác xã Nông nghiệp Cầu Kè") String name,
            @Schema(description = "Hidden from integrators when it is a household's personal ID") String taxCode,
            @Schema(description = "Hidden from integrators for household businesses") String representative,
            @Schema(description = "Hidden from integrators for household businesses") String phone,
            @Schema(description = "Hidden from integrators for household businesses") String email,
            @Schema(description = "Hidden from integrators for household businesses") String address,
            @Schema(examples = "845") String districtCode,
            @Schema(examples = "Huyện Cầu Kè") String districtName,
            String communeCode,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "do-cauke") String createdBy,
            Instant updatedAt,
            @Schema(examples = "do-cauke") String updatedBy) {
    }
}
