package vn.ocop.registry.common;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;

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

    /** A row that came back as a JSON object (a {@code json_agg} of rows): dates are then ISO strings. */
    public static SqlRow of(Map<String, Object> values) {
        return new SqlRow(new MapTuple(values));
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
        if (value instanceof String iso) {
            return LocalDate.parse(iso);
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** The columns of a JSON row by name; by position there are none. */
    private record MapTuple(Map<String, Object> values) implements Tuple {
        @Override
        public Object get(String alias) {
            if (!values.containsKey(alias)) {
                throw new IllegalArgumentException("no column " + alias);
            }
            return values.get(alias);
        }

        @Override
        public <X> X get(String alias, Class<X> type) {
            return type.cast(get(alias));
        }

        @Override
        public <X> X get(TupleElement<X> element) {
            return element.getJavaType().cast(get(element.getAlias()));
        }

        @Override
        public Object get(int i) {
            throw new UnsupportedOperationException("a JSON row is read by column name");
        }

        @Override
        public <X> X get(int i, Class<X> type) {
            throw new UnsupportedOperationException("a JSON row is read by column name");
        }

        @Override
        public Object[] toArray() {
            return values.values().toArray();
        }

        @Override
        public List<TupleElement<?>> getElements() {
            throw new UnsupportedOperationException("a JSON row is read by column name");
        }
    }
}
