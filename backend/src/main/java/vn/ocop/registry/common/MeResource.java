package vn.ocop.registry.common;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1/me")
@Tag(name = "Identity", description = "The signed-in caller")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(
            @Schema(examples = "do-cauke") String username,
            @Schema(nullable = true, examples = "Nguyễn Văn Kè") String name,
            @Schema(examples = "[\"district-officer\"]") List<String> roles,
            @Schema(nullable = true, examples = "845",
                    description = "Admin-unit code of a district-scoped user, else null") String district) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    UnitScope scope;

    @GET
    @Authenticated
    @Operation(operationId = "getCurrentUser",
            summary = "Who am I", description = "The caller's username, name, OCOP roles and district. Any signed-in user.")
    public Me me() {
        String name = identity.getPrincipal() instanceof JsonWebToken jwt ? vietnameseName(jwt) : null;
        List<String> roles = Roles.ALL.stream().filter(identity::hasRole).toList();
        return new Me(scope.username(), name, roles, scope.districtClaim());
    }

    /** Vietnamese names put the family name first: "Trương Văn Lợi", not Keycloak's "Văn Lợi Trương". */
    private static String vietnameseName(JsonWebToken jwt) {
        Object family = jwt.getClaim("family_name");
        Object given = jwt.getClaim("given_name");
        if (family == null && given == null) {
            return jwt.getClaim("name") == null ? null : jwt.getClaim("name").toString();
        }
        return ((family == null ? "" : family + " ") + (given == null ? "" : given)).strip();
    }
}
