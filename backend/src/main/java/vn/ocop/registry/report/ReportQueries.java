package vn.ocop.registry.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import vn.ocop.registry.common.ReadDatabase;
import vn.ocop.registry.common.SqlRow;

/**
 * The SQL the report's sections share: the products of the year ({@code scoped}, {@code rated}, {@code held}) and the
 * unit a report covers. A unit covers the producers recorded in it or in any unit that lies in it: its sub-units (a
 * district's communes, a province's districts) and the units placed in it as a whole through the successions
 * (precomputed in {@code admin_unit_placement}), and so on down: Xã Cầu Kè of today covers a 2019 producer of Thị
 * trấn Cầu Kè, the new province 86 covers Trà Vinh (84) and every district and commune it had, and the district 845
 * of the past covers its producers and those of its communes. A part of a unit (845 went in parts to four communes)
 * covers nothing: a producer recorded only by a district that was split is not in any one of its successors.
 */
@ApplicationScoped
public class ReportQueries {
    /** CTEs shared by the product queries: {@code scoped} (products of the year) and {@code rated} (final stars). */
    static final String BASE = """
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
                SELECT p.id, p.name, p.producer_id, pr.name AS producer_name, pr.district_code, pr.commune_id,
                       coalesce(pr.commune_id, pr.district_id) AS recorded_id,
                       CASE WHEN du.valid_from <= make_date(:year, 12, 31)
                             AND (du.valid_to IS NULL OR du.valid_to >= make_date(:year, 1, 1))
                            THEN du.id END AS year_district_id,
                       g.code AS group_code, g.name AS group_name, g.position AS group_position
                FROM entered x JOIN product p ON p.id = x.product_id
                JOIN producer pr ON pr.id = p.producer_id
                LEFT JOIN admin_unit du ON du.id = pr.district_id
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
            ), in_force AS (
                SELECT c.id, c.type, c.issued_on, c.product_id, c.producer_id FROM certification c
                WHERE c.issued_on <= make_date(:year, 12, 31)
                  AND (c.expires_on IS NULL OR c.expires_on >= make_date(:year, 1, 1))
            ), held AS (
                -- A product's own certifications and its producer's: two hash joins (an OR across the join would
                -- compare every product of the year with every certification).
                SELECT c.id, c.type, c.issued_on, s.id AS product_id FROM scoped s JOIN in_force c ON c.product_id = s.id
                UNION
                SELECT c.id, c.type, c.issued_on, s.id FROM scoped s JOIN in_force c ON c.producer_id = s.producer_id
            )
            """;

    /**
     * The unit versions a report's unit covers, down the hierarchy ({@code parent_id}, indexed) and back through whole
     * placements (indexed by {@code placed_id}): one recursive walk per query, over a few hundred units.
     */
    private static final String COVER = """
            unit_cover(id) AS (
                SELECT CAST(:unit AS bigint)
                UNION
                SELECT e.below FROM unit_cover k JOIN (
                    SELECT c.id AS below, c.parent_id AS above FROM admin_unit c WHERE c.parent_id IS NOT NULL
                    UNION ALL
                    SELECT pl.unit_id, pl.placed_id FROM admin_unit_placement pl
                    WHERE pl.portion = 'WHOLE' AND pl.unit_id <> pl.placed_id
                ) e ON e.above = k.id
            )""";

    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
    };

    @Inject
    ReadDatabase reads;
    @Inject
    ObjectMapper objectMapper;
    private ObjectReader json;

    @PostConstruct
    void reader() {
        // Sums beyond a double's 53 bits stay exact.
        json = objectMapper.readerFor(ROWS).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * One report's parameters: its year, the unit version it covers (null: all), the province's today, and the tax
     * code of the partner a bound integrator client is confined to (null: every partner's contracts).
     */
    record Run(int year, Long unitId, LocalDate today, String boundPartnerTaxCode) {
        /** Narrows a sales contract alias to the bound partner's contracts; empty when not bound. */
        String partnerFilter(String contractAlias) {
            return boundPartnerTaxCode == null
                    ? ""
                    : " AND %s.partner_id IN (SELECT id FROM partner WHERE tax_code = :partner)".formatted(contractAlias);
        }

        /** Narrows a producer alias to the covered units; empty for a report of everything. */
        String unitFilter(String producerAlias) {
            return unitId == null
                    ? ""
                    : " AND (%1$s.commune_id IN (SELECT id FROM unit_cover) OR %1$s.district_id IN (SELECT id FROM unit_cover))"
                            .formatted(producerAlias);
        }

        /** The statement with the {@code unit_cover} CTE in front when the report covers a unit. */
        String withCover(String sql) {
            if (unitId == null) {
                return sql;
            }
            return sql.startsWith("WITH ")
                    ? "WITH RECURSIVE " + COVER + ",\n" + sql.substring(5)
                    : "WITH RECURSIVE " + COVER + "\n" + sql;
        }
    }

    /**
     * Runs a statement of the report: {@code :year}, and {@code :unit} / {@code :today} when it uses them. On the read
     * database (a replica when there is one): reports are read, never read back after a write.
     */
    List<SqlRow> rows(Run run, String sql) {
        String statement = run.withCover(sql);
        return reads.read(session -> {
            Query q = session.createNativeQuery(statement, Tuple.class).setParameter("year", run.year());
            if (run.unitId() != null) {
                q.setParameter("unit", run.unitId());
            }
            if (statement.contains(":today")) {
                q.setParameter("today", run.today());
            }
            if (statement.contains(":partner")) {
                q.setParameter("partner", run.boundPartnerTaxCode());
            }
            return SqlRow.list(q);
        });
    }

    /**
     * The report's sections in one statement: {@link #BASE} narrowed to the unit is planned and run once, each section
     * a subquery over it whose rows come back as one JSON array (in the subquery's order), read by column alias.
     */
    Map<String, List<SqlRow>> sections(Run run, Map<String, String> sections) {
        StringBuilder sql = new StringBuilder(BASE.formatted(run.unitFilter("pr"))).append("SELECT ");
        sections.forEach(
                (name, select) -> sql.append("(SELECT CAST(coalesce(json_agg(t), '[]') AS text) FROM (\n").append(select)
                        .append("\n) t) AS ").append(name).append(",\n"));
        sql.setLength(sql.length() - 2);
        SqlRow row = rows(run, sql.toString()).get(0);
        Map<String, List<SqlRow>> out = new LinkedHashMap<>();
        for (String name : sections.keySet()) {
            try {
                List<Map<String, Object>> items = json.readValue(row.text(name));
                out.put(name, items.stream().map(SqlRow::of).toList());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("section " + name + " of the annual report is not JSON", e);
            }
        }
        return out;
    }
}
