package vn.ocop.registry.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.DistrictScope;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.SqlRow;
import vn.ocop.registry.report.AnnualReportDtos.AnnualReport;
import vn.ocop.registry.report.AnnualReportDtos.CertificationCount;
import vn.ocop.registry.report.AnnualReportDtos.Certifications;
import vn.ocop.registry.report.AnnualReportDtos.Contracts;
import vn.ocop.registry.report.AnnualReportDtos.DistrictCount;
import vn.ocop.registry.report.AnnualReportDtos.ExpiringCertificate;
import vn.ocop.registry.report.AnnualReportDtos.GroupCount;
import vn.ocop.registry.report.AnnualReportDtos.ProductLine;
import vn.ocop.registry.report.AnnualReportDtos.StarCount;
import vn.ocop.registry.report.AnnualReportDtos.Summary;
import vn.ocop.registry.report.AnnualReportDtos.Support;
import vn.ocop.registry.report.AnnualReportDtos.SupportCount;
import vn.ocop.registry.report.AnnualReportDtos.TradeEventLine;
import vn.ocop.registry.report.AnnualReportDtos.TradeEvents;

/**
 * Builds the annual report with a dozen aggregate queries. The products of the year are those entered
 * in it (yearEntered), entered in one of its evaluation rounds, or recognised by one of its decisions
 * (a decision belongs to its round's year, or to the year it was signed when recorded from paper). A
 * product's final rating of the year is the highest of its certificates of the year (3–5 stars) and
 * of a 2-star result of a round of the year that was not forwarded upwards.
 */
@ApplicationScoped
public class AnnualReportService {
    public static final int MIN_YEAR = 2018;
    public static final int MAX_YEAR = 2100;

    /** CTEs shared by the product queries: {@code scoped} (products of the year) and {@code rated} (final stars). */
    private static final String BASE = """
            WITH year_certificate AS (
                SELECT c.product_id, c.stars FROM ocop_certificate c
                JOIN recognition_decision d ON d.id = c.decision_id
                LEFT JOIN evaluation_round r ON r.id = d.evaluation_round_id
                WHERE coalesce(r.year, CAST(extract(YEAR FROM d.decided_on) AS int)) = :year
            ), entered AS (
                SELECT p.id AS product_id FROM product p WHERE p.year_entered = :year
                UNION
                SELECT e.product_id FROM evaluation_entry e JOIN evaluation_round r ON r.id = e.round_id
                WHERE r.year = :year
                UNION
                SELECT c.product_id FROM year_certificate c
            ), scoped AS (
                SELECT p.id, p.name, p.producer_id, pr.name AS producer_name, pr.district_code, g.code AS group_code,
                       g.name AS group_name, g.position AS group_position
                FROM entered x JOIN product p ON p.id = x.product_id
                JOIN producer pr ON pr.id = p.producer_id
                JOIN product_set ps ON ps.id = p.product_set_id
                JOIN product_group g ON g.id = ps.group_id
                WHERE TRUE %s
            ), rated AS (
                SELECT s.product_id, max(s.stars) AS stars FROM (
                    SELECT product_id, stars FROM year_certificate
                    UNION ALL
                    SELECT e.product_id, res.stars FROM evaluation_result res
                    JOIN evaluation_entry e ON e.id = res.entry_id
                    JOIN evaluation_round r ON r.id = res.round_id
                    WHERE r.year = :year AND res.stars = 2 AND res.outcome <> 'FORWARDED'
                ) s JOIN scoped ON scoped.id = s.product_id GROUP BY s.product_id
            ), held AS (
                SELECT c.id, c.type, c.issued_on, s.id AS product_id FROM scoped s
                JOIN certification c ON c.product_id = s.id OR c.producer_id = s.producer_id
                WHERE c.issued_on <= make_date(:year, 12, 31)
                  AND (c.expires_on IS NULL OR c.expires_on >= make_date(:year, 1, 1))
            )
            """;

    @Inject
    EntityManager em;
    @Inject
    DistrictScope scope;

    @Transactional
    public AnnualReport annual(int year, String requestedUnit) {
        String unit = requestedUnit == null || requestedUnit.isBlank() ? scope.confinedTo().orElse(null) : requestedUnit.trim();
        String unitName = null;
        if (unit != null) {
            scope.require(unit);
            List<?> names = em.createNativeQuery("SELECT name FROM admin_unit WHERE code = :code "
                    + "AND type IN ('DISTRICT', 'CITY', 'TOWN')").setParameter("code", unit).getResultList();
            if (names.isEmpty()) {
                throw ProblemException.invalid("unit", "must be the code of a district-level unit, e.g. 845");
            }
            unitName = (String) names.get(0);
        }
        Run run = new Run(year, unit);
        return new AnnualReport(year, unit, unitName, summary(run), byStars(run), byDistrict(run), byGroup(run),
                certifications(run), contracts(run), tradeEvents(run), support(run), upgradable(run), expiring(run));
    }

    /** One report's parameters; {@code unitFilter} narrows a producer alias to the district. */
    private record Run(int year, String unit) {
        String unitFilter(String producerAlias) {
            return unit == null ? "" : " AND " + producerAlias + ".district_code = :unit";
        }
    }

    private List<SqlRow> rows(Run run, String sql) {
        Query q = em.createNativeQuery(sql, Tuple.class).setParameter("year", run.year());
        if (run.unit() != null) {
            q.setParameter("unit", run.unit());
        }
        return SqlRow.list(q);
    }

    private List<SqlRow> products(Run run, String select) {
        return rows(run, BASE.formatted(run.unitFilter("pr")) + select);
    }

    private Summary summary(Run run) {
        SqlRow r = products(run, """
                SELECT count(DISTINCT s.district_code) AS units, count(DISTINCT s.producer_id) AS producers,
                       count(*) AS products, count(*) FILTER (WHERE rated.stars >= 3) AS rated_products
                FROM scoped s LEFT JOIN rated ON rated.product_id = s.id""").get(0);
        return new Summary(r.number("units"), r.number("producers"), r.number("products"), r.number("rated_products"));
    }

    private List<StarCount> byStars(Run run) {
        Map<Integer, Long> counts = products(run, "SELECT stars, count(*) AS products FROM rated GROUP BY stars")
                .stream().collect(Collectors.toMap(r -> r.integer("stars"), r -> r.number("products")));
        return IntStream.rangeClosed(2, 5).mapToObj(s -> new StarCount(s, counts.getOrDefault(s, 0L))).toList();
    }

    private List<DistrictCount> byDistrict(Run run) {
        return products(run, """
                SELECT s.district_code, u.name, count(*) AS products FROM rated JOIN scoped s ON s.id = rated.product_id
                JOIN admin_unit u ON u.code = s.district_code
                WHERE rated.stars >= 3 GROUP BY s.district_code, u.name ORDER BY s.district_code""").stream()
                .map(r -> new DistrictCount(r.text("district_code"), r.text("name"), r.number("products"))).toList();
    }

    private List<GroupCount> byGroup(Run run) {
        // Groups repeat per legal basis under one code: a line per code, named after the products' own groups.
        return products(run, """
                SELECT s.group_code, min(s.group_name) AS group_name, count(*) AS products
                FROM rated JOIN scoped s ON s.id = rated.product_id
                WHERE rated.stars >= 3 GROUP BY s.group_code ORDER BY min(s.group_position), s.group_code""").stream()
                .map(r -> new GroupCount(r.text("group_code"), r.text("group_name"), r.number("products"))).toList();
    }

    private Certifications certifications(Run run) {
        List<CertificationCount> byType = products(run, """
                SELECT type, count(DISTINCT id) AS held,
                       count(DISTINCT id) FILTER (WHERE issued_on >= make_date(:year, 1, 1)) AS issued,
                       count(DISTINCT product_id) AS products
                FROM held GROUP BY type ORDER BY type""").stream()
                .map(r -> new CertificationCount(r.text("type"), r.number("held"), r.number("issued"), r.number("products")))
                .toList();
        String ip = inList(CertificationRules.names(CertificationRules.intellectualProperty()));
        String quality = inList(CertificationRules.names(CertificationRules.QUALITY));
        SqlRow r = products(run,
                """
                         SELECT count(*) FILTER (WHERE ip) AS with_ip,
                        count(*) FILTER (WHERE barcode AND quality) AS with_barcode_and_quality
                         FROM (
                             SELECT product_id, bool_or(type IN (%s)) AS ip, bool_or(type = 'BARCODE') AS barcode,
                                    bool_or(type IN (%s)) AS quality
                             FROM held GROUP BY product_id) h"""
                        .formatted(ip, quality))
                .get(0);
        return new Certifications(byType, r.number("with_ip"), r.number("with_barcode_and_quality"));
    }

    /** Enum names are fixed identifiers, so they are written into the SQL as literals. */
    private static String inList(List<String> names) {
        return names.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
    }

    private Contracts contracts(Run run) {
        SqlRow r = rows(run, """
                WITH k AS (
                    SELECT c.id, c.total_value_vnd FROM sales_contract c JOIN producer pr ON pr.id = c.producer_id
                    WHERE c.status <> 'DRAFT' AND c.signed_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31) %s)
                SELECT count(*) AS contracts, coalesce(sum(total_value_vnd), 0) AS value_vnd,
                       (SELECT count(DISTINCT l.product_id) FROM sales_contract_line l JOIN k ON k.id = l.contract_id)
                       AS products
                FROM k""".formatted(run.unitFilter("pr"))).get(0);
        return new Contracts(r.number("contracts"), r.number("products"), r.number("value_vnd"));
    }

    private TradeEvents tradeEvents(Run run) {
        List<TradeEventLine> items = rows(run, """
                SELECT e.id, e.name, e.kind, e.host_province, e.starts_on, e.ends_on, count(pr.id) AS producers
                FROM trade_event e LEFT JOIN trade_event_participant tp ON tp.event_id = e.id
                LEFT JOIN producer pr ON pr.id = tp.producer_id %s
                WHERE e.starts_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)
                GROUP BY e.id %s ORDER BY e.starts_on, e.id""".formatted(run.unitFilter("pr"),
                run.unit() == null ? "" : "HAVING count(pr.id) > 0")).stream()
                .map(r -> new TradeEventLine(r.number("id"), r.text("name"), r.text("kind"), r.text("host_province"),
                        r.date("starts_on"), r.date("ends_on"), r.number("producers")))
                .toList();
        return new TradeEvents(items.size(), items);
    }

    private Support support(Run run) {
        String where = """
                FROM support_request sr JOIN producer pr ON pr.id = sr.producer_id
                WHERE sr.requested_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)""" + run.unitFilter("pr");
        SqlRow totals = rows(run, "SELECT count(*) AS requests, count(DISTINCT sr.producer_id) AS producers " + where)
                .get(0);
        List<SupportCount> cells = rows(run, "SELECT sr.type, sr.status, count(*) AS requests " + where
                + " GROUP BY sr.type, sr.status ORDER BY sr.type, sr.status").stream()
                .map(r -> new SupportCount(r.text("type"), r.text("status"), r.number("requests"))).toList();
        return new Support(totals.number("requests"), totals.number("producers"), cells);
    }

    private List<ProductLine> upgradable(Run run) {
        return products(run, """
                SELECT s.id, s.name, s.producer_name, s.district_code, s.group_code, rated.stars
                FROM rated JOIN scoped s ON s.id = rated.product_id WHERE rated.stars = 2
                ORDER BY s.district_code, s.name, s.id""").stream()
                .map(r -> new ProductLine(r.number("id"), r.text("name"), r.text("producer_name"), r.text("district_code"),
                        r.text("group_code"), r.integer("stars")))
                .toList();
    }

    private List<ExpiringCertificate> expiring(Run run) {
        return rows(run, """
                SELECT c.id, c.product_code, p.id AS product_id, p.name AS product_name, pr.name AS producer_name,
                       pr.district_code, c.stars, c.valid_until
                FROM ocop_certificate c JOIN product p ON p.id = c.product_id JOIN producer pr ON pr.id = p.producer_id
                WHERE c.revoked_on IS NULL
                  AND c.valid_until BETWEEN make_date(:year + 1, 1, 1) AND make_date(:year + 1, 12, 31) %s
                ORDER BY c.valid_until, c.id""".formatted(run.unitFilter("pr"))).stream()
                .map(r -> new ExpiringCertificate(r.number("id"), r.text("product_code"), r.number("product_id"),
                        r.text("product_name"), r.text("producer_name"), r.text("district_code"), r.integer("stars"),
                        r.date("valid_until")))
                .toList();
    }
}
