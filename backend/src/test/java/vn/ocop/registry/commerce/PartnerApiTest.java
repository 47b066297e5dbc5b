package vn.ocop.registry.commerce;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class PartnerApiTest {
    private static final String PARTNERS = "/api/v1/partners";

    @Inject
    CommerceFixtures fixtures;

    private static long countNamed(String q) {
        return as(OFFICE).queryParam("q", q).get(PARTNERS).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersByType() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        as(OFFICE).body(CommerceFixtures.partnerBody("SUPERMARKET_CHAIN", "Bách Hóa Xanh " + marker)).post(PARTNERS)
                .then().statusCode(201);
        as(OFFICE).body(CommerceFixtures.partnerBody("DISTRIBUTOR", "Công ty TNHH Phân phối Nông sản Trà Vinh " + marker))
                .post(PARTNERS).then().statusCode(201);
        for (String q : new String[]{"bach hoa xanh " + marker, "BÁCH HÓA", "phan phoi nong san tra vinh " + marker}) {
            as(OFFICE).queryParam("q", q).queryParam("size", 200).get(PARTNERS).then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        }
        as(OFFICE).queryParam("q", marker).queryParam("sort", "name").get(PARTNERS).then()
                .body("items.name", contains("Bách Hóa Xanh " + marker, "Công ty TNHH Phân phối Nông sản Trà Vinh " + marker));
        as(OFFICE).queryParam("q", marker).queryParam("type", "DISTRIBUTOR").get(PARTNERS).then()
                .body("items.type", contains("DISTRIBUTOR"));
        as(OFFICE).queryParam("type", "SUPERMARKET_CHAIN").queryParam("size", 200).get(PARTNERS).then()
                .body("items.type", everyItem(equalTo("SUPERMARKET_CHAIN")));
    }

    @Test
    void integratorsSeeNoContactPerson() {
        long id = CommerceFixtures.partner("Saigon Co.op");
        as(INTEGRATOR).get(PARTNERS + "/" + id).then().statusCode(200).body("name", equalTo("Saigon Co.op"))
                .body("$", not(hasKey("contactPerson"))).body("$", not(hasKey("contactPhone")))
                .body("$", not(hasKey("contactEmail")));
        as(OFFICE).get(PARTNERS + "/" + id).then().body("contactPerson", equalTo("Nguyễn Thị Thu Hà"))
                .body("contactPhone", equalTo("02838360143"));
    }

    @Test
    void theCreatorOrTheOfficeMayChangeAPartner() {
        Response created = as(DO_TRAVINH).body(CommerceFixtures.partnerBody("RETAILER", "Tạp hóa Cô Ba")).post(PARTNERS);
        long id = created.jsonPath().getLong("id");
        String path = PARTNERS + "/" + id;
        as(DO_CAUKE).header("If-Match", created.header("ETag"))
                .body(CommerceFixtures.partnerBody("RETAILER", "Tạp hóa Cô Tư")).put(path).then().statusCode(403);
        String etag = as(DO_TRAVINH).header("If-Match", created.header("ETag"))
                .body(CommerceFixtures.partnerBody("RETAILER", "Tạp hóa Cô Ba Trà Vinh")).put(path).then().statusCode(200)
                .body("updatedBy", equalTo("do-travinh")).extract().header("ETag");
        etag = as(OFFICE).header("If-Match", etag).body(CommerceFixtures.partnerBody("RETAILER", "Tạp hóa Cô Ba (đã xác minh)"))
                .put(path).then().statusCode(200).extract().header("ETag");
        as(DO_CAUKE).header("If-Match", etag).delete(path).then().statusCode(403);
        as(DO_TRAVINH).header("If-Match", etag).delete(path).then().statusCode(204);
    }

    @Test
    void aPartnerWithContractsCannotBeDeleted() {
        long producer = CommerceFixtures.producer(TRAVINH, "Cơ sở Lạp Xưởng");
        long product = fixtures.product(producer, "Lạp xưởng");
        long partner = CommerceFixtures.partner("Saigon Co.op");
        as(OFFICE).body(CommerceFixtures.contractBody(partner, producer, product)).post("/api/v1/sales-contracts")
                .then().statusCode(201);
        String etag = as(OFFICE).get(PARTNERS + "/" + partner).header("ETag");
        as(OFFICE).header("If-Match", etag).delete(PARTNERS + "/" + partner).then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        as(OFFICE).get(PARTNERS + "/" + partner).then().statusCode(200);
    }

    @Test
    void staleIfMatchAndDuplicateTaxCode() {
        Map<String, Object> body = CommerceFixtures.partnerBody("EXPORTER", "Công ty Xuất khẩu Mekong");
        Response created = as(OFFICE).body(body).post(PARTNERS);
        long id = created.jsonPath().getLong("id");
        as(OFFICE).header("If-Match", created.header("ETag")).body(body).put(PARTNERS + "/" + id).then().statusCode(200);
        as(OFFICE).header("If-Match", created.header("ETag")).body(body).put(PARTNERS + "/" + id).then().statusCode(412);
        as(OFFICE).header("If-Match", created.header("ETag")).delete(PARTNERS + "/" + id).then().statusCode(412);
        Map<String, Object> twin = CommerceFixtures.partnerBody("EXPORTER", "Công ty Trùng Mã");
        twin.put("taxCode", body.get("taxCode"));
        as(OFFICE).body(twin).post(PARTNERS).then().statusCode(409);
    }

    @Test
    void idempotencyKeyReplayCreatesOnePartner() {
        String name = "Sàn Thương mại Điện tử " + UUID.randomUUID();
        Map<String, Object> body = CommerceFixtures.partnerBody("E_COMMERCE", name);
        String key = UUID.randomUUID().toString();
        long id = as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post(PARTNERS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post(PARTNERS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        assertEquals(1, countNamed(name));
    }

    @ParameterizedTest
    @CsvSource({
            "taxCode, 0300588560", "taxCode, 084123456789", "taxCode, 12345", "contactPhone, 12345",
            "contactEmail, not-an-email", "type, WHOLESALER", "name, '   '",
    })
    void badInputIsRefusedAndNothingStored(String field, String value) {
        String name = "Đối tác Lỗi " + UUID.randomUUID();
        Map<String, Object> body = CommerceFixtures.partnerBody("DISTRIBUTOR", name);
        body.put(field, value);
        as(OFFICE).body(body).post(PARTNERS).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
        assertEquals(0, countNamed(name));
    }

    @Test
    void unknownEnumNamesTheAllowedValues() {
        Map<String, Object> body = CommerceFixtures.partnerBody("DISTRIBUTOR", "Đối tác");
        body.put("type", "WHOLESALER");
        as(OFFICE).body(body).post(PARTNERS).then().statusCode(400)
                .body("errors.message", hasItem(containsString("SUPERMARKET_CHAIN")));
        as(OFFICE).body(Map.of()).post(PARTNERS).then().statusCode(400).body("errors.field", hasItems("type", "name"));
    }

    @ParameterizedTest
    @CsvSource({"type, X", "sort, taxCode", "page, -1"})
    void badListParameters(String param, String value) {
        as(OFFICE).queryParam(param, value).get(PARTNERS).then().statusCode(400).body("errors.field", hasItem(param));
    }
}
