package vn.ocop.registry.commerce;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.BOUND_PARTNER_TAX_CODE;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR_PARTNER;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.Exports;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestUsers;

/**
 * An integrator client bound to a partner (its token's {@code partner} claim, from Keycloak's shared client scope
 * {@code ocop-integrator}) reads only that partner's sales contracts, in every read path; the unbound client (the
 * national system) reads all.
 */
@QuarkusTest
class PartnerBoundIntegratorTest {
    private static final String YEAR = "2019";

    @Inject
    CommerceFixtures fixtures;

    private static long bound;
    private static long producer;
    private static long product;
    private static long mine;
    private static long theirs;
    private static String mineNumber;
    private static String theirsNumber;

    @BeforeEach
    void contracts() {
        if (mine != 0) {
            return;
        }
        bound = fixtures.boundPartner();
        long other = CommerceFixtures.partner("Đối tác khác " + TestData.marker());
        producer = CommerceFixtures.producer(TRAVINH, "Cơ sở Trà " + TestData.marker());
        product = fixtures.product(producer, "Trà Sâm Đinh Lăng");
        JsonPath a = contract(bound);
        JsonPath b = contract(other);
        mine = a.getLong("id");
        mineNumber = a.getString("number");
        theirs = b.getLong("id");
        theirsNumber = b.getString("number");
    }

    private static JsonPath contract(long partner) {
        JsonPath created = as(OFFICE).body(CommerceFixtures.contractBody(partner, producer, product))
                .post("/api/v1/sales-contracts").then().statusCode(201).extract().jsonPath();
        as(OFFICE).post("/api/v1/sales-contracts/" + created.getLong("id") + "/activate").then().statusCode(200);
        return created;
    }

    @Test
    void theBoundClientsTokenCarriesItsPartnersTaxCodeAndTheUnboundOneNone() {
        assertEquals(BOUND_PARTNER_TAX_CODE, TestUsers.claims(INTEGRATOR_PARTNER).get("partner"));
        assertNull(TestUsers.claims(INTEGRATOR).get("partner"));
        // Both get the audience from the same shared scope.
        assertTrue(TestUsers.claims(INTEGRATOR_PARTNER).get("aud").toString().contains("ocop-api"));
    }

    @Test
    void theListAndItsFiltersShowOnlyTheBoundPartnersContracts() {
        as(INTEGRATOR_PARTNER).queryParam("producerId", producer).get("/api/v1/sales-contracts").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains((int) mine));
        as(INTEGRATOR_PARTNER).queryParam("productId", product).get("/api/v1/sales-contracts").then()
                .body("items.id", contains((int) mine));
        as(INTEGRATOR_PARTNER).queryParams(Map.of("producerId", producer, "partnerId", theirsPartner()))
                .get("/api/v1/sales-contracts").then().statusCode(200).body("total", equalTo(0));
        as(INTEGRATOR).queryParam("producerId", producer).get("/api/v1/sales-contracts").then().body("total", equalTo(2));
    }

    @Test
    void anotherPartnersContractIsNotFoundAsAMissingOneInDetailAndHistory() {
        as(INTEGRATOR_PARTNER).get("/api/v1/sales-contracts/" + mine).then().statusCode(200).body("number",
                equalTo(mineNumber));
        as(INTEGRATOR_PARTNER).get("/api/v1/sales-contracts/" + mine + "/history").then().statusCode(200);
        String missing = as(INTEGRATOR_PARTNER).get("/api/v1/sales-contracts/" + Long.MAX_VALUE).then().statusCode(404)
                .extract().path("title");
        for (String path : List.of("", "/history")) {
            as(INTEGRATOR_PARTNER).get("/api/v1/sales-contracts/" + theirs + path).then().statusCode(404)
                    .body("title", equalTo(missing))
                    .body("detail", equalTo(ProblemException.doesNotExist("Sales contract", theirs)));
            as(INTEGRATOR).get("/api/v1/sales-contracts/" + theirs + path).then().statusCode(200);
        }
    }

    @Test
    void theExportHoldsOnlyTheBoundPartnersContracts() {
        String csv = String.join("\n", Exports.csv(INTEGRATOR_PARTNER, "/api/v1/sales-contracts/export",
                Map.of("producerId", producer)));
        assertTrue(csv.contains(mineNumber), csv);
        assertFalse(csv.contains(theirsNumber), csv);
        assertTrue(String.join("\n", Exports.csv(INTEGRATOR, "/api/v1/sales-contracts/export",
                Map.of("producerId", producer))).contains(theirsNumber));
    }

    @Test
    void theAnnualReportCountsOnlyTheBoundPartnersContracts() {
        long expected = 0;
        for (String status : List.of("ACTIVE", "COMPLETED", "TERMINATED")) {
            expected += Exports.total(OFFICE, "/api/v1/sales-contracts",
                    Map.of("partnerId", bound, "signedYear", YEAR, "status", status));
        }
        long asBound = as(INTEGRATOR_PARTNER).queryParam("year", YEAR).get("/api/v1/reports/annual").then()
                .statusCode(200).extract().jsonPath().getLong("contracts.count");
        long asUnbound = as(INTEGRATOR).queryParam("year", YEAR).get("/api/v1/reports/annual").then()
                .statusCode(200).extract().jsonPath().getLong("contracts.count");
        assertEquals(expected, asBound);
        assertTrue(asUnbound > asBound, asUnbound + " > " + asBound);
    }

    private static long theirsPartner() {
        return as(OFFICE).get("/api/v1/sales-contracts/" + theirs).then().extract().jsonPath().getLong("partnerId");
    }
}
