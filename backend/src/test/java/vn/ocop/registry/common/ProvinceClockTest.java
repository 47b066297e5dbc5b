package vn.ocop.registry.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every date that decides something is the province's date, from the one clock: pinned on both sides of
 * midnight in Viet Nam (17:00 UTC) and of midnight UTC (07:00 in Viet Nam). The tests run with the JVM in
 * Pacific/Pago_Pago (UTC−11, see pom.xml), where the date differs from Viet Nam's at every hour, so any
 * code still reading the JVM's zone fails here.
 */
@QuarkusTest
class ProvinceClockTest {
    /** 23:59:59 on 19 December 2019 in Viet Nam; 17:00 UTC is midnight there. */
    private static final Instant BEFORE_VN_MIDNIGHT = Instant.parse("2019-12-19T16:59:59Z");
    private static final Instant AFTER_VN_MIDNIGHT = Instant.parse("2019-12-19T17:00:00Z");
    /** 06:59:59 and 07:00 on 21 December 2019 in Viet Nam, while the UTC date turns from the 20th to the 21st. */
    private static final Instant BEFORE_UTC_MIDNIGHT = Instant.parse("2019-12-20T23:59:59Z");
    private static final Instant AFTER_UTC_MIDNIGHT = Instant.parse("2019-12-21T00:00:00Z");

    @Inject
    TestProducts products;

    @AfterEach
    void release() {
        TestClock.release();
    }

    @Test
    void theJvmRunsInAFarZone() {
        // Guards the premise of this class: with the JVM on Viet Nam's date, these tests could not fail.
        assertNotEquals(ZoneId.systemDefault().getRules()
                .getOffset(Instant.EPOCH), ProvinceClock.ZONE.getRules().getOffset(Instant.EPOCH));
    }

    @Test
    void aDecisionDatedTodayInVietNamIsNotInTheFuture() {
        long product = product("Bánh pía");
        TestClock.pin(BEFORE_VN_MIDNIGHT);
        decide(product, "2019-12-20").statusCode(400).body("errors.field", hasItem("decidedOn"));
        TestClock.pin(AFTER_VN_MIDNIGHT);
        decide(product, "2019-12-20").statusCode(201);
    }

    @Test
    void theDateDoesNotTurnAtMidnightUtc() {
        long product = product("Bánh tráng");
        TestClock.pin(BEFORE_UTC_MIDNIGHT);
        decide(product, "2019-12-22").statusCode(400).body("errors.field", hasItem("decidedOn"));
        decide(product, "2019-12-21").statusCode(201);
        TestClock.pin(AFTER_UTC_MIDNIGHT);
        decide(product, "2019-12-22").statusCode(400).body("errors.field", hasItem("decidedOn"));
    }

    @Test
    void aSupportRequestMadeTodayInVietNamIsAccepted() {
        Map<String, Object> request = Map.of("producerId", producer("Cơ sở Đồng Hồ"), "type", "PACKAGING_DESIGN",
                "description", "Hỗ trợ thiết kế bao bì", "requestedOn", "2019-12-20");
        TestClock.pin(BEFORE_VN_MIDNIGHT);
        as(DO_TRAVINH).body(request).post("/api/v1/support-requests").then().statusCode(400)
                .body("errors.field", hasItem("requestedOn"));
        TestClock.pin(AFTER_VN_MIDNIGHT);
        // Entities stamp their own changes from the same clock.
        as(DO_TRAVINH).body(request).post("/api/v1/support-requests").then().statusCode(201)
                .body("createdAt", equalTo("2019-12-19T17:00:00Z"));
    }

    @Test
    void aCertificateExpiresAtMidnightInVietNam() {
        long product = product("Mắm tép");
        TestClock.pin(AFTER_VN_MIDNIGHT);
        long decision = decide(product, "2019-12-20").statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> certificate = as(OFFICE).queryParam("decisionId", decision).get("/api/v1/ocop-certificates")
                .then().statusCode(200).body("items[0].validUntil", equalTo("2022-12-19"))
                .extract().jsonPath().getMap("items[0]");
        String path = "/api/v1/ocop-certificates/" + certificate.get("id");
        String lookup = "/api/v1/public/certificates/" + certificate.get("publicCode");

        TestClock.pin(Instant.parse("2022-12-19T16:59:59Z"));
        as(OFFICE).get(path).then().body("status", equalTo("EXPIRING"));
        as(ANONYMOUS).accept("application/json").get(lookup).then().body("status", equalTo("EXPIRING"));
        TestClock.pin(Instant.parse("2022-12-19T17:00:00Z"));
        as(OFFICE).get(path).then().body("status", equalTo("EXPIRED"));
        as(ANONYMOUS).accept("application/json").get(lookup).then().body("status", equalTo("EXPIRED"));
    }

    private long product(String name) {
        return products.create(producer("Cơ sở " + name), name, "DECISION_1048_2019", 7, 2019);
    }

    private static long producer(String name) {
        return as(OFFICE).body(TestData.producer(TRAVINH, name)).post("/api/v1/producers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse decide(long product, String decidedOn) {
        Map<String, Object> body = Map.of("number", UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND",
                "decidedOn", decidedOn, "signer", "Phó Chủ tịch UBND tỉnh", "level", "PROVINCIAL",
                "adminUnitCode", "84", "legalBasisCode", "DECISION_1048_2019",
                "recognitions", List.of(Map.of("productId", product, "stars", 3)));
        return as(OFFICE).body(body).post("/api/v1/recognition-decisions").then();
    }
}
