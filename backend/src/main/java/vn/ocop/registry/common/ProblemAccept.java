package vn.ocop.registry.common;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that accepts application/problem+json is served whatever the operation answers on success. Every
 * operation offers the problem for its errors, and generated clients send Accept with it alone where the
 * contract lists nothing else (a DELETE's 204): matched against the operation's own media types, that would
 * be a 406. Runs before matching, so that every operation is covered; what a client names besides the problem
 * keeps its preference, and a problem refused with q=0 is no acceptance.
 */
public class ProblemAccept {
    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);
    /** Below anything a client names itself, so that it only decides when nothing else does. */
    private static final String ANYTHING_ELSE = "*/*;q=0.001";

    @ServerRequestFilter(preMatching = true)
    public void accept(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && accept.stream().anyMatch(ProblemAccept::acceptsProblems)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, String.join(", ", accept) + ", " + ANYTHING_ELSE);
        }
    }

    private static boolean acceptsProblems(String header) {
        for (String range : header.split(",")) {
            try {
                MediaType type = MediaType.valueOf(range.trim());
                if (type.getType().equalsIgnoreCase(PROBLEM.getType())
                        && type.getSubtype().equalsIgnoreCase(PROBLEM.getSubtype())
                        && !isZero(type.getParameters().get("q"))) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // a malformed range accepts nothing; matching answers the header as it is
            }
        }
        return false;
    }

    private static boolean isZero(String q) {
        return q != null && q.trim().matches("0(\\.0*)?");
    }
}
