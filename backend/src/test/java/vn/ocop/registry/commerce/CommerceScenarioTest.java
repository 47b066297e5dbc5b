package vn.ocop.registry.commerce;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The seed's commerce facts, end to end: a tea sold to a supermarket chain, and the Bạc Liêu fair. */
@QuarkusTest
class CommerceScenarioTest {
    @Inject
    CommerceFixtures fixtures;

    @Test
    void traSamDinhLangSoldToASupermarketChain() {
        long producer = CommerceFixtures.producer(TRAVINH, "Cơ sở Trà Thảo Mộc Thanh Hiền");
        long traSam = fixtures.product(producer, "Trà Sâm Đinh Lăng");
        long traNhan = fixtures.product(producer, "Trà Thảo mộc Nhãn Lồng");
        Map<String, Object> partnerBody = CommerceFixtures.partnerBody("SUPERMARKET_CHAIN", "Saigon Co.op");
        long coop = as(DO_TRAVINH).body(partnerBody).post("/api/v1/partners").then().statusCode(201)
                .body("name", equalTo("Saigon Co.op")).extract().jsonPath().getLong("id");

        String number = "HĐ-2019/COOP-TV-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> contract = CommerceFixtures.contractBody(coop, producer, traSam);
        contract.put("number", number);
        contract.put("lines", List.of(CommerceFixtures.line(traSam, 500, "hộp", 45000),
                CommerceFixtures.line(traNhan, new BigDecimal("120.5"), "hộp", 38000)));
        long id = as(DO_TRAVINH).body(contract).post("/api/v1/sales-contracts").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("partnerName", equalTo("Saigon Co.op"))
                .body("producerName", equalTo("Cơ sở Trà Thảo Mộc Thanh Hiền"))
                .body("districtName", equalTo("Thành phố Trà Vinh"))
                .body("lines.productName", contains("Trà Sâm Đinh Lăng", "Trà Thảo mộc Nhãn Lồng"))
                .body("lines.valueVnd", contains(22_500_000, 4_579_000))
                .body("totalValueVnd", equalTo(27_079_000))
                .extract().jsonPath().getLong("id");

        as(DO_TRAVINH).body(Map.of("note", "Hàng lên kệ Co.opmart Trà Vinh từ 01/11/2019"))
                .post("/api/v1/sales-contracts/" + id + "/activate").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).header("ETag", "\"1\"");
        as(OFFICE).post("/api/v1/sales-contracts/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));

        as(INTEGRATOR).queryParam("productId", traSam).get("/api/v1/sales-contracts").then().statusCode(200)
                .body("items.number", contains(number)).body("items[0].status", equalTo("COMPLETED"));
        as(OFFICE).queryParam("partnerId", coop).queryParam("signedYear", 2019).queryParam("status", "COMPLETED")
                .get("/api/v1/sales-contracts").then().statusCode(200).body("items.id", contains((int) id));
        as(OFFICE).get("/api/v1/sales-contracts/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "ACTIVATED", "COMPLETED"))
                .body("items.actor", contains("do-travinh", "do-travinh", "office"))
                .body("items[1].note", equalTo("Hàng lên kệ Co.opmart Trà Vinh từ 01/11/2019"))
                .body("items[1].changes.status.from", equalTo("DRAFT"))
                .body("items[1].changes.status.to", equalTo("ACTIVE"));
    }

    @Test
    void producersOfTwoDistrictsAtTheBacLieuFair() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long tvProducer = CommerceFixtures.producer(TRAVINH, "Cơ sở Trà Thảo Mộc " + marker);
        long traSam = fixtures.product(tvProducer, "Trà Sâm Đinh Lăng");
        long traDauBiec = fixtures.product(tvProducer, "Trà Hoa Đậu Biếc");
        long ckProducer = CommerceFixtures.producer(CAUKE, "Hợp tác xã Cầu Kè " + marker);
        long keoDauPhong = fixtures.product(ckProducer, "Kẹo Đậu Phộng");

        long fair = as(OFFICE).body(CommerceFixtures.eventBody("Hội chợ Thương mại Bạc Liêu " + marker, "Bạc Liêu"))
                .post("/api/v1/trade-events").then().statusCode(201).extract().jsonPath().getLong("id");
        String participants = "/api/v1/trade-events/" + fair + "/participants";
        as(DO_TRAVINH).body(Map.of("producerId", tvProducer, "productIds", List.of(traSam, traDauBiec)))
                .post(participants).then().statusCode(201)
                .body("producerName", equalTo("Cơ sở Trà Thảo Mộc " + marker))
                .body("products.productName", containsInAnyOrder("Trà Sâm Đinh Lăng", "Trà Hoa Đậu Biếc"));
        as(DO_CAUKE).body(Map.of("producerId", ckProducer, "productIds", List.of(keoDauPhong)))
                .post(participants).then().statusCode(201).body("districtName", equalTo("Huyện Cầu Kè"));

        as(OFFICE).queryParam("year", 2019).queryParam("hostProvince", "bac lieu").queryParam("q", marker)
                .get("/api/v1/trade-events").then().statusCode(200)
                .body("items.id", contains((int) fair)).body("items[0].hostProvince", equalTo("Bạc Liêu"));
        as(OFFICE).get(participants).then().statusCode(200).body("total", equalTo(2))
                .body("items.products.productName.flatten()", hasItem("Kẹo Đậu Phộng"));
        as(DO_TRAVINH).get(participants).then().statusCode(200).body("total", equalTo(1))
                .body("items.districtCode", contains(TRAVINH));
        as(DO_CAUKE).get(participants).then().statusCode(200).body("total", equalTo(1))
                .body("items.districtCode", contains(CAUKE));
    }
}
