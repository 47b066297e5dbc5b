package vn.ocop.registry.common;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * How callers authenticate, as OAuth2 flows that Swagger UI and generated clients can run against the realm:
 * authorization code with PKCE for people (client ocop-spa), client credentials for integrators. Quarkus lists
 * an operation's {@code @RolesAllowed} (a {@link Roles} set, unresolved) as the scopes of its requirement; realm
 * roles are not OAuth2 scopes (asking Keycloak for them fails), so the set's roles move to {@code x-roles} and the
 * requirement asks for no scope.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiSecurity implements OASFilter {
    static final String SCHEME = "keycloak";
    /** Where browsers and integrators reach the realm (the same name the backend verifies tokens against). */
    private static final String REALM = "http://localhost:8180/realms/ocop/protocol/openid-connect";
    private static final String DESCRIPTION = """
            Keycloak realm `ocop`. People log in with the authorization code flow and PKCE (public client \
            `ocop-spa`); integrators use the client credentials flow with their confidential client (the demo \
            one is `ocop-integrator-demo`). No scope needs to be requested. What a caller may do follows from \
            the realm roles in its token, listed per operation in `x-roles` (none listed: any signed-in caller): \
            `ocop-admin` (the provincial OCOP office), `provincial-council`, `district-council` and \
            `district-officer` (limited to the district in the token's `district` claim), and `integrator` \
            (whole province, without household businesses' personal data).""";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2).description(DESCRIPTION)
                .flows(OASFactory.createOAuthFlows()
                        .authorizationCode(OASFactory.createOAuthFlow().authorizationUrl(REALM + "/auth")
                                .tokenUrl(REALM + "/token").scopes(Map.of()))
                        .clientCredentials(OASFactory.createOAuthFlow().tokenUrl(REALM + "/token")
                                .scopes(Map.of()))));
        // Relative: Swagger UI calls the server that serves it, and an integrator's client the server it read
        // the contract from (or the base URL it is given).
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The server that serves this contract (`make run`: http://localhost:8080)")));
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(OpenApiSecurity::rolesInWords));
        }
    }

    /** The roles config lists for a {@link Roles} set (AccessAnnotationTest: every scope here is one). */
    private static Stream<String> rolesOf(String set) {
        return ConfigProvider.getConfig().getValues(Roles.configKey(set), String.class).stream();
    }

    private static void rolesInWords(Operation op) {
        List<SecurityRequirement> security = op.getSecurity();
        if (security == null || security.isEmpty()) {
            return;
        }
        List<String> roles = security.stream().map(r -> r.getScheme(SCHEME)).filter(s -> s != null)
                .flatMap(List::stream).flatMap(OpenApiSecurity::rolesOf).distinct().toList();
        op.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        if (!roles.isEmpty()) {
            op.addExtension("x-roles", roles);
        }
    }
}
