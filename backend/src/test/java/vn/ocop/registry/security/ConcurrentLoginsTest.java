package vn.ocop.registry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.common.Concurrently;
import vn.ocop.registry.common.TestUsers;

/**
 * With brute-force protection on, Keycloak 26 answers a user's concurrent logins with user_temporarily_disabled
 * unless its detector allows concurrent requests (set by scripts/keycloak.sh, Compose and the Kubernetes manifests):
 * a member with two tabs, or a script requesting tokens in parallel, must get in.
 */
class ConcurrentLoginsTest {
    private static final int LOGINS = 8;

    @Test
    void concurrentLoginsOfOneUserAllSucceedWhileBruteForceProtectionIsOn() throws Exception {
        Boolean protectedRealm = ForeignTokens.admin().get("/admin/realms/ocop").then().statusCode(200).extract()
                .path("bruteForceProtected");
        assertTrue(protectedRealm, "the running realm has brute-force protection on, as imported");

        var answers = Concurrently.send(LOGINS, i -> TestUsers.login(TestUsers.DO_CAUKE));
        assertEquals(Map.of(200, LOGINS), Concurrently.statuses(answers),
                () -> answers.stream().map(r -> r.asString()).distinct().toList().toString());
    }
}
