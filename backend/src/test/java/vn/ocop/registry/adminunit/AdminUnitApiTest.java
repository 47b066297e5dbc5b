package vn.ocop.registry.adminunit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AdminUnitApiTest {

    @Test
    void lists_the_nine_district_level_units_of_tra_vinh() {
        as(DO_CAUKE).queryParam("parentCode", "84").queryParam("date", "2019-12-31").get("/api/v1/admin-units").then()
                .statusCode(200)
                .body("total", equalTo(9))
                .body("items.code", contains("842", "844", "845", "846", "847", "848", "849", "850", "851"))
                .body("items.name", hasItem("Thị xã Duyên Hải"))
                .body("items.name", hasItem("Huyện Duyên Hải"));
    }

    @Test
    void filters_by_type_and_validity_date() {
        as(ANONYMOUS).queryParam("type", "TOWN").get("/api/v1/admin-units").then().statusCode(200)
                .body("items.code", contains("851"));
        // Thị xã Duyên Hải was created in 2015; the district level ended on 2025-06-30.
        as(ANONYMOUS).queryParam("parentCode", "84").queryParam("date", "2014-01-01").get("/api/v1/admin-units")
                .then().body("total", equalTo(8));
        as(ANONYMOUS).queryParam("type", "DISTRICT").queryParam("date", "2026-01-01").get("/api/v1/admin-units")
                .then().body("total", equalTo(0));
    }

    @Test
    void tree() {
        as(ANONYMOUS).queryParam("root", "84").queryParam("date", "2019-12-31").get("/api/v1/admin-units/tree")
                .then().statusCode(200).body("name", equalTo("Tỉnh Trà Vinh")).body("children", hasSize(9));
        as(ANONYMOUS).get("/api/v1/admin-units/tree").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("root"));
    }

    @Test
    void office_maintains_units_with_rules() {
        int n = 20000 + (int) (Math.random() * 70000);
        String code = String.valueOf(n);
        Map<String, Object> commune = Map.of("code", code, "name", "Xã Hòa Ân", "type", "COMMUNE",
                "parentCode", "845", "validFrom", "2015-01-01");
        as(OFFICE).body(commune).post("/api/v1/admin-units").then().statusCode(201).header("ETag", "\"0\"");
        as(OFFICE).body(commune).post("/api/v1/admin-units").then().statusCode(409);
        as(OFFICE).header("If-Match", "\"0\"").body(Map.of("code", code, "name", "Xã Hòa Ân",
                "type", "COMMUNE", "parentCode", "845", "validFrom", "2015-01-01", "validTo", "2014-01-01"))
                .put("/api/v1/admin-units/" + code).then().statusCode(400).body("errors.field", hasItem("validTo"));
        as(OFFICE).body(Map.of("code", String.valueOf(n + 1), "name", "Xã Mới", "type", "COMMUNE", "parentCode", "84",
                "validFrom", "2025-07-01")).post("/api/v1/admin-units").then().statusCode(201);
        as(OFFICE).body(Map.of("code", String.valueOf(n + 2), "name", "Huyện Sai", "type", "DISTRICT", "parentCode", "845",
                "validFrom", "2015-01-01")).post("/api/v1/admin-units").then().statusCode(400)
                .body("errors.field", hasItem("parentCode"));
        as(OFFICE).header("If-Match", "\"0\"").delete("/api/v1/admin-units/845").then().statusCode(409);
        as(OFFICE).get("/api/v1/admin-units/nope").then().statusCode(404);
    }
}
