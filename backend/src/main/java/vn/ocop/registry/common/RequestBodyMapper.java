package vn.ocop.registry.common;

import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Request and response bodies go through the application's mapper (with {@link StrictJson}) in a copy that reads at
 * most {@value #MAX_VALUES} JSON values (tokens) per body; the largest official score sheet holds about 1,800. The
 * 10 MiB byte limit alone let a 2.5 MB sheet of 41,415 invalid parts through, whose 165,000 violations ran the JVM's
 * heap out while they were reported; now such a body is a 413 problem ({@link ProblemMappers#tooManyValues}) after
 * the first {@value #MAX_VALUES} values. The mapper itself stays unbounded for what the application reads on its own
 * (the bundled rubric library, report rows).
 */
@Provider
@Singleton
public class RequestBodyMapper implements ContextResolver<ObjectMapper> {
    public static final int MAX_VALUES = 20_000;

    private final ObjectMapper bodies;

    RequestBodyMapper(ObjectMapper mapper) {
        bodies = mapper.copyWith(mapper.getFactory().copy().setStreamReadConstraints(
                mapper.getFactory().streamReadConstraints().rebuild().maxTokenCount(MAX_VALUES).build()));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return bodies;
    }
}
