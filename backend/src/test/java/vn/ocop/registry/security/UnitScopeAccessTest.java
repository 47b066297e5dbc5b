package vn.ocop.registry.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.certification.CertificationFixtures;
import vn.ocop.registry.common.Exports;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.product.ProductFixtures;

/**
 * The demo users of the new map, with real tokens: the commune officers of Xã Cầu Kè and Phường Trà Vinh see the
 * producers and products that lie in their commune today (the 2019 ones through the successions), never another
 * unit's, in lists, details, exports and counts; the office and the provincial council of the new Vĩnh Long see all.
 */
@QuarkusTest
class UnitScopeAccessTest {
    static final String CO_CAUKE = "co-cauke";
    static final String CO_TRAVINH = "co-travinh";
    static final String OFFICE_VINHLONG = "office-vinhlong";
    static final String PC_VINHLONG = "pc-vinhlong";

    static String marker;
    /** 2019, Thị trấn Cầu Kè (845): today in Xã Cầu Kè. */
    static long cauKe2019;
    /** 2019, Phường 1 (842): today in Phường Trà Vinh. */
    static long phuong1of2019;
    /** Registered today in Phường Trà Vinh. */
    static long traVinhToday;
    static long cauKeProduct;
    static long traVinhProduct;

    /** The fixtures, made once by the first test (the application is not up yet in a static @BeforeAll). */
    @BeforeEach
    synchronized void producers() {
        if (marker != null) {
            return;
        }
        marker = TestData.marker();
        Map<String, Object> a = new HashMap<>(TestData.producer("845", "HTX Cầu Kè xưa " + marker));
        a.put("communeCode", "29308");
        cauKe2019 = as(OFFICE).body(a).post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> b = new HashMap<>(TestData.producer("842", "HTX Phường Một " + marker));
        b.put("communeCode", "29239");
        phuong1of2019 = as(OFFICE).body(b).post("/api/v1/producers").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        traVinhToday = as(OFFICE_VINHLONG).body(TestData.producerToday("29242", "HTX Trà Vinh mới " + marker))
                .post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id");
        cauKeProduct = ProductFixtures.create(OFFICE, ProductFixtures.body(cauKe2019, "Bánh tét " + marker)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        traVinhProduct = ProductFixtures.create(OFFICE, ProductFixtures.body(traVinhToday, "Mắm " + marker)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Long> listed(String user, String path) {
        return as(user).queryParam("q", marker).get(path).then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
    }

    @Test
    void aCommuneOfficerOfXaCauKeSeesThe2019ProducerOfThiTranCauKeAndNoOther() {
        as(CO_CAUKE).get("/api/v1/producers/" + cauKe2019).then().statusCode(200)
                .body("communeToday.name", equalTo("Xã Cầu Kè")).body("commune.name", equalTo("Thị trấn Cầu Kè"));
        as(CO_CAUKE).get("/api/v1/producers/" + phuong1of2019).then().statusCode(403);
        as(CO_CAUKE).get("/api/v1/producers/" + traVinhToday).then().statusCode(403);
        assertEquals(List.of(cauKe2019), listed(CO_CAUKE, "/api/v1/producers"));
        as(CO_CAUKE).queryParam("q", marker).queryParam("communeCode", "29242").get("/api/v1/producers").then()
                .body("total", equalTo(0));
        assertEquals(2, Exports.csv(CO_CAUKE, "/api/v1/producers/export", Map.of("q", marker)).size(), "header + 1");
        assertEquals(1, Exports.total(CO_CAUKE, "/api/v1/producers", Map.of("q", marker)));
        as(CO_CAUKE).get("/api/v1/products/" + cauKeProduct).then().statusCode(200)
                .body("communeToday.code", equalTo("29308"));
        as(CO_CAUKE).get("/api/v1/products/" + traVinhProduct).then().statusCode(403);
        assertEquals(List.of(cauKeProduct), listed(CO_CAUKE, "/api/v1/products"));
        as(CO_CAUKE).get("/api/v1/producers/" + cauKe2019 + "/history").then().statusCode(200);
        as(CO_CAUKE).get("/api/v1/producers/" + traVinhToday + "/history").then().statusCode(403);
    }

    @Test
    void aCommuneOfficerReadsTheCertificationsOfItsCommuneOnly() {
        long own = CertificationFixtures.createdId(CertificationFixtures.barcode(cauKeProduct));
        long other = CertificationFixtures.createdId(CertificationFixtures.barcode(traVinhProduct));
        as(CO_CAUKE).get("/api/v1/certifications/" + own).then().statusCode(200);
        as(CO_CAUKE).get("/api/v1/certifications/" + other).then().statusCode(403);
        as(CO_CAUKE).queryParam("productId", cauKeProduct).get("/api/v1/certifications").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) own)));
        as(CO_CAUKE).queryParam("productId", traVinhProduct).get("/api/v1/certifications").then().statusCode(200)
                .body("total", equalTo(0));
        as(CO_TRAVINH).queryParam("productId", traVinhProduct).get("/api/v1/certifications").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) other)));
    }

    @Test
    void aCommuneOfficerOfPhuongTraVinhSeesItsWardOfTodayAndOfThen() {
        assertEquals(List.of(phuong1of2019, traVinhToday).stream().sorted().toList(),
                listed(CO_TRAVINH, "/api/v1/producers").stream().sorted().toList());
        as(CO_TRAVINH).get("/api/v1/producers/" + cauKe2019).then().statusCode(403);
        as(CO_TRAVINH).get("/api/v1/products/" + traVinhProduct).then().statusCode(200);
        as(CO_TRAVINH).get("/api/v1/products/" + cauKeProduct).then().statusCode(403);
        assertEquals(List.of(traVinhProduct), listed(CO_TRAVINH, "/api/v1/products"));
    }

    @Test
    void communeOfficersDoNoOfficeWork() {
        as(CO_CAUKE).body(TestData.producerToday("29308", "HTX " + marker)).post("/api/v1/producers").then()
                .statusCode(403);
        as(CO_CAUKE).get("/api/v1/sales-contracts").then().statusCode(403);
        as(CO_CAUKE).get("/api/v1/evaluation-rounds").then().statusCode(403);
        as(CO_CAUKE).body(Map.of("items", List.of(Map.of("producerId", cauKe2019, "version", 0, "communeCode", "29308"))))
                .post("/api/v1/producers/communes").then().statusCode(403);
    }

    @Test
    void theOfficeAndCouncilOfTheNewProvinceSeeAllOfItFormerTraVinhIncluded() {
        for (String user : List.of(OFFICE_VINHLONG, PC_VINHLONG, OFFICE)) {
            as(user).queryParam("q", marker).get("/api/v1/producers").then().statusCode(200)
                    .body("total", equalTo(3));
            assertEquals(List.of(cauKe2019, phuong1of2019, traVinhToday).stream().sorted().toList(),
                    listed(user, "/api/v1/producers").stream().sorted().toList(), user);
        }
    }

    @Test
    void districtRolesKeepTheRecordsOfTheirTime() {
        assertEquals(List.of(cauKe2019), listed(DO_CAUKE, "/api/v1/producers"));
        as(DO_CAUKE).get("/api/v1/producers/" + traVinhToday).then().statusCode(403);
        as(DO_CAUKE).get("/api/v1/producers/" + cauKe2019).then().statusCode(200);
    }
}
