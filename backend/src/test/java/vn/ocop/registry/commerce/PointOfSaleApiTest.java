package vn.ocop.registry.commerce;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class PointOfSaleApiTest {
    private static final String POINTS = "/api/v1/points-of-sale";

    @Inject
    CommerceFixtures fixtures;

    String marker;
    long tvProduct;
    long ckProduct;

    @BeforeEach
    void world() {
        marker = UUID.randomUUID().toString().substring(0, 8);
        tvProduct = fixtures.product(CommerceFixtures.producer(TRAVINH, "Cơ sở Chả Hoa"), "Chả Hoa");
        ckProduct = fixtures.product(CommerceFixtures.producer(CAUKE, "Hợp tác xã Cầu Kè"), "Kẹo Đậu Phộng");
    }

    private long named(String q) {
        return as(OFFICE).queryParam("q", q).get(POINTS).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void offersProductsOfAnyDistrictWithTheirNames() {
        long id = as(DO_TRAVINH).body(CommerceFixtures.pointOfSaleBody(TRAVINH, "Cửa hàng OCOP Trà Vinh " + marker,
                List.of(tvProduct, ckProduct, tvProduct))).post(POINTS).then().statusCode(201)
                .body("adminUnitName", equalTo("Thành phố Trà Vinh"))
                .body("products.productName", contains("Chả Hoa", "Kẹo Đậu Phộng"))
                .body("products.producerName", contains("Cơ sở Chả Hoa", "Hợp tác xã Cầu Kè"))
                .extract().jsonPath().getLong("id");
        as(OFFICE).queryParam("productId", ckProduct).get(POINTS).then().body("items.id", contains((int) id));
        as(OFFICE).queryParam("q", "cua hang ocop tra vinh " + marker).queryParam("kind", "OCOP_SHOP").get(POINTS).then()
                .body("items.id", contains((int) id));
        as(OFFICE).queryParam("q", marker).queryParam("kind", "ONLINE").get(POINTS).then().body("total", equalTo(0));
    }

    /** Today's map has no districts: a point of sale opened now lies in a commune of the new Vĩnh Long. */
    @Test
    void aPointOfSaleOpensInACommuneOfToday() {
        as(OFFICE).body(CommerceFixtures.pointOfSaleBody("29242", "Điểm bán OCOP Phường Trà Vinh " + marker,
                List.of(tvProduct))).post(POINTS).then().statusCode(201).body("adminUnitCode", equalTo("29242"))
                .body("adminUnitName", equalTo("Phường Trà Vinh"));
    }

    @Test
    void districtScope() {
        as(DO_CAUKE).body(CommerceFixtures.pointOfSaleBody(TRAVINH, "Quầy " + marker, List.of(ckProduct))).post(POINTS)
                .then().statusCode(403);
        assertEquals(0, named(marker));
        as(OFFICE).body(CommerceFixtures.pointOfSaleBody(TRAVINH, "Quầy Trà Vinh " + marker, List.of())).post(POINTS)
                .then().statusCode(201);
        as(DO_CAUKE).body(CommerceFixtures.pointOfSaleBody(CAUKE, "Quầy Cầu Kè " + marker, List.of(tvProduct)))
                .post(POINTS).then().statusCode(201);
        for (String user : new String[]{DO_CAUKE, DC_CAUKE}) {
            as(user).queryParam("size", 200).get(POINTS).then().statusCode(200)
                    .body("items.adminUnitCode", everyItem(equalTo(CAUKE))).body("items.adminUnitCode", hasItem(CAUKE));
            as(user).queryParam("adminUnitCode", TRAVINH).get(POINTS).then().body("items", empty());
        }
        as(OFFICE).queryParam("q", marker).queryParam("adminUnitCode", TRAVINH).get(POINTS).then()
                .body("items.name", contains("Quầy Trà Vinh " + marker));
    }

    @Test
    void updateReplacesProductsAndNeedsTheCurrentETag() {
        Response created = as(OFFICE).body(CommerceFixtures.pointOfSaleBody(TRAVINH, "Cửa hàng " + marker,
                List.of(tvProduct))).post(POINTS);
        String path = POINTS + "/" + created.jsonPath().getLong("id");
        Map<String, Object> online = CommerceFixtures.pointOfSaleBody(TRAVINH, "Gian hàng trực tuyến " + marker,
                List.of(ckProduct));
        online.put("kind", "ONLINE");
        as(OFFICE).header("If-Match", created.header("ETag")).body(online).put(path).then().statusCode(200)
                .body("kind", equalTo("ONLINE")).body("products.productName", contains("Kẹo Đậu Phộng"))
                .header("ETag", "\"1\"");
        as(OFFICE).header("If-Match", created.header("ETag")).body(online).put(path).then().statusCode(412);
        as(OFFICE).body(online).put(path).then().statusCode(428);
        as(OFFICE).header("If-Match", created.header("ETag")).delete(path).then().statusCode(412);
        Map<String, Object> moved = CommerceFixtures.pointOfSaleBody(CAUKE, "Cửa hàng " + marker, List.of());
        as(DO_TRAVINH).header("If-Match", "\"1\"").body(moved).put(path).then().statusCode(403);
        as(OFFICE).get(path).then().body("adminUnitCode", equalTo(TRAVINH)).body("version", equalTo(1));
    }

    @Test
    void idempotencyKeyReplayCreatesOnePoint() {
        Map<String, Object> body = CommerceFixtures.pointOfSaleBody(TRAVINH, "Quầy lặp " + marker, List.of(tvProduct));
        String key = UUID.randomUUID().toString();
        as(OFFICE).header("Idempotency-Key", key).body(body).post(POINTS).then().statusCode(201);
        as(OFFICE).header("Idempotency-Key", key).body(body).post(POINTS).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertEquals(1, named(marker));
    }

    @ParameterizedTest
    @CsvSource({"adminUnitCode, 999", "adminUnitCode, 84", "adminUnitCode, ''", "kind, KIOSK", "name, ' '",
            "productIds, 999999999", "productIds, -"})
    void badInputIsRefusedAndNothingStored(String field, String value) {
        Map<String, Object> body = CommerceFixtures.pointOfSaleBody(TRAVINH, "Điểm bán lỗi " + marker, List.of(tvProduct));
        switch (value) {
            case "999999999" -> body.put(field, new ArrayList<>(List.of(tvProduct, 999_999_999L)));
            case "-" -> body.put(field, "Chả Hoa");
            default -> body.put(field, value);
        }
        as(OFFICE).body(body).post(POINTS).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(value.equals("999999999") ? "productIds[1]" : field));
        assertEquals(0, named(marker));
    }

    @ParameterizedTest
    @CsvSource({"kind, KIOSK", "productId, x", "sort, operator"})
    void badListParameters(String param, String value) {
        as(OFFICE).queryParam(param, value).get(POINTS).then().statusCode(400).body("errors.field", hasItem(param));
    }
}
