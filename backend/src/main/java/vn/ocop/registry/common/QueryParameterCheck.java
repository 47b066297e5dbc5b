package vn.ocop.registry.common;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every query parameter of every operation is text the database can take: a NUL, another control
 * character or broken UTF-8 (decoded as U+FFFD) is a 400 naming the parameter, before any filter
 * reaches a query (PostgreSQL refuses NUL in text, which would be a 500).
 */
public class QueryParameterCheck {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        uri.getQueryParameters().forEach((name, values) -> values.forEach(v -> QueryValues.text(name, v)));
    }
}
