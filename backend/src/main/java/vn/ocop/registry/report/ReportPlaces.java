package vn.ocop.registry.report;

import java.util.List;

import vn.ocop.registry.common.SqlRow;
import vn.ocop.registry.report.AnnualReportDtos.CommuneCount;
import vn.ocop.registry.report.AnnualReportDtos.DistrictCount;
import vn.ocop.registry.report.AnnualReportDtos.FormerProvinceCount;

/**
 * The report's lines by place, each one aggregate section of the report's statement: by district (the district-level units of the year's map, so
 * none from 2026 on), by the province the producer was recorded in (before the 2025 reform: the former Trà Vinh is
 * one line) and by the commune of today the producer lies in through the successions.
 */
final class ReportPlaces {
    private ReportPlaces() {
    }

    /** Products rated 3 stars and above by their producer's district, when that district existed in the year. */
    static final String BY_DISTRICT = """
            SELECT u.code, u.name, count(*) AS products FROM rated JOIN scoped s ON s.id = rated.product_id
            JOIN admin_unit u ON u.id = s.year_district_id
            WHERE rated.stars >= 3 GROUP BY u.id, u.code, u.name ORDER BY u.code, u.valid_from""";

    static List<DistrictCount> byDistrict(List<SqlRow> rows) {
        return rows.stream().map(r -> new DistrictCount(r.text("code"), r.text("name"), r.number("products"))).toList();
    }

    /**
     * Products by the province version the producer's recorded unit (its commune, else its district) lay in: the
     * unit itself or its parent or grandparent of type PROVINCE (the hierarchy has three levels at most).
     */
    static final String BY_FORMER_PROVINCE = """
            SELECT v.code, v.name, v.valid_from, v.valid_to, count(*) AS products,
                   count(*) FILTER (WHERE rated.stars >= 3) AS rated_products
            FROM scoped s LEFT JOIN rated ON rated.product_id = s.id
            JOIN admin_unit u0 ON u0.id = s.recorded_id
            LEFT JOIN admin_unit u1 ON u1.id = u0.parent_id
            LEFT JOIN admin_unit u2 ON u2.id = u1.parent_id
            JOIN admin_unit v ON v.id = CASE WHEN u0.type = 'PROVINCE' THEN u0.id
                WHEN u1.type = 'PROVINCE' THEN u1.id WHEN u2.type = 'PROVINCE' THEN u2.id END
            GROUP BY v.id, v.code, v.name, v.valid_from, v.valid_to ORDER BY v.code, v.valid_from""";

    static List<FormerProvinceCount> byFormerProvince(List<SqlRow> rows) {
        return rows.stream().map(r -> new FormerProvinceCount(r.text("code"), r.text("name"), r.date("valid_from"),
                r.date("valid_to"), r.number("products"), r.number("rated_products")))
                .toList();
    }

    /**
     * Products by the commune of today their producer's recorded commune lies in as a whole; producers without a
     * commune (or with one that went into several) make the last line, without a code.
     */
    static final String BY_COMMUNE_TODAY = """
            SELECT t.code, t.name, count(*) AS products, count(*) FILTER (WHERE rated.stars >= 3) AS rated_products
            FROM scoped s LEFT JOIN rated ON rated.product_id = s.id
            LEFT JOIN admin_unit_placement pl ON pl.unit_id = s.commune_id AND pl.portion = 'WHOLE'
                 AND pl.placed_type IN ('COMMUNE', 'WARD', 'TOWNSHIP')
                 AND pl.placed_from <= :today AND (pl.placed_to IS NULL OR pl.placed_to >= :today)
            LEFT JOIN admin_unit t ON t.id = pl.placed_id
            GROUP BY t.id, t.code, t.name ORDER BY t.code NULLS LAST""";

    static List<CommuneCount> byCommuneToday(List<SqlRow> rows) {
        return rows.stream()
                .map(r -> new CommuneCount(r.text("code"), r.text("name"), r.number("products"), r.number("rated_products")))
                .toList();
    }
}
