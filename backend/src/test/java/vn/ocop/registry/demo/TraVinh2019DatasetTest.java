package vn.ocop.registry.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The Trà Vinh 2019 demo dataset, loaded by {@code scripts/demo_data.py} through this test instance's API as
 * the real demo users, reproduces every figure of the 2019 report; a load interrupted in the middle of the
 * scoring is finished by the next run, and loading it again changes nothing. Council members carry their
 * Keycloak names. The
 * test database is shared with other tests, so the figures are taken over the dataset's own producers (its
 * fixed tax codes) only. Keycloak must know the 21 district council members of the seven other units: when
 * it does not, the script fails and so does this test.
 */
@QuarkusTest
@TestProfile(SeedDatabase.class)
class TraVinh2019DatasetTest {
    private static final Path DATA = DemoDataScript.ROOT.resolve("scripts/demo/tra-vinh-2019.json");
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    private static final List<String> COUNTED = List.of("/api/v1/producers", "/api/v1/products",
            "/api/v1/certifications", "/api/v1/evaluation-rounds", "/api/v1/evaluation-entries",
            "/api/v1/score-sheets", "/api/v1/ocop-certificates", "/api/v1/recognition-decisions", "/api/v1/partners",
            "/api/v1/sales-contracts", "/api/v1/trade-events", "/api/v1/support-requests");

    @TestHTTPResource("/")
    URL api;

    /**
     * Writes before the interruption: producers, products, certifications, the provincial round and Thành phố
     * Trà Vinh's round with its entries take 110; ten more stop the scoring with one sheet left a draft.
     */
    private static final int INTERRUPT_AFTER = 120;

    @Test
    void loadsTheReportFiguresOnceThroughTheApi() throws Exception {
        String cut = DemoDataScript.interrupted(api, INTERRUPT_AFTER);
        String first = runScript();
        assertTrue(first.contains("demo data loaded") || cut.contains("already loaded") && first.contains("already loaded"),
                "the interrupted load is finished:\n" + first);
        Map<String, Long> before = counts();
        String second = runScript();
        assertTrue(second.contains("Trà Vinh 2019 demo data already loaded"), second);
        assertEquals(before, counts(), "a second load changed nothing");

        JsonNode data = new ObjectMapper().readTree(Files.readString(DATA, StandardCharsets.UTF_8));
        Set<String> taxCodes = new HashSet<>();
        data.get("producers").forEach(p -> taxCodes.add(taxCode(p.get("taxSeq").asInt())));
        Set<Long> producers = all("/api/v1/producers", Map.of()).stream()
                .filter(p -> taxCodes.contains(p.get("taxCode"))).map(p -> num(p.get("id")))
                .collect(Collectors.toSet());
        assertEquals(32, producers.size(), "producers");
        List<Map<String, Object>> products = all("/api/v1/products", Map.of("year", "2019")).stream()
                .filter(p -> producers.contains(num(p.get("producerId")))).toList();
        assertEquals(39, products.size(), "products");
        assertEquals(9, products.stream().map(p -> p.get("districtCode")).distinct().count(), "units taking part");
        Map<Long, Map<String, Object>> byId = new HashMap<>();
        products.forEach(p -> byId.put(num(p.get("id")), p));

        // Certificates of the provincial decision: 27 × 3★ and 3 × 4★ (36 months from 2019-12-20, so EXPIRED now).
        List<Map<String, Object>> certificates = all("/api/v1/ocop-certificates", Map.of("year", "2019")).stream()
                .filter(c -> byId.containsKey(num(c.get("productId")))).toList();
        assertEquals(30, certificates.size(), "certificates");
        assertEquals(Map.of(3L, 27L, 4L, 3L), certificates.stream().collect(Collectors.groupingBy(
                c -> num(c.get("stars")), TreeMap::new, Collectors.counting())), "certificates by stars");
        assertEquals(Set.of("Chả Hoa", "Gạo Long Hiệp (Hạt Ngọc Rồng)", "Bộ Salon tre"), certificates.stream()
                .filter(c -> num(c.get("stars")) == 4).map(c -> c.get("productName")).collect(Collectors.toSet()));
        assertEquals(Set.of("2680/QĐ-UBND"), certificates.stream().map(c -> ((Map<?, ?>) c.get("decision"))
                .get("number")).collect(Collectors.toSet()));
        Set<Long> certified = certificates.stream().map(c -> num(c.get("productId"))).collect(Collectors.toSet());
        assertEquals(Map.of("842", 12L, "846", 2L, "844", 2L, "845", 3L, "849", 3L, "848", 3L, "851", 2L, "850", 1L,
                "847", 2L),
                certified.stream().collect(Collectors.groupingBy(id -> (String) byId.get(id)
                        .get("districtCode"), Collectors.counting())),
                "3–4★ products by district");
        assertEquals(Map.of("FOOD", 27L, "HANDICRAFT", 3L), certified.stream().collect(Collectors.groupingBy(
                id -> (String) byId.get(id).get("groupCode"), Collectors.counting())), "3–4★ products by group");

        // The other nine: rated 2★ by their district council, not forwarded.
        List<Long> others = byId.keySet().stream().filter(id -> !certified.contains(id)).toList();
        assertEquals(9, others.size());
        for (long id : others) {
            List<Map<String, Object>> entries = all("/api/v1/evaluation-entries", Map.of("productId", "" + id));
            assertEquals(1, entries.size(), "entries of product " + id);
            assertEquals("NOT_RECOGNISED", entries.get(0).get("outcome"));
            Map<String, Object> result = as(OFFICE).get("/api/v1/evaluation-entries/" + num(entries.get(0).get("id"))
                    + "/result").then().statusCode(200).extract().jsonPath().getMap("$");
            assertEquals(2L, num(result.get("stars")), "district stars of product " + id);
        }

        assertEquals(15, holders(byId, "IP_TRADEMARK", "IP_COLLECTIVE_MARK", "IP_CERTIFICATION_MARK",
                "IP_GEOGRAPHICAL_INDICATION").size(), "products holding IP");
        Set<String> barcodes = holders(byId, "BARCODE");
        assertEquals(Set.of("Chả Hoa", "Chả nhồi Patê trứng muối", "Cốm ống"), barcodes);
        assertEquals(barcodes, holders(byId, "QUALITY_STANDARD"));

        Set<String> contracted = new HashSet<>();
        all("/api/v1/sales-contracts", Map.of("signedYear", "2019")).stream()
                .filter(c -> producers.contains(num(c.get("producerId"))))
                .forEach(c -> ((List<?>) c.get("lines")).forEach(l -> contracted.add((String) ((Map<?, ?>) l)
                        .get("productName"))));
        assertTrue(contracted.containsAll(List.of("Trà Sâm Đinh Lăng", "Trà Thảo mộc Nhãn Lồng", "Trà Hoa Đậu Biếc",
                "Trà Măng Tây", "Trà Dứa Thơm", "Trà Tía Tô", "Trà Sả", "Gạo Long Hiệp (Hạt Ngọc Rồng)", "Tôm Khô")),
                contracted.toString());

        Set<String> fairNames = new HashSet<>();
        data.get("tradeFairs").forEach(f -> fairNames.add(f.get("name").asText()));
        List<Map<String, Object>> fairs = all("/api/v1/trade-events", Map.of("year", "2019", "kind", "FAIR")).stream()
                .filter(f -> fairNames.contains(f.get("name"))).toList();
        assertEquals(4, fairs.size(), "fairs");
        assertEquals(Set.of("Bạc Liêu", "Nam Định", "Đắk Lắk", "Vĩnh Long"), fairs.stream()
                .map(f -> f.get("hostProvince")).collect(Collectors.toSet()));

        List<Map<String, Object>> requests = all("/api/v1/support-requests", Map.of("year", "2019")).stream()
                .filter(r -> producers.contains(num(r.get("producerId")))).toList();
        assertEquals(24, requests.stream().map(r -> num(r.get("producerId"))).distinct().count(),
                "producers asking for support");
        assertEquals(Set.of("INFRASTRUCTURE", "PACKAGING_DESIGN", "IP_REGISTRATION", "TRAINING"),
                requests.stream().map(r -> r.get("type")).collect(Collectors.toSet()));
        assertEquals(32, requests.size(), "support requests");

        // Every council member under the name Keycloak knows them by, and every member a distinct person.
        Map<String, String> realmNames = DemoUsersTest.realmFullNames();
        List<Map<String, Object>> rounds = all("/api/v1/evaluation-rounds",
                Map.of("year", "2019", "legalBasisCode", "DECISION_1048_2019"));
        assertEquals(10, rounds.size(), "rounds");
        Map<String, String> councilNames = new TreeMap<>();
        for (Map<String, Object> r : rounds) {
            List<Map<String, Object>> members = as(OFFICE).get("/api/v1/evaluation-rounds/" + num(r.get("id"))
                    + "/council").then().statusCode(200).extract().jsonPath().getList("members");
            members.forEach(m -> councilNames.put((String) m.get("username"), (String) m.get("fullName")));
        }
        assertEquals(30, councilNames.size(), "council members");
        councilNames.forEach((user, name) -> assertEquals(realmNames.get(user), name, user));
    }

    /**
     * Issue 11 §7: after the 2019 history, today's work. The office of the new Vĩnh Long has completed the communes
     * of the 2019 producers from their addresses (all but one whose address names a commune of another district),
     * and run a 2026 round under 26/2026: the commune officers of Xã Cầu Kè and Phường Trà Vinh checked the dossiers
     * of their communes' products (2019 products whose certificates expired in 2022, and one of a producer registered
     * on today's map), the provincial council scored them on the 26/2026 sheets, and the province's decision gave
     * them T-X codes of 86 and their commune of today; the public lookup shows them VALID.
     */
    @Test
    void theVinhLong2026RoundRunsOnTodaysMapAndLaw() throws Exception {
        String out = runScript();
        assertTrue(out.contains("Vĩnh Long 2026 demo data"), out);

        // the communes of 2019, completed: only the producer whose address does not fit its district is left
        assertEquals(List.of("Tổ hợp tác Nuôi ong Long Vĩnh"), all("/api/v1/producers", Map.of("missingCommune", "true"))
                .stream().map(p -> p.get("name")).toList());
        // the commune officers see the producers that lie in their commune today, the 2019 ones through the successions
        assertEquals(Set.of("Hộ kinh doanh Kẹo đậu phộng Ba Tô", "Hợp tác xã Dừa sáp Cầu Kè",
                "Hợp tác xã Nông nghiệp Dừa sáp Cầu Kè"), names("co-cauke", "/api/v1/producers"));
        assertEquals(Set.of("Doanh nghiệp tư nhân Chả Hoa", "Hộ kinh doanh Lạp xưởng Tân Hương",
                "Công ty TNHH Bánh kẹo Hữu Thành", "Hộ kinh doanh Bánh bao Ngọc Lan"),
                names("co-travinh", "/api/v1/producers"));

        // five rounds of 2026, all under 26/2026: a commune round in each commune and the provincial round of 86, done;
        // and a second commune round in each commune, open, with a dossier that waits for the commune officer's check
        List<Map<String, Object>> rounds = all("/api/v1/evaluation-rounds", Map.of("year", "2026"));
        assertEquals(List.of("COMMUNE 29242 CLOSED", "COMMUNE 29242 OPEN", "COMMUNE 29308 CLOSED", "COMMUNE 29308 OPEN",
                "PROVINCIAL 86 FINALIZED"),
                rounds.stream()
                        .map(r -> r.get("level") + " " + r.get("adminUnitCode") + " " + r.get("status")).sorted()
                        .toList());
        assertEquals(Set.of("DECISION_26_2026"), rounds.stream().map(r -> r.get("legalBasisCode"))
                .collect(Collectors.toSet()));
        Map<String, String> checkers = Map.of("29308", "co-cauke", "29242", "co-travinh");
        for (Map<String, Object> r : rounds) {
            String officer = checkers.get((String) r.get("adminUnitCode"));
            if (officer == null) {
                continue;
            }
            List<Map<String, Object>> entries = all(officer, "/api/v1/evaluation-entries",
                    Map.of("roundId", "" + num(r.get("id"))));
            if ("OPEN".equals(r.get("status"))) {
                assertEquals(1, entries.size(), "the open round's dossiers in " + r.get("adminUnitCode"));
                assertEquals(null, entries.get(0).get("dossierCheck"), "waits for the check: " + entries.get(0));
                continue;
            }
            assertTrue(entries.size() >= 2, "entries of " + r.get("adminUnitCode"));
            for (Map<String, Object> e : entries) {
                Map<?, ?> check = (Map<?, ?>) e.get("dossierCheck");
                assertEquals("PASSED", check.get("status"));
                assertEquals(officer, check.get("checkedBy"), "the commune's own officer checked " + e.get("productName"));
                assertEquals(4, ((List<?>) check.get("localOrigin")).size());
            }
        }
        long provincial = rounds.stream().filter(r -> "PROVINCIAL".equals(r.get("level"))).map(r -> num(r.get("id")))
                .findFirst().orElseThrow();
        for (Map<String, Object> e : all("/api/v1/evaluation-entries", Map.of("roundId", "" + provincial))) {
            as(OFFICE).get("/api/v1/rubric-sheets/" + num(e.get("rubricSheetId"))).then().statusCode(200)
                    .body("legalBasisCode", equalTo("DECISION_26_2026"));
        }

        // the decision's certificates: new-format codes of 86 and the commune of today, VALID in the public lookup
        long decision = num(as(OFFICE).get("/api/v1/evaluation-rounds/" + provincial).then().statusCode(200).extract()
                .jsonPath().getMap("$").get("decisionId"));
        List<Map<String, Object>> certificates = all("/api/v1/ocop-certificates", Map.of("decisionId", "" + decision));
        Map<String, String> codes = new TreeMap<>();
        certificates.forEach(c -> codes.put((String) c.get("productName"), c.get("productCode") + " " + c.get("stars")));
        assertEquals(5, codes.size(), codes.toString());
        Map<String, String> expected = Map.of("Kẹo Đậu Phộng", "86-29308 3", "Dừa sáp Cầu Kè", "86-29308 4",
                "Kẹo dừa sáp Cầu Kè", "86-29308 3", "Bánh Bao chỉ", "86-29242 3", "Lạp xưởng", "86-29242 3");
        codes.forEach((name, code) -> {
            assertTrue(code.matches("86-(29308|29242)-\\d{3}-2026 \\d"), name + ": " + code);
            assertEquals(expected.get(name), code.substring(0, 8) + code.substring(code.indexOf(' ')), name);
        });
        for (Map<String, Object> c : certificates) {
            given().get("/api/v1/public/certificates/" + c.get("publicCode")).then()
                    .statusCode(200).body("status", equalTo("VALID"))
                    .body("productCode", equalTo(c.get("productCode")));
        }
        // the re-rated products' 2019 certificates stay as they were: expired since 2022
        Set<Long> reRated = certificates.stream().map(c -> num(c.get("productId"))).collect(Collectors.toSet());
        List<Map<String, Object>> of2019 = all("/api/v1/ocop-certificates", Map.of("year", "2019")).stream()
                .filter(c -> reRated.contains(num(c.get("productId")))).toList();
        assertEquals(4, of2019.size());
        assertEquals(Set.of("EXPIRED"), of2019.stream().map(c -> c.get("status")).collect(Collectors.toSet()));
    }

    /** Names in a list as {@code user} sees it. */
    private static Set<String> names(String user, String path) {
        return all(user, path, Map.of()).stream().map(p -> (String) p.get("name")).collect(Collectors.toSet());
    }

    private String runScript() throws IOException, InterruptedException {
        return DemoDataScript.run(api);
    }

    /** Totals of every list the dataset writes to. */
    private static Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String path : COUNTED) {
            out.put(path, as(OFFICE).queryParam("size", 1).get(path).then().statusCode(200).extract().jsonPath()
                    .getLong("total"));
        }
        return out;
    }

    /** Names of the dataset's products holding a certification of one of the types. */
    private static Set<String> holders(Map<Long, Map<String, Object>> products, String... types) {
        Set<String> out = new HashSet<>();
        for (String type : types) {
            all("/api/v1/certifications", Map.of("type", type)).stream()
                    .filter(c -> c.get("productId") != null && products.containsKey(num(c.get("productId"))))
                    .forEach(c -> out.add((String) c.get("productName")));
        }
        return out;
    }

    private static List<Map<String, Object>> all(String path, Map<String, String> query) {
        return all(OFFICE, path, query);
    }

    private static List<Map<String, Object>> all(String user, String path, Map<String, String> query) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int page = 0;; page++) {
            var json = as(user).queryParams(query).queryParam("size", 200).queryParam("page", page).get(path)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            out.addAll(items);
            if (items.isEmpty() || out.size() >= json.getLong("total")) {
                return out;
            }
        }
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    /** The dataset's tax code: 2100 + the 5-digit sequence + the check digit (as scripts/demo_data.py). */
    private static String taxCode(int seq) {
        String nine = String.format("2100%05d", seq);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * WEIGHTS[i];
        }
        return nine + (10 - sum % 11) % 10;
    }
}
