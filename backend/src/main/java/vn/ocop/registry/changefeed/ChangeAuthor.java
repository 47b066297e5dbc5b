package vn.ocop.registry.changefeed;

import java.util.Objects;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;
import vn.ocop.registry.common.UnitScope;

/**
 * Who made a change: the caller's username, its role and, when it is a client (a service account), the client id;
 * outside a request (scheduled jobs, loaders) the system.
 */
record ChangeAuthor(String actor, String role, String client) {
    static final ChangeAuthor SYSTEM = new ChangeAuthor("system", "system", null);
    private static final String SERVICE_ACCOUNT = "service-account-";

    static ChangeAuthor current() {
        ArcContainer arc = Arc.container();
        if (!arc.requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = arc.instance(SecurityIdentity.class).get();
        if (identity.isAnonymous()) {
            return SYSTEM;
        }
        String name = identity.getPrincipal().getName();
        String role = Objects.requireNonNullElse(arc.instance(UnitScope.class).get().role(), "none");
        String client = null;
        if (name.startsWith(SERVICE_ACCOUNT) && identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            client = azp == null ? name.substring(SERVICE_ACCOUNT.length()) : azp.toString().replace("\"", "");
        }
        return new ChangeAuthor(name, role, client);
    }
}
