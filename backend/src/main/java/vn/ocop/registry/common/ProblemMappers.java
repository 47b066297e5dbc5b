package vn.ocop.registry.common;

import java.io.CharConversionException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place where exceptions become RFC 9457 responses: never a stack trace, never a 500 for bad input. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemException.invalid(errors).toProblem(path(uri)));
    }

    @ServerExceptionMapper({JsonParseException.class})
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.MALFORMED, "Malformed JSON", 400,
                "The request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")",
                path(uri), null));
    }

    /** A number too large for its field (99999999999999999999999 for an id) is noticed by the parser. */
    private static String outOfRange(InputCoercionException e) {
        Class<?> type = e.getTargetType();
        return type == Integer.TYPE || type == Integer.class
                ? "must be a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                : "must be a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE;
    }

    /** Bytes that are not text in any encoding Jackson detects (UTF-8, UTF-16, UTF-32). */
    @ServerExceptionMapper({CharConversionException.class})
    public Response notText(CharConversionException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.MALFORMED, "Malformed JSON", 400,
                "The request body is not UTF-8 text", path(uri), null));
    }

    @ServerExceptionMapper({MismatchedInputException.class, JsonMappingException.class})
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        if (e.getCause() instanceof StreamConstraintsException tooMany) {
            return tooManyValues(tooMany, uri);
        }
        String field = jsonPath(e);
        String message;
        if (e instanceof StrictJson.Refused) {
            message = e.getOriginalMessage();
        } else if (e.getCause() instanceof InputCoercionException range) {
            message = outOfRange(range);
        } else if (e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.stream(ife.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            message = "must be " + describe(mie.getTargetType());
        } else {
            message = "has an invalid value";
        }
        if (field.isEmpty()) {
            return respond(new Problem(ProblemTypes.MALFORMED, "Malformed JSON", 400,
                    "The request body does not have the expected shape", path(uri), null));
        }
        return respond(ProblemException.invalid(field, message).toProblem(path(uri)));
    }

    /** Over {@link RequestBodyMapper#MAX_VALUES} values, or nested deeper than Jackson's 1,000 levels. */
    @ServerExceptionMapper
    public Response tooManyValues(StreamConstraintsException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.HTTP, "Payload Too Large", 413,
                "The request body holds more JSON values than this API reads: at most " + RequestBodyMapper.MAX_VALUES
                        + ", nested at most 1000 levels deep",
                path(uri), null));
    }

    @ServerExceptionMapper({JsonProcessingException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.MALFORMED, "Malformed JSON", 400,
                "The request body could not be read as JSON", path(uri), null));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem p = new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                "A valid bearer token from the ocop realm is required", path(uri), null);
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(p).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Your role does not allow this operation", path(uri), null));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e, UriInfo uri) {
        return respond(ExpectedVersion.stale().toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps syntax errors; answer them like the mapping errors.
        if (e.getCause() instanceof StreamConstraintsException tooMany) {
            return tooManyValues(tooMany, uri);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", e);
        }
        String detail = switch (status.getStatusCode()) {
            case 404 -> "No resource at this address";
            case 405 -> "This method is not allowed here";
            case 406 -> "This API answers application/json";
            case 415 -> "Send the body as application/json";
            default -> status.getReasonPhrase();
        };
        return respond(new Problem(ProblemTypes.HTTP, status.getReasonPhrase(), status.getStatusCode(), detail,
                path(uri), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseUnavailable.in(e)) {
            // Not a bug of ours: no stack trace per request while PostgreSQL restarts; readiness reports it too.
            LOG.warnf("Database unavailable: %s", e);
            Problem p = new Problem(ProblemTypes.UNAVAILABLE, "Service unavailable", 503,
                    "The database cannot be reached right now; nothing was changed. Retry after "
                            + DatabaseUnavailable.RETRY_AFTER_SECONDS + " s",
                    path(uri), null);
            return Response.status(503).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).entity(p).build();
        }
        // RESTEasy's form parser fails on a multipart body it cannot read (an empty boundary, a body that ends before
        // the declared one): the client's fault, with no type of its own to map.
        if (Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getClassName().startsWith(MULTIPART_PARSER))) {
            return respond(new Problem(ProblemTypes.MALFORMED, "Malformed multipart body", 400,
                    "The request body is not multipart/form-data with the boundary its Content-Type declares",
                    path(uri), null));
        }
        LOG.error("Unexpected failure", e);
        return respond(new Problem(ProblemTypes.INTERNAL, "Internal error", 500,
                "The request could not be completed; it has been logged", path(uri), null));
    }

    private static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** "create.request.lines[0].quantity" becomes "lines[0].quantity"; a bare query parameter keeps its name. */
    static String fieldOf(ConstraintViolation<?> v) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            // Bean Validation puts a container element's index on the node that follows it.
            if (node.isInIterable() && !field.isEmpty()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (at != null) {
                    field.append('[').append(at).append(']');
                }
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if ((node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT)
                    && node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : "request";
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.getName().startsWith("java.time")) {
            return "a date like 2019-12-31";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
