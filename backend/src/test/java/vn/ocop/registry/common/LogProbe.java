package vn.ocop.registry.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.vertx.ext.web.Router;

/**
 * A test-only route that writes one log line while it serves a request (the application logs only on failures), so
 * that RequestIdTest can find that line in the JSON log. A Vert.x route: it is not an API operation.
 */
@ApplicationScoped
public class LogProbe {
    static final String PATH = "/test-support/log-probe";
    static final String MESSAGE = "log probe";
    private static final Logger LOG = Logger.getLogger(LogProbe.class);

    void route(@Observes Router router) {
        router.get(PATH).blockingHandler(rc -> {
            // on a worker thread, like the API's operations
            LOG.info(MESSAGE);
            rc.response().setStatusCode(204).end();
        });
    }
}
