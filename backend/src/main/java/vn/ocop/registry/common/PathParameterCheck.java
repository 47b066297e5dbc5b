package vn.ocop.registry.common;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every numeric path parameter is an id: what can never be one (abc, 1.5, 99999999999999999999, 0, -1) is a 400
 * naming the parameter, like a bad query parameter, before anything is looked up. Left to RESTEasy's conversion
 * it would be a bare 404, which says "no such resource" about a request that could never name one. Every path
 * parameter is text that {@link Text#normalize} takes (no NUL, which PostgreSQL cannot compare: that was a 500).
 */
public class PathParameterCheck {
    /** Per resource method: its numeric path parameters and the largest value each can hold. */
    private static final Map<Method, Map<String, Long>> NUMERIC = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        NUMERIC.computeIfAbsent(method, PathParameterCheck::numericPathParameters).forEach((name, max) -> {
            String value = uri.getPathParameters().getFirst(name);
            // Blank or padded, a value would pass the query parameters' trimming and still fail the conversion.
            boolean exact = value != null && !value.isBlank() && value.equals(value.trim());
            QueryValues.wholeNumber(name, exact ? value : "-", 1, max);
        });
        // A text parameter (a unit's or a certificate's code) is looked up: what PostgreSQL cannot hold (NUL) or what
        // is not text is refused like in a query.
        uri.getPathParameters().forEach((name, values) -> values.forEach(value -> QueryValues.text(name, value)));
    }

    private static Map<String, Long> numericPathParameters(Method method) {
        Map<String, Long> numeric = new LinkedHashMap<>();
        for (Parameter p : method.getParameters()) {
            PathParam path = p.getAnnotation(PathParam.class);
            Class<?> type = p.getType();
            if (path == null) {
                continue;
            }
            if (type == long.class || type == Long.class) {
                numeric.put(path.value(), Long.MAX_VALUE);
            } else if (type == int.class || type == Integer.class) {
                numeric.put(path.value(), (long) Integer.MAX_VALUE);
            }
        }
        return numeric;
    }
}
