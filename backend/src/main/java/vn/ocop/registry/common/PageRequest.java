package vn.ocop.registry.common;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.query.SelectionQuery;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/** A validated page request; {@link #fetch} pages in the database and counts there too. */
public record PageRequest(int page, int size, List<Order> orders) {

    public record Order(String path, boolean descending) {
    }

    /** The same order over every row an export may hold. */
    public PageRequest forExport() {
        return new PageRequest(0, TableExport.MAX_ROWS, orders);
    }

    /** The requested order, with the id as a final tie-breaker so that pages never overlap. */
    public Sort toSort(String idPath) {
        Sort sort = null;
        for (Order o : orders) {
            Sort.Direction d = o.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(o.path(), d) : sort.and(o.path(), d);
        }
        boolean hasId = orders.stream().anyMatch(o -> o.path().equals(idPath));
        if (!hasId) {
            sort = sort == null ? Sort.by(idPath) : sort.and(idPath);
        }
        return sort;
    }

    /** {@link #toSort} as an HQL {@code order by} clause, for a query outside Panache ({@link ReadDatabase}). */
    public String orderBy(String idPath) {
        return toSort(idPath).getColumns().stream()
                .map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                .collect(Collectors.joining(", ", " order by ", ""));
    }

    public <E, R> Page<R> fetch(PanacheQuery<E> query, Function<E, R> mapper) {
        List<R> items = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream().map(mapper).toList();
        long total = items.size() < size && page == 0 ? items.size() : query.count();
        return new Page<>(items, page, size, total);
    }

    /** As above, for a Hibernate query ordered by {@link #orderBy}. */
    public <E, R> Page<R> fetch(SelectionQuery<E> query, Function<E, R> mapper) {
        List<R> items = query.setFirstResult(page * size).setMaxResults(size).getResultList().stream().map(mapper)
                .toList();
        long total = items.size() < size && page == 0 ? items.size() : query.getResultCount();
        return new Page<>(items, page, size, total);
    }
}
