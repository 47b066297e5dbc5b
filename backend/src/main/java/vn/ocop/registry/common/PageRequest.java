package vn.ocop.registry.common;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/**
 * A validated page request; {@link #fetch} pages in the database and counts there too.
 *
 * @param after the sort keys of the last item of the previous page (from its {@code next} cursor), or null
 */
public record PageRequest(int page, int size, List<Order> orders, List<String> after) {
    /** Counts stop here: counting every row of a national list would cost more than the page itself. */
    public static final int COUNT_CAP = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Order(String path, boolean descending) {
    }

    public PageRequest(int page, int size, List<Order> orders) {
        this(page, size, orders, null);
    }

    /** The same order over every row an export may hold. */
    public PageRequest forExport() {
        return new PageRequest(0, TableExport.MAX_ROWS, orders);
    }

    /** The requested order, with the id as a final tie-breaker so that pages never overlap. */
    public Sort toSort(String idPath) {
        Sort sort = null;
        for (Order o : keys(idPath)) {
            Sort.Direction d = o.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(o.path(), d) : sort.and(o.path(), d);
        }
        return sort;
    }

    private List<Order> keys(String idPath) {
        List<Order> keys = new ArrayList<>(orders);
        if (orders.stream().noneMatch(o -> o.path().equals(idPath))) {
            keys.add(new Order(idPath, false));
        }
        return keys;
    }

    /** Pages a query with offsets and counts every row (lists that may page by cursor use {@link #fetch(Listing, Function)}). */
    public <E, R> Page<R> fetch(PanacheQuery<E> query, Function<E, R> mapper) {
        if (after != null) {
            throw ProblemException.invalid("after", "this list pages by `page` only");
        }
        List<R> items = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream().map(mapper).toList();
        long total = items.size() < size && (page == 0 || !items.isEmpty()) ? (long) page * size + items.size() : query.count();
        return new Page<>(items, page, size, total);
    }

    /**
     * A list query: {@code from} is its from-clause with the root entity as {@code alias} (fetch joins allowed), e.g.
     * {@code "from Product p join fetch p.producer pr"}; {@code idPath} its unique key, the last tie-breaker;
     * {@code notNull} the sort paths that are never null, whose cursor pages start with an index range scan.
     */
    public record Listing<E>(Class<E> type, String alias, String from, Where where, String idPath, Set<String> notNull) {
    }

    /**
     * Pages by offset ({@code page}) or, after a cursor, by keyset: the rows that sort after the cursor's keys, so a
     * deep page costs what the first does and rows added meanwhile neither repeat nor skip items. Reads one row more
     * than the page to know whether a next one exists, and counts only when that row does not tell the total, up to
     * {@link #COUNT_CAP}.
     */
    public <E, R> Page<R> fetch(Listing<E> listing, Function<E, R> mapper) {
        return fetch(Panache.getEntityManager(), listing, mapper);
    }

    /** As above, in a session of the caller's, e.g. one of {@link ReadDatabase}. */
    public <E, R> Page<R> fetch(EntityManager em, Listing<E> listing, Function<E, R> mapper) {
        List<Order> keys = keys(listing.idPath());
        StringBuilder hql = new StringBuilder("select ").append(listing.alias()).append(" as item");
        for (int i = 0; i < keys.size(); i++) {
            hql.append(", ").append(keys.get(i).path()).append(" as key").append(i);
        }
        hql.append(' ').append(listing.from()).append(" where (").append(listing.where().hql()).append(')');
        Map<String, String> keyParams = new HashMap<>();
        if (after != null) {
            hql.append(" and (").append(after(keys, keyParams, listing.notNull())).append(')');
        }
        hql.append(" order by ").append(String.join(", ",
                keys.stream().map(k -> k.path() + (k.descending() ? " desc" : " asc")).toList()));
        TypedQuery<Tuple> query = em.createQuery(hql.toString(), Tuple.class);
        listing.where().params().forEach(query::setParameter);
        keyParams.forEach((name, value) -> query.setParameter(name, convert(query.getParameter(name), value)));
        if (after == null) {
            query.setFirstResult(page * size);
        }
        List<Tuple> rows = query.setMaxResults(size + 1).getResultList();
        boolean more = rows.size() > size;
        List<Tuple> shown = more ? rows.subList(0, size) : rows;
        String next = more ? cursor(shown.get(size - 1), keys.size()) : null;
        List<R> items = shown.stream().map(r -> mapper.apply(r.get("item", listing.type()))).toList();
        long total;
        if (after == null && !more && (page == 0 || !items.isEmpty())) {
            total = (long) page * size + items.size();
        } else {
            TypedQuery<Object> count = em.createQuery("select " + listing.idPath() + " "
                    + listing.from().replace(" join fetch ", " join ") + " where " + listing.where().hql(), Object.class);
            listing.where().params().forEach(count::setParameter);
            total = count.setMaxResults(COUNT_CAP + 1).getResultList().size();
        }
        return new Page<>(items, after == null ? page : 0, size, Math.min(total, COUNT_CAP), total > COUNT_CAP, next);
    }

    /**
     * The rows after the cursor's keys in the order of {@code keys}: some key sorts after the cursor's while those
     * before it are equal. PostgreSQL sorts nulls last ascending and first descending, which this follows.
     */
    private String after(List<Order> keys, Map<String, String> params, Set<String> notNull) {
        if (after.size() != keys.size()) {
            throw invalidCursor();
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(equal(keys.get(j).path(), j, params));
            }
            Order k = keys.get(i);
            String v = after.get(i);
            String name = "after" + i;
            if (v == null) {
                if (!k.descending()) {
                    continue;
                }
                terms.add(k.path() + " is not null");
            } else {
                params.put(name, v);
                terms.add(k.descending()
                        ? k.path() + " < :" + name
                        : "(" + k.path() + " > :" + name + " or " + k.path() + " is null)");
            }
            alternatives.add("(" + String.join(" and ", terms) + ")");
        }
        if (alternatives.isEmpty()) {
            return "1 = 0";
        }
        String rows = String.join(" or ", alternatives);
        // The same rows, with a bound on the first key that an index on it can seek to: an OR alone cannot.
        Order first = keys.get(0);
        if (after.get(0) != null && notNull.contains(first.path())) {
            return first.path() + (first.descending() ? " <= " : " >= ") + ":after0 and (" + rows + ")";
        }
        return rows;
    }

    private String equal(String path, int i, Map<String, String> params) {
        if (after.get(i) == null) {
            return path + " is null";
        }
        params.put("after" + i, after.get(i));
        return path + " = :after" + i;
    }

    private static String cursor(Tuple row, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object key = row.get("key" + i);
            keys.add(key == null ? null : key instanceof Enum<?> e ? e.name() : key.toString());
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(keys));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sort keys a cursor carries; a cursor this did not make is a 400 naming {@code after}. */
    static List<String> parseCursor(String cursor) {
        try {
            List<String> keys = JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8),
                    new TypeReference<List<String>>() {
                    });
            if (keys == null || keys.isEmpty()) {
                throw invalidCursor();
            }
            return keys;
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw invalidCursor();
        }
    }

    /** A cursor's key as the type its query expects, e.g. a date or an enum constant. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Parameter<?> parameter, String value) {
        Class<?> type = parameter.getParameterType();
        try {
            if (type == null || type == String.class) {
                return value;
            } else if (type == Long.class || type == long.class) {
                return Long.valueOf(value);
            } else if (type == Integer.class || type == int.class) {
                return Integer.valueOf(value);
            } else if (type == LocalDate.class) {
                return LocalDate.parse(value);
            } else if (type == Instant.class) {
                return Instant.parse(value);
            } else if (type == OffsetDateTime.class) {
                return OffsetDateTime.parse(value);
            } else if (type == BigDecimal.class) {
                return new BigDecimal(value);
            } else if (type == UUID.class) {
                return UUID.fromString(value);
            } else if (type == Boolean.class || type == boolean.class) {
                return Boolean.valueOf(value);
            } else if (type.isEnum()) {
                return Enum.valueOf((Class) type, value);
            }
        } catch (RuntimeException e) {
            throw invalidCursor();
        }
        throw new IllegalStateException("cannot page by a key of type " + type);
    }

    private static ProblemException invalidCursor() {
        return ProblemException.invalid("after", "is not a cursor of this list; use the `next` of a page of the same list");
    }
}
