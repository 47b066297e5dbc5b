package vn.ocop.registry.report;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The annual OCOP report: every figure is aggregated in SQL for one year and, optionally, one unit (a province, a
 * district of the past or a commune) with everything recorded in it or in the units that lie in it.
 */
public final class AnnualReportDtos {
    private AnnualReportDtos() {
    }

    @Schema(description = "Annual report of the OCOP programme for everything or for one admin unit version and the "
            + "units that lie in it (its sub-units, and the units that went into it as a whole through the successions)")
    public record AnnualReport(
            @Schema(examples = "2019") int year,
            @Schema(nullable = true, description = "Code of the unit the report is confined to; null for everything",
                    examples = "845") String unitCode,
            @Schema(nullable = true, examples = "Huyện Cầu Kè") String unitName,
            @Schema(nullable = true, description = "The unit's type: PROVINCE, CITY, TOWN, DISTRICT, COMMUNE, WARD or "
                    + "TOWNSHIP", examples = "DISTRICT") String unitType,
            @Schema(nullable = true, description = "First day of the unit version reported on (codes are reused: 86 "
                    + "before and from 2025-07-01 are two provinces)", examples = "1992-05-01") LocalDate unitValidFrom,
            @Schema(nullable = true, description = "Last day of the unit version; null while it exists",
                    examples = "2025-06-30") LocalDate unitValidTo,
            Summary summary,
            @Schema(description = "Products of the year by final rating (2 to 5 stars)") List<StarCount> byStars,
            @Schema(description = "Products rated 3 stars and above, by the producer's district, for the district-level "
                    + "units that existed in the year (none from 2026: the districts ended on 2025-06-30)") List<DistrictCount> byDistrict,
            @Schema(description = "Products of the year by the province the producer was recorded in: before the "
                    + "2025 reform its former province (the former Trà Vinh is one line, 84 Tỉnh Trà Vinh), for a "
                    + "producer registered on today's map its province of today (86 Tỉnh Vĩnh Long from 2025-07-01); "
                    + "validFrom tells the versions of a reused code apart") List<FormerProvinceCount> byFormerProvince,
            @Schema(description = "Products of the year by the commune or ward of today their producer lies in through "
                    + "the successions (a 2019 producer of Thị trấn Cầu Kè is in Xã Cầu Kè); the producers with no "
                    + "commune recorded, or whose commune went into several, make one last line without a code") List<CommuneCount> byCommuneToday,
            @Schema(description = "Products rated 3 stars and above, by product group") List<GroupCount> byGroup,
            Certifications certifications,
            Contracts contracts,
            TradeEvents tradeEvents,
            Support support,
            @Schema(description = "2-star products of the year: candidates for an upgrade next year") List<ProductLine> upgradable,
            @Schema(description = "OCOP certificates (not revoked) whose validity ends in the following year") List<ExpiringCertificate> expiringNextYear) {
    }

    @Schema(description = "Products of the year: entered in the year (yearEntered), entered in an evaluation round "
            + "of the year, or recognised by a decision of the year")
    public record Summary(
            @Schema(description = "District-level units of the year's map with at least one product of the year (0 from "
                    + "2026: no districts)", examples = "6") long units,
            @Schema(description = "Communes and wards of today with at least one product of the year, through the "
                    + "successions", examples = "4") long communes,
            @Schema(description = "Producers of the products of the year", examples = "31") long producers,
            @Schema(examples = "42") long products,
            @Schema(description = "Products rated 3 stars and above", examples = "20") long ratedProducts) {
    }

    public record StarCount(@Schema(examples = "3") int stars, @Schema(examples = "12") long products) {
    }

    public record DistrictCount(@Schema(examples = "845") String districtCode,
            @Schema(examples = "Huyện Cầu Kè") String districtName, @Schema(examples = "4") long products) {
    }

    public record FormerProvinceCount(@Schema(examples = "84") String provinceCode,
            @Schema(examples = "Tỉnh Trà Vinh") String provinceName,
            @Schema(examples = "1992-05-01") LocalDate validFrom,
            @Schema(nullable = true, description = "Null for a province of today", examples = "2025-06-30") LocalDate validTo,
            @Schema(description = "Products of the year", examples = "39") long products,
            @Schema(description = "Of which rated 3 stars and above", examples = "30") long ratedProducts) {
    }

    public record CommuneCount(
            @Schema(nullable = true, description = "Null: not placed in one commune of today",
                    examples = "29308") String communeCode,
            @Schema(nullable = true, examples = "Xã Cầu Kè") String communeName,
            @Schema(description = "Products of the year", examples = "3") long products,
            @Schema(description = "Of which rated 3 stars and above", examples = "2") long ratedProducts) {
    }

    public record GroupCount(@Schema(examples = "FOOD") String groupCode,
            @Schema(examples = "Thực phẩm") String groupName, @Schema(examples = "9") long products) {
    }

    @Schema(description = "Certifications held during the year (issued by 31 December, not expired before 1 January) "
            + "by the products of the year or by their producers")
    public record Certifications(
            List<CertificationCount> byType,
            @Schema(description = "Products holding an IP certification (any IP_* type)", examples = "5") long productsWithIp,
            @Schema(description = "Products holding a BARCODE and a quality document (QUALITY_STANDARD or "
                    + "QUALITY_SELF_DECLARATION)", examples = "7") long productsWithBarcodeAndQuality) {
    }

    public record CertificationCount(@Schema(examples = "BARCODE") String type,
            @Schema(description = "Certifications held during the year", examples = "8") long held,
            @Schema(description = "Of which issued in the year", examples = "3") long issuedInYear,
            @Schema(description = "Products holding one (themselves or through their producer)",
                    examples = "8") long products) {
    }

    @Schema(description = "Sales contracts signed in the year (drafts excluded)")
    public record Contracts(@Schema(examples = "3") long count,
            @Schema(description = "Distinct products on their lines", examples = "4") long products,
            @Schema(description = "Sum of the contracts' totals", examples = "125000000") long totalValueVnd) {
    }

    @Schema(description = "Trade events starting in the year; for one unit, those its producers took part in")
    public record TradeEvents(@Schema(examples = "2") long count, List<TradeEventLine> items) {
    }

    public record TradeEventLine(@Schema(examples = "101") long id,
            @Schema(examples = "Hội chợ OCOP khu vực đồng bằng sông Cửu Long") String name,
            @Schema(examples = "FAIR") String kind, @Schema(examples = "Cần Thơ") String hostProvince,
            @Schema(examples = "2019-11-22") LocalDate startsOn, @Schema(examples = "2019-11-28") LocalDate endsOn,
            @Schema(description = "Participating producers (of the unit, when confined)",
                    examples = "5") long participants) {
    }

    @Schema(description = "Support requests made in the year")
    public record Support(@Schema(examples = "12") long requests,
            @Schema(description = "Distinct producers asking", examples = "9") long producers,
            List<SupportCount> byTypeAndStatus) {
    }

    public record SupportCount(@Schema(examples = "PACKAGING_DESIGN") String type,
            @Schema(examples = "DONE") String status, @Schema(examples = "3") long count) {
    }

    public record ProductLine(@Schema(examples = "1201") long productId,
            @Schema(examples = "Bánh tét lá cẩm") String productName,
            @Schema(examples = "HTX Nông nghiệp Hòa Ân") String producerName,
            @Schema(nullable = true, description = "The producer's district; null for one registered on today's map",
                    examples = "845") String districtCode,
            @Schema(examples = "FOOD") String groupCode, @Schema(examples = "2") int stars) {
    }

    public record ExpiringCertificate(@Schema(examples = "77") long certificateId,
            @Schema(examples = "84-845-003-2019") String productCode, @Schema(examples = "1201") long productId,
            @Schema(examples = "Chả hoa") String productName, @Schema(examples = "HTX Nông nghiệp Hòa Ân") String producerName,
            @Schema(nullable = true, description = "The producer's district; null for one registered on today's map",
                    examples = "845") String districtCode,
            @Schema(examples = "4") int stars,
            @Schema(examples = "2022-12-19") LocalDate validUntil) {
    }
}
