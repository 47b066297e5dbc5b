package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PageParamsTest {
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    private static PageParams params(String page, String size, String sort) {
        PageParams p = new PageParams();
        p.page = page;
        p.size = size;
        p.sort = sort;
        return p;
    }

    @Test
    void defaults() {
        PageRequest r = params(null, null, null).resolve(SORTABLE, "name");
        assertEquals(0, r.page());
        assertEquals(20, r.size());
        assertEquals(List.of(new PageRequest.Order("name", false)), r.orders());
    }

    @Test
    void parsesSortDirections() {
        PageRequest r = params("2", "50", "-createdAt,name").resolve(SORTABLE, "name");
        assertEquals(List.of(new PageRequest.Order("createdAt", true), new PageRequest.Order("name", false)), r.orders());
        assertEquals(2, r.page());
        assertEquals(50, r.size());
    }

    @Test
    void reportsEveryBadParameter() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> params("-1", "500", "phone").resolve(SORTABLE, "name"));
        assertEquals(400, e.status());
        assertEquals(List.of("page", "size", "sort"),
                e.toProblem(null).errors().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void refusesAnOverlongSortWithoutEchoingIt() {
        String sort = "name,".repeat(1000);
        ProblemException e = assertThrows(ProblemException.class, () -> params(null, null, sort).resolve(SORTABLE, "name"));
        assertEquals(List.of(new Problem.FieldError("sort", "must be at most 200 characters")), e.toProblem(null).errors());
    }
}
