package vn.ocop.registry.common;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/**
 * One row of a native SQL query, read by its column aliases (lower case, as PostgreSQL reports them) instead of
 * by position. The readers absorb what the JDBC types leave open: counts and sums come back as {@code Long},
 * {@code Integer} or {@code BigDecimal}, dates as {@code java.sql.Date} or {@code LocalDate}.
 */
public record SqlRow(Tuple tuple) {
    /** The rows of a query created with {@code em.createNativeQuery(sql, Tuple.class)}. */
    public static List<SqlRow> list(Query query) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(SqlRow::new).toList();
    }

    /** A count, sum or id; 0 for SQL NULL (an aggregate over no rows). */
    public long number(String alias) {
        Object value = tuple.get(alias);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A small number (stars, points, a count of sheets); 0 for SQL NULL. */
    public int integer(String alias) {
        return (int) number(alias);
    }

    public String text(String alias) {
        return (String) tuple.get(alias);
    }

    public boolean flag(String alias) {
        return Boolean.TRUE.equals(tuple.get(alias));
    }

    /** A timestamptz, whichever type the driver gave it. */
    public Instant instant(String alias) {
        Object value = tuple.get(alias);
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    public LocalDate date(String alias) {
        Object value = tuple.get(alias);
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
