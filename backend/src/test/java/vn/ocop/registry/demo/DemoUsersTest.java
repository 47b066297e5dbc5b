package vn.ocop.registry.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo users are one set of people: the realm's demo overlay (keycloak/demo-overlay.json) names each of them, no
 * two alike, and every council member of the demo dataset is among them. The demo loader takes the names
 * from the users' tokens, so the councils it records carry these names.
 */
class DemoUsersTest {

    /** username → full name in Vietnamese order (family name, then given names) of every named realm user. */
    static Map<String, String> realmFullNames() throws IOException {
        JsonNode overlay = new ObjectMapper()
                .readTree(Files.readString(DemoDataScript.ROOT.resolve("keycloak/demo-overlay.json")));
        Map<String, String> names = new HashMap<>();
        overlay.get("users").forEach(u -> {
            if (u.hasNonNull("firstName") && u.hasNonNull("lastName")) {
                names.put(u.get("username").asText(), (u.get("lastName").asText() + " " + u.get("firstName").asText()).trim());
            }
        });
        return names;
    }

    @Test
    void everyDemoCouncilMemberIsANamedRealmUserAndNoTwoUsersShareAName() throws IOException {
        Map<String, String> names = realmFullNames();
        Map<String, List<String>> byName = names.keySet().stream().collect(Collectors.groupingBy(names::get));
        byName.values().removeIf(users -> users.size() < 2);
        assertEquals(Map.of(), byName, "users sharing a full name");

        JsonNode data = new ObjectMapper().readTree(Files.readString(
                DemoDataScript.ROOT.resolve("scripts/demo/tra-vinh-2019.json")));
        List<String> council = new ArrayList<>(List.of("pc1", "pc2", "pc3"));
        data.get("districtCouncils").forEach(prefix -> {
            for (int i = 1; i <= 3; i++) {
                council.add(prefix.asText() + "-" + i);
            }
        });
        assertEquals(30, council.size());
        for (String user : council) {
            assertTrue(names.containsKey(user), user + " is a named user of the realm");
            assertTrue(names.get(user).contains(" "), user + " has a family and a given name");
        }
    }
}
