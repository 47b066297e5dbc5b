package vn.ocop.registry.adminunit;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.common.Versioned;

public final class AdminUnitDtos {
    private AdminUnitDtos() {
    }

    public record AdminUnitView(
            @Schema(description = "This version's id: a code names several versions when it was reused",
                    examples = "101") Long id,
            @Schema(examples = "845") String code,
            @Schema(examples = "Huyện Cầu Kè") String name,
            @Schema(examples = "DISTRICT") AdminUnitType type,
            @Schema(nullable = true, examples = "84") String parentCode,
            @Schema(examples = "1992-05-01") LocalDate validFrom,
            @Schema(nullable = true, examples = "2025-06-30") LocalDate validTo,
            @Schema(examples = "0") long version) implements Versioned {

        static AdminUnitView of(AdminUnit u) {
            return new AdminUnitView(u.id, u.code, u.name, u.type, u.parentCode, u.validFrom, u.validTo, u.version);
        }
    }

    /** How a unit went into another (or came from it): the whole unit or a part of it. */
    public enum SuccessionPortion {
        WHOLE, PART
    }

    @Schema(description = "A unit version linked to the one asked about by a succession (what it became, or what it "
            + "was formed from), with the date of the change and whether the whole predecessor or a part went in")
    public record AdminUnitSuccessionView(
            AdminUnitView unit,
            @Schema(examples = "2025-07-01") LocalDate effectiveOn,
            @Schema(examples = "WHOLE") SuccessionPortion portion) {
    }

    @Schema(description = "An admin unit with its children, for tree views")
    public record AdminUnitNode(Long id, String code, String name, AdminUnitType type, LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo, List<AdminUnitNode> children) {
    }

    public record AdminUnitRequest(
            @NotBlank @Pattern(regexp = "[0-9]{2,5}",
                    message = "must be a GSO code of 2 to 5 digits") @Schema(examples = "29263") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "Xã Hòa Ân") String name,
            @NotNull @Schema(examples = "COMMUNE") AdminUnitType type,
            @Pattern(regexp = "[0-9]{2,5}",
                    message = "must be a GSO code of 2 to 5 digits") @Schema(examples = "845") String parentCode,
            @NotNull @Schema(examples = "2015-01-01") LocalDate validFrom,
            @Schema(examples = "2025-06-30") LocalDate validTo) {
    }
}
