package vn.ocop.registry.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Lookups by many keys ({@code ... where x in :keys}) in slices. PostgreSQL takes at most 65,535
 * bind parameters a statement and Hibernate pads in-lists to the next power of two, while an
 * export names up to {@link TableExport#MAX_ROWS} rows. A list page still costs one query per
 * lookup; a full export at most {@code keys / SLICE + 1}.
 */
public final class InBatches {
    /** Padded to 16,384 parameters: well within the limit, with room for the query's other ones. */
    public static final int SLICE = 10_000;

    private InBatches() {
    }

    /** The results of {@code query} over the distinct {@code keys}, slice by slice; empty keys run no query. */
    public static <K, R> List<R> list(Collection<K> keys, Function<List<K>, List<R>> query) {
        List<K> distinct = List.copyOf(new LinkedHashSet<>(keys));
        if (distinct.size() <= SLICE) {
            return distinct.isEmpty() ? List.of() : query.apply(distinct);
        }
        List<R> results = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += SLICE) {
            results.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + SLICE))));
        }
        return results;
    }
}
