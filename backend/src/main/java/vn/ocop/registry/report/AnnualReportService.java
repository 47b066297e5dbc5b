package vn.ocop.registry.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.SqlRow;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.report.AnnualReportDtos.AnnualReport;
import vn.ocop.registry.report.AnnualReportDtos.CertificationCount;
import vn.ocop.registry.report.AnnualReportDtos.Certifications;
import vn.ocop.registry.report.AnnualReportDtos.CommuneCount;
import vn.ocop.registry.report.AnnualReportDtos.Contracts;
import vn.ocop.registry.report.AnnualReportDtos.ExpiringCertificate;
import vn.ocop.registry.report.AnnualReportDtos.GroupCount;
import vn.ocop.registry.report.AnnualReportDtos.ProductLine;
import vn.ocop.registry.report.AnnualReportDtos.StarCount;
import vn.ocop.registry.report.AnnualReportDtos.Summary;
import vn.ocop.registry.report.AnnualReportDtos.Support;
import vn.ocop.registry.report.AnnualReportDtos.SupportCount;
import vn.ocop.registry.report.AnnualReportDtos.TradeEventLine;
import vn.ocop.registry.report.AnnualReportDtos.TradeEvents;
import vn.ocop.registry.report.ReportQueries.Run;

/**
 * Builds the annual report with one statement of a dozen aggregate sections. The products of the year are those entered
 * in it (yearEntered), entered in one of its evaluation rounds, or recognised by one of its decisions
 * (a decision belongs to its round's year, or to the year it was signed when recorded from paper). A
 * product's final rating of the year is the highest of its certificates of the year (3–5 stars) and
 * of a 2-star result of a round of the year that was not forwarded upwards.
 */
@ApplicationScoped
public class AnnualReportService {
    public static final int MIN_YEAR = 2018;
    public static final int MAX_YEAR = 2100;

    @Inject
    ReportQueries queries;
    @Inject
    ReportUnits units;
    @Inject
    ProvinceClock clock;
    @Inject
    UnitScope scope;

    /**
     * The report of {@code year} for the unit {@code requestedUnit} (a province, a district of the past, a commune;
     * null: the caller's own unit when confined, else everything), as of {@code unitAsOf} when given. One statement:
     * the products of the year are computed once for every section.
     */
    @Transactional
    public AnnualReport annual(int year, String requestedUnit, LocalDate unitAsOf) {
        AdminUnit unit = units.resolve(year, requestedUnit, unitAsOf);
        Run run = new Run(year, unit == null ? null : unit.id, clock.today(), scope.boundPartnerTaxCode().orElse(null));
        Map<String, List<SqlRow>> s = queries.sections(run, sections(run));
        List<CommuneCount> byCommune = ReportPlaces.byCommuneToday(s.get("by_commune"));
        long communes = byCommune.stream().filter(c -> c.communeCode() != null).count();
        return new AnnualReport(year, unit == null ? null : unit.code, unit == null ? null : unit.name,
                unit == null ? null : unit.type.name(), unit == null ? null : unit.validFrom,
                unit == null ? null : unit.validTo, summary(s.get("summary").get(0), communes), byStars(s.get("by_stars")),
                ReportPlaces.byDistrict(s.get("by_district")), ReportPlaces.byFormerProvince(s.get("by_former_province")),
                byCommune, byGroup(s.get("by_group")), certifications(s.get("certification_types"),
                        s.get("certified_products").get(0)),
                contracts(s.get("contracts").get(0)), tradeEvents(s.get("trade_events")),
                support(s.get("support_totals").get(0), s.get("support_cells")), upgradable(s.get("upgradable")),
                expiring(s.get("expiring")));
    }

    /** Each section's query, by name: those over the products of the year read {@code scoped}, {@code rated}, {@code held}. */
    private static Map<String, String> sections(Run run) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("by_commune", ReportPlaces.BY_COMMUNE_TODAY);
        s.put("summary", """
                SELECT count(DISTINCT s.year_district_id) AS units, count(DISTINCT s.producer_id) AS producers,
                       count(*) AS products, count(*) FILTER (WHERE rated.stars >= 3) AS rated_products
                FROM scoped s LEFT JOIN rated ON rated.product_id = s.id""");
        s.put("by_stars", "SELECT stars, count(*) AS products FROM rated GROUP BY stars");
        s.put("by_district", ReportPlaces.BY_DISTRICT);
        s.put("by_former_province", ReportPlaces.BY_FORMER_PROVINCE);
        // Groups repeat per legal basis under one code: a line per code, named after the products' own groups.
        s.put("by_group", """
                SELECT s.group_code, min(s.group_name) AS group_name, count(*) AS products
                FROM rated JOIN scoped s ON s.id = rated.product_id
                WHERE rated.stars >= 3 GROUP BY s.group_code ORDER BY min(s.group_position), s.group_code""");
        s.put("certification_types", """
                SELECT type, count(DISTINCT id) AS held,
                       count(DISTINCT id) FILTER (WHERE issued_on >= make_date(:year, 1, 1)) AS issued,
                       count(DISTINCT product_id) AS products
                FROM held GROUP BY type ORDER BY type""");
        s.put("certified_products", """
                SELECT count(*) FILTER (WHERE ip) AS with_ip,
                       count(*) FILTER (WHERE barcode AND quality) AS with_barcode_and_quality
                FROM (
                    SELECT product_id, bool_or(type IN (%s)) AS ip, bool_or(type = 'BARCODE') AS barcode,
                           bool_or(type IN (%s)) AS quality
                    FROM held GROUP BY product_id) h""".formatted(
                inList(CertificationRules.names(CertificationRules.intellectualProperty())),
                inList(CertificationRules.names(CertificationRules.QUALITY))));
        s.put("contracts", """
                WITH k AS (
                    SELECT c.id, c.total_value_vnd FROM sales_contract c JOIN producer pr ON pr.id = c.producer_id
                    WHERE c.status <> 'DRAFT' AND c.signed_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31) %s%s)
                SELECT count(*) AS contracts, coalesce(sum(total_value_vnd), 0) AS value_vnd,
                       (SELECT count(DISTINCT l.product_id) FROM sales_contract_line l JOIN k ON k.id = l.contract_id)
                       AS products
                FROM k""".formatted(run.unitFilter("pr"), run.partnerFilter("c")));
        s.put("trade_events", """
                SELECT e.id, e.name, e.kind, e.host_province, e.starts_on, e.ends_on, count(pr.id) AS producers
                FROM trade_event e LEFT JOIN trade_event_participant tp ON tp.event_id = e.id
                LEFT JOIN producer pr ON pr.id = tp.producer_id %s
                WHERE e.starts_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)
                GROUP BY e.id %s ORDER BY e.starts_on, e.id""".formatted(run.unitFilter("pr"),
                run.unitId() == null ? "" : "HAVING count(pr.id) > 0"));
        String support = """
                FROM support_request sr JOIN producer pr ON pr.id = sr.producer_id
                WHERE sr.requested_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)""" + run.unitFilter("pr");
        s.put("support_totals", "SELECT count(*) AS requests, count(DISTINCT sr.producer_id) AS producers " + support);
        s.put("support_cells", "SELECT sr.type, sr.status, count(*) AS requests " + support
                + " GROUP BY sr.type, sr.status ORDER BY sr.type, sr.status");
        s.put("upgradable", """
                SELECT s.id, s.name, s.producer_name, s.district_code, s.group_code, rated.stars
                FROM rated JOIN scoped s ON s.id = rated.product_id WHERE rated.stars = 2
                ORDER BY s.district_code, s.name, s.id""");
        s.put("expiring", """
                SELECT c.id, c.product_code, p.id AS product_id, p.name AS product_name, pr.name AS producer_name,
                       pr.district_code, c.stars, c.valid_until
                FROM ocop_certificate c JOIN product p ON p.id = c.product_id JOIN producer pr ON pr.id = p.producer_id
                WHERE c.revoked_on IS NULL
                  AND c.valid_until BETWEEN make_date(:year + 1, 1, 1) AND make_date(:year + 1, 12, 31) %s
                ORDER BY c.valid_until, c.id""".formatted(run.unitFilter("pr")));
        return s;
    }

    private static Summary summary(SqlRow r, long communes) {
        return new Summary(r.number("units"), communes, r.number("producers"), r.number("products"),
                r.number("rated_products"));
    }

    private static List<StarCount> byStars(List<SqlRow> rows) {
        Map<Integer, Long> counts = rows.stream().collect(Collectors.toMap(r -> r.integer("stars"), r -> r.number("products")));
        return IntStream.rangeClosed(2, 5).mapToObj(s -> new StarCount(s, counts.getOrDefault(s, 0L))).toList();
    }

    private static List<GroupCount> byGroup(List<SqlRow> rows) {
        return rows.stream().map(r -> new GroupCount(r.text("group_code"), r.text("group_name"), r.number("products")))
                .toList();
    }

    private static Certifications certifications(List<SqlRow> types, SqlRow products) {
        List<CertificationCount> byType = types.stream()
                .map(r -> new CertificationCount(r.text("type"), r.number("held"), r.number("issued"), r.number("products")))
                .toList();
        return new Certifications(byType, products.number("with_ip"), products.number("with_barcode_and_quality"));
    }

    /** Enum names are fixed identifiers, so they are written into the SQL as literals. */
    private static String inList(List<String> names) {
        return names.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
    }

    private static Contracts contracts(SqlRow r) {
        return new Contracts(r.number("contracts"), r.number("products"), r.number("value_vnd"));
    }

    private static TradeEvents tradeEvents(List<SqlRow> rows) {
        List<TradeEventLine> items = rows.stream()
                .map(r -> new TradeEventLine(r.number("id"), r.text("name"), r.text("kind"), r.text("host_province"),
                        r.date("starts_on"), r.date("ends_on"), r.number("producers")))
                .toList();
        return new TradeEvents(items.size(), items);
    }

    private static Support support(SqlRow totals, List<SqlRow> rows) {
        List<SupportCount> cells = rows.stream()
                .map(r -> new SupportCount(r.text("type"), r.text("status"), r.number("requests"))).toList();
        return new Support(totals.number("requests"), totals.number("producers"), cells);
    }

    private static List<ProductLine> upgradable(List<SqlRow> rows) {
        return rows.stream()
                .map(r -> new ProductLine(r.number("id"), r.text("name"), r.text("producer_name"), r.text("district_code"),
                        r.text("group_code"), r.integer("stars")))
                .toList();
    }

    private static List<ExpiringCertificate> expiring(List<SqlRow> rows) {
        return rows.stream()
                .map(r -> new ExpiringCertificate(r.number("id"), r.text("product_code"), r.number("product_id"),
                        r.text("product_name"), r.text("producer_name"), r.text("district_code"), r.integer("stars"),
                        r.date("valid_until")))
                .toList();
    }
}
