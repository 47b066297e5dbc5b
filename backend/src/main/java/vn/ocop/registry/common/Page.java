package vn.ocop.registry.common;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the shape of every list response. */
public record Page<T>(List<T> items, int page, int size,
        @Schema(description = "How many items the list holds. Lists that page by cursor (`after`) count up to "
                + PageRequest.COUNT_CAP + ": when there are more, `total` is " + PageRequest.COUNT_CAP
                + " and `totalCapped` is true (follow `next`, or narrow the filters, to reach the items beyond); "
                + "the others count every item.") long total,
        @Schema(description = "True when the list holds more than `total` items (see `total`)") boolean totalCapped,
        @Schema(description = "Opaque cursor of the next page, for the `after` parameter of the same request; null "
                + "on the last page and in lists that page by `page` only. Unlike `page`, it stays fast and stable however deep the page.",
                nullable = true) String next) {

    /** A page that holds every item there is. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false, null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return withItems(items.stream().map(mapper).toList());
    }

    /** The same page (counts and cursor) with other items, e.g. views of these. */
    public <R> Page<R> withItems(List<R> other) {
        return new Page<>(other, page, size, total, totalCapped, next);
    }
}
