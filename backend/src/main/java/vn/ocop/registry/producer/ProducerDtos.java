package vn.ocop.registry.producer;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;
import static vn.ocop.registry.common.OpenApiResponseSchemas.OMITTED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitType;
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
            @Size(max = 10) @Schema(description = "Only for a record of before 2025-07-01 (registeredOn): its "
                    + "district-level unit of that day. The map of today has no districts.",
                    examples = "845") String districtCode,
            @Size(max = 10) @Schema(description = "The commune, ward or township of registeredOn: from 2025-07-01 a "
                    + "commune of the new map (required); before, one of the district's (optional).",
                    examples = "29308") String communeCode,
            @PastOrPresent @Schema(description = "The day of registration, whose map the units are of; default today",
                    examples = "2019-06-01") LocalDate registeredOn) {
    }

    @Schema(description = "A unit version a record names, or where it lies today through the successions")
    public record PlacedUnit(
            @Schema(examples = "29308") String code,
            @Schema(examples = "Xã Cầu Kè") String name,
            @Schema(examples = "COMMUNE") AdminUnitType type,
            @Schema(examples = "2025-07-01") LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo) {

        public static PlacedUnit of(AdminUnit u) {
            return u == null ? null : new PlacedUnit(u.code, u.name, u.type, u.validFrom, u.validTo);
        }
    }

    @Schema(description = "One producer's commune to complete: the commune of its registration day (registeredOn), "
            + "with the version of the producer it was read at")
    public record CommuneCompletion(
            @NotNull @Schema(examples = "12") Long producerId,
            @NotNull @Schema(examples = "3") Long version,
            @NotBlank @Size(max = 10) @Schema(examples = "29308") String communeCode) {
    }

    @Schema(description = "Communes for producers that lack one, all applied or none")
    public record CommuneCompletionRequest(
            @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull CommuneCompletion> items) {
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
            @Schema(nullable = true, description = "The district-level unit it was registered in (before 2025-07-01)",
                    examples = "845") String districtCode,
            @Schema(nullable = true, examples = "Huyện Cầu Kè") String districtName,
            @Schema(nullable = true, description = "The commune it was registered in (its version of registeredOn)",
                    examples = "29308") String communeCode,
            @Schema(examples = "2019-06-01") LocalDate registeredOn,
            @Schema(nullable = true, description = "The commune recorded, as it was then") PlacedUnit commune,
            @Schema(nullable = true, description = "The commune it lies in today through the successions (a 2019 "
                    + "producer of Thị trấn Cầu Kè is in Xã Cầu Kè); none without a commune recorded") PlacedUnit communeToday,
            @Schema(examples = "0") long version,
            Instant createdAt,
            @Schema(examples = "do-cauke") String createdBy,
            Instant updatedAt,
            @Schema(examples = "do-cauke") String updatedBy) implements Versioned {
    }
}
