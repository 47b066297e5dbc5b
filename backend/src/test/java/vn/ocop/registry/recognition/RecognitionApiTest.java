package vn.ocop.registry.recognition;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.TestClock;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestProducts;
import vn.ocop.registry.common.TestUnits;

@QuarkusTest
class RecognitionApiTest {
    @Inject
    TestProducts products;

    private long product(String name) {
        // in a commune: decisions since 1489 number products by commune (T-X-STT-year)
        long producer = as(OFFICE).body(TestUnits.producerInCommune(TRAVINH, "Cơ sở " + name)).post("/api/v1/producers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return products.create(producer, name, "DECISION_1048_2019", 7, 2019);
    }

    private static Map<String, Object> decision(LocalDate on, String basis, List<Map<String, Object>> recognitions) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND");
        body.put("decidedOn", on.toString());
        body.put("signer", "Phó Chủ tịch UBND tỉnh");
        body.put("level", "PROVINCIAL");
        body.put("adminUnitCode", "84");
        if (basis != null) {
            body.put("legalBasisCode", basis);
        }
        body.put("recognitions", recognitions);
        return body;
    }

    /** Certified by the authority that recognises these stars under the basis in force on {@code on}. */
    private long certify(long productId, int stars, LocalDate on) {
        long decisionId = as(OFFICE).body(PaperDecisions.byTheAuthorityOfTheDay(on, productId, stars))
                .post("/api/v1/recognition-decisions").then().statusCode(201)
                .body("certificateCount", equalTo(1)).extract().jsonPath().getLong("id");
        return as(OFFICE).queryParam("decisionId", decisionId).get("/api/v1/ocop-certificates").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    @Test
    void aDecisionHasAHistoryForEveryStaffRoleButNotIntegrators() {
        long decisionId = as(OFFICE)
                .body(decision(LocalDate.of(2019, 12, 20), "DECISION_1048_2019",
                        List.of(Map.of("productId", product("Mắm Cá Lóc"), "stars", 3))))
                .post("/api/v1/recognition-decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        String history = "/api/v1/recognition-decisions/" + decisionId + "/history";
        as(OFFICE).queryParam("sort", "-at").get(history).then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("CREATED")).body("items[0].actor", equalTo("office"));
        // A decision belongs to no district: every staff role reads it, and so its history.
        for (String user : List.of(PC, DC_TRAVINH, DC_CAUKE, DO_TRAVINH, DO_CAUKE)) {
            as(user).get(history).then().statusCode(200);
        }
        as(INTEGRATOR).get(history).then().statusCode(403).contentType(startsWith("application/problem+json"));
        as(ANONYMOUS).get(history).then().statusCode(401);
        as(OFFICE).get("/api/v1/recognition-decisions/999999999/history").then().statusCode(404);
    }

    @Test
    void aDecisionIssuesThirtySixMonthCertificatesWithOfficialCodes() {
        long chaHoa = product("Chả Hoa");
        long id = certify(chaHoa, 4, LocalDate.of(2019, 12, 20));
        as(OFFICE).get("/api/v1/ocop-certificates/" + id).then().statusCode(200)
                .body("productName", equalTo("Chả Hoa")).body("stars", equalTo(4))
                .body("issuedOn", equalTo("2019-12-20")).body("validUntil", equalTo("2022-12-19"))
                .body("status", equalTo("EXPIRED"))
                .body("productCode", matchesPattern("84-842-\\d{3}-2019"))
                .body("publicCode", matchesPattern("[0-9A-Z]{10}"));
    }

    @Test
    void statusFollowsTodayAndFiltersInTheDatabase() {
        LocalDate today = TestClock.today();
        long fresh = certify(product("Gạo Long Hiệp"), 4, today.minusDays(1));
        long expiring = certify(product("Bánh tét"), 3, today.minusMonths(36).plusDays(10));
        as(OFFICE).get("/api/v1/ocop-certificates/" + fresh).then().body("status", equalTo("VALID"));
        as(OFFICE).get("/api/v1/ocop-certificates/" + expiring).then().body("status", equalTo("EXPIRING"));
        as(OFFICE).queryParam("status", "EXPIRING").queryParam("size", 200).get("/api/v1/ocop-certificates").then()
                .body("items.id", hasItem((int) expiring)).body("items.id", not(hasItem((int) fresh)))
                .body("items.status", everyItem(equalTo("EXPIRING")));
        as(OFFICE).queryParam("status", "VALID").queryParam("size", 200).get("/api/v1/ocop-certificates").then()
                .body("items.id", hasItem((int) fresh)).body("items.status", everyItem(equalTo("VALID")));

        as(OFFICE).post("/api/v1/ocop-certificates/reminders/run").then().statusCode(200);
        as(OFFICE).post("/api/v1/ocop-certificates/reminders/run").then().statusCode(200).body("recorded", equalTo(0));
        as(OFFICE).queryParam("size", 200).get("/api/v1/ocop-certificates/reminders").then().statusCode(200)
                .body("items.certificateId", hasItem((int) expiring))
                .body("items.certificateId", not(hasItem((int) fresh)));
    }

    @Test
    void revocationNeedsALegalReasonAndHappensOnce() {
        long id = certify(product("Trà Sâm Đinh Lăng"), 3, TestClock.today().minusMonths(2));
        Map<String, Object> revoke = Map.of("reason", "NO_LONGER_MEETS_CRITERIA", "note", "Kiểm tra sau công nhận không đạt");
        as(DO_TRAVINH).body(revoke).post("/api/v1/ocop-certificates/" + id + "/revoke").then().statusCode(403);
        as(OFFICE).body(Map.of("reason", "BECAUSE", "note", "x")).post("/api/v1/ocop-certificates/" + id + "/revoke")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(OFFICE).body(Map.of("reason", "MARK_MISUSE")).post("/api/v1/ocop-certificates/" + id + "/revoke")
                .then().statusCode(400).body("errors.field", hasItem("note"));
        as(OFFICE).get("/api/v1/ocop-certificates/" + id).then().body("status", equalTo("VALID"));
        as(OFFICE).body(revoke).post("/api/v1/ocop-certificates/" + id + "/revoke").then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedBy", equalTo("office"))
                .body("revocationReason", equalTo("NO_LONGER_MEETS_CRITERIA"));
        as(OFFICE).body(revoke).post("/api/v1/ocop-certificates/" + id + "/revoke").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void districtScopeAndRoles() {
        long id = certify(product("Lạp xưởng"), 3, TestClock.today().minusMonths(1));
        for (String user : List.of(OFFICE, PC, DC_TRAVINH, DO_TRAVINH, INTEGRATOR)) {
            as(user).get("/api/v1/ocop-certificates/" + id).then().statusCode(200);
            as(user).get("/api/v1/recognition-decisions").then().statusCode(200);
        }
        for (String user : List.of(DC_CAUKE, DO_CAUKE)) {
            as(user).get("/api/v1/ocop-certificates/" + id).then().statusCode(403);
            as(user).queryParam("size", 200).get("/api/v1/ocop-certificates").then().statusCode(200)
                    .body("items.districtCode", everyItem(equalTo("845")));
        }
        as(ANONYMOUS).get("/api/v1/ocop-certificates").then().statusCode(401);
        as(ANONYMOUS).get("/api/v1/recognition-decisions").then().statusCode(401);
        for (String user : List.of(PC, DC_TRAVINH, DO_TRAVINH, INTEGRATOR)) {
            as(user).body(decision(TestClock.today(), null, List.of(Map.of("productId", 1, "stars", 3))))
                    .post("/api/v1/recognition-decisions").then().statusCode(403);
            as(user).get("/api/v1/ocop-certificates/reminders").then().statusCode(403);
            as(user).post("/api/v1/ocop-certificates/reminders/run").then().statusCode(403);
        }
    }

    @Test
    void badDecisionsStoreNothing() {
        long p = product("Kẹo đậu phộng");
        int before = as(OFFICE).get("/api/v1/recognition-decisions").jsonPath().getInt("total");
        as(OFFICE).body(decision(TestClock.today(), null, List.of(Map.of("productId", p, "stars", 2))))
                .post("/api/v1/recognition-decisions").then().statusCode(400)
                .body("errors.field", hasItem("recognitions[0].stars"));
        as(OFFICE).body(decision(TestClock.today(), null, List.of(Map.of("productId", 99999999, "stars", 3))))
                .post("/api/v1/recognition-decisions").then().statusCode(400)
                .body("errors.field", hasItem("recognitions[0].productId"));
        as(OFFICE)
                .body(decision(TestClock.today().plusDays(3), null,
                        List.of(Map.of("productId", p, "stars", 3))))
                .post("/api/v1/recognition-decisions").then().statusCode(400).body("errors.field", hasItem("decidedOn"));
        as(OFFICE).body(decision(TestClock.today(), "DECISION_9_2099", List.of(Map.of("productId", p, "stars", 3))))
                .post("/api/v1/recognition-decisions").then().statusCode(400).body("errors.field", hasItem("legalBasisCode"));
        // 26/2026 numbers products by commune: a producer without one cannot be certified under it.
        long noCommune = products.create(as(OFFICE).body(TestData.producer(TRAVINH, "Cơ sở không rõ xã"))
                .post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id"), "Kẹo dừa",
                "DECISION_1048_2019", 7, 2019);
        as(OFFICE).body(decision(TestClock.today(), "DECISION_26_2026", List.of(Map.of("productId", noCommune,
                "stars", 3)))).post("/api/v1/recognition-decisions").then().statusCode(409);
        assertEquals(before, as(OFFICE).get("/api/v1/recognition-decisions").jsonPath().getInt("total"));
        as(OFFICE).queryParam("productId", p).get("/api/v1/ocop-certificates").then().body("total", equalTo(0));
        as(OFFICE).queryParam("productId", noCommune).get("/api/v1/ocop-certificates").then().body("total", equalTo(0));
    }

    private static Map<String, Object> decision(String on, String level, String unit, String basis, long product,
            int stars) {
        Map<String, Object> body = decision(LocalDate.parse(on), basis, List.of(Map.of("productId", product, "stars", stars)));
        body.put("level", level);
        body.put("adminUnitCode", unit);
        return body;
    }

    /** Issue 8 §3: a decision is checked against the powers the procedure of its legal basis gives its level. */
    @Test
    void decisionsBeyondTheirLevelsPowersAreRefusedAndIssueNothing() {
        long p = product("Nước mắm rươi");
        String path = "/api/v1/recognition-decisions";
        // 5★ is national: neither a district (under any basis) nor the province recognises it.
        as(OFFICE).body(decision("2024-06-30", "DISTRICT", TRAVINH, "DECISION_148_2023", p, 5)).post(path).then()
                .statusCode(400).body("errors.field", equalTo(List.of("recognitions[0].stars")))
                .body("errors[0].message", equalTo("under 148/QĐ-TTg the DISTRICT level recognises 3★, not 5★; "
                        + "5★ is recognised at CENTRAL level"));
        as(OFFICE).body(decision("2019-12-20", "PROVINCIAL", "84", "DECISION_1048_2019", p, 5)).post(path).then()
                .statusCode(400).body("errors.field", equalTo(List.of("recognitions[0].stars")));
        // Under 1048 the district council only forwarded: the province recognised 3–4★.
        as(OFFICE).body(decision("2019-12-20", "DISTRICT", TRAVINH, "DECISION_1048_2019", p, 3)).post(path).then()
                .statusCode(400).body("errors.field", equalTo(List.of("level")))
                .body("errors[0].message", equalTo("under 1048/QĐ-TTg the DISTRICT level recognises no stars "
                        + "(PROVINCIAL 3–4★, CENTRAL 5★)"));
        // Dated before its legal basis took effect; a district-level unit deciding at provincial level.
        as(OFFICE).body(decision("2019-03-01", "PROVINCIAL", "84", "DECISION_1048_2019", p, 3)).post(path).then()
                .statusCode(400).body("errors.field", equalTo(List.of("decidedOn")));
        as(OFFICE).body(decision("2023-02-23", "DISTRICT", TRAVINH, "DECISION_148_2023", p, 3)).post(path).then()
                .statusCode(400).body("errors.field", equalTo(List.of("decidedOn")));
        as(OFFICE).body(decision("2024-06-30", "PROVINCIAL", TRAVINH, "DECISION_148_2023", p, 4)).post(path).then()
                .statusCode(400).body("errors.field", equalTo(List.of("adminUnitCode")));
        as(OFFICE).queryParam("productId", p).get("/api/v1/ocop-certificates").then().body("total", equalTo(0));

        // Within their powers: the district 3★ under 148, the province 3–4★ under 1048, the centre 5★.
        as(OFFICE).body(decision("2024-06-30", "DISTRICT", TRAVINH, "DECISION_148_2023", p, 3)).post(path).then()
                .statusCode(201).body("level", equalTo("DISTRICT"));
        as(OFFICE).body(decision("2019-12-20", "PROVINCIAL", "84", "DECISION_1048_2019", p, 4)).post(path).then()
                .statusCode(201);
        as(OFFICE).body(decision("2020-11-20", "CENTRAL", "84", "DECISION_1048_2019", p, 5)).post(path).then()
                .statusCode(201);
        as(OFFICE).queryParam("productId", p).queryParam("sort", "issuedOn").get("/api/v1/ocop-certificates").then()
                .body("items.stars", equalTo(List.of(4, 5, 3)));
    }

    @Test
    void idempotentDecisionIsRecordedOnce() {
        long p = product("Bánh Bao chỉ");
        Map<String, Object> body = decision(TestClock.today(), null,
                List.of(Map.of("productId", p, "stars", 3)));
        String key = UUID.randomUUID().toString();
        long first = as(OFFICE).header("Idempotency-Key", key).body(body).post("/api/v1/recognition-decisions").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(OFFICE).header("Idempotency-Key", key).body(body).post("/api/v1/recognition-decisions").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
        as(OFFICE).queryParam("productId", p).get("/api/v1/ocop-certificates").then().body("total", equalTo(1));
    }

    @Test
    void productsShowAndFilterByTheirCurrentCertificate() {
        long live = product("Bộ Salon tre");
        long lapsed = product("Tôm Khô");
        long none = product("Dừa sáp");
        certify(live, 4, TestClock.today().minusMonths(2));
        certify(lapsed, 3, LocalDate.of(2019, 12, 20));
        as(OFFICE).get("/api/v1/products/" + live).then().statusCode(200)
                .body("currentStars", equalTo(4)).body("certificateStatus", equalTo("VALID"));
        as(OFFICE).get("/api/v1/products/" + lapsed).then()
                .body("currentStars", equalTo(null)).body("certificateStatus", equalTo("EXPIRED"));
        as(OFFICE).get("/api/v1/products/" + none).then()
                .body("currentStars", equalTo(null)).body("certificateStatus", equalTo(null));
        as(OFFICE).queryParam("stars", 4).queryParam("size", 200).get("/api/v1/products").then().statusCode(200)
                .body("items.id", hasItem((int) live)).body("items.id", not(hasItem((int) lapsed)))
                .body("items.currentStars", everyItem(equalTo(4)));
        as(OFFICE).queryParam("certificateStatus", "EXPIRED").queryParam("size", 200).get("/api/v1/products").then()
                .body("items.id", hasItem((int) lapsed)).body("items.id", not(hasItem((int) live)))
                .body("items.certificateStatus", everyItem(equalTo("EXPIRED")));
        as(OFFICE).queryParam("stars", 2).get("/api/v1/products").then().statusCode(400)
                .body("errors.field", hasItem("stars"));
    }
}
