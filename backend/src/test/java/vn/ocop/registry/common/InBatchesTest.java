package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class InBatchesTest {

    @Test
    void aShortListIsOneQueryOfItsDistinctKeys() {
        List<List<Long>> queries = new ArrayList<>();
        List<Long> result = InBatches.list(List.of(3L, 1L, 3L, 2L), keys -> {
            queries.add(keys);
            return keys;
        });
        assertEquals(List.of(List.of(3L, 1L, 2L)), queries);
        assertEquals(List.of(3L, 1L, 2L), result);
    }

    @Test
    void noKeysNoQuery() {
        assertEquals(List.of(), InBatches.<Long, Long>list(List.of(), keys -> {
            throw new AssertionError("no query for no keys");
        }));
    }

    @Test
    void aLongListIsQueriedInSlices() {
        List<Long> keys = LongStream.rangeClosed(1, 2L * InBatches.SLICE + 1).boxed().toList();
        List<Integer> sizes = new ArrayList<>();
        List<Long> result = InBatches.list(keys, slice -> {
            sizes.add(slice.size());
            return slice;
        });
        assertEquals(List.of(InBatches.SLICE, InBatches.SLICE, 1), sizes);
        assertEquals(keys, result);
    }
}
