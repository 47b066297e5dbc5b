package vn.ocop.registry.adminunit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.TestData;

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
        as(ANONYMOUS).queryParam("type", "TOWN").queryParam("asOf", "2019-12-31").queryParam("parentCode", "84")
                .get("/api/v1/admin-units").then().statusCode(200).body("items.code", contains("851"));
        // Thị xã Duyên Hải was created in 2015; the district level ended on 2025-06-30.
        as(ANONYMOUS).queryParam("parentCode", "84").queryParam("date", "2014-01-01").get("/api/v1/admin-units")
                .then().body("total", equalTo(8));
        as(ANONYMOUS).queryParam("type", "DISTRICT").queryParam("date", "2026-01-01").get("/api/v1/admin-units")
                .then().body("total", equalTo(0));
    }

    @Test
    void todayTheNewProvinceHas124CommunesAndNoDistricts() {
        as(ANONYMOUS).queryParam("parentCode", "86").queryParam("size", 200).get("/api/v1/admin-units").then()
                .statusCode(200).body("total", equalTo(124));
        as(ANONYMOUS).queryParam("type", "DISTRICT").get("/api/v1/admin-units").then().body("total", equalTo(0));
        as(ANONYMOUS).queryParam("parentCode", "845").queryParam("asOf", "2019-12-31").get("/api/v1/admin-units")
                .then().body("total", greaterThanOrEqualTo(11)).body("items.name", hasItem("Thị trấn Cầu Kè"))
                .body("items.type", hasItem("TOWNSHIP"));
        as(ANONYMOUS).queryParam("parentCode", "842").queryParam("asOf", "2019-12-31").get("/api/v1/admin-units")
                .then().body("total", equalTo(10));
        as(ANONYMOUS).queryParam("parentCode", "842").queryParam("asOf", "2025-03-01").get("/api/v1/admin-units")
                .then().body("total", equalTo(8));
        as(ANONYMOUS).queryParam("allVersions", "true").queryParam("type", "PROVINCE").get("/api/v1/admin-units")
                .then().body("items.code", contains("83", "84", "86", "86"));
        as(ANONYMOUS).queryParam("allVersions", "maybe").get("/api/v1/admin-units").then().statusCode(400)
                .body("errors.field", hasItem("allVersions"));
    }

    @Test
    void aReusedCodeResolvesAsOfADate() {
        as(ANONYMOUS).get("/api/v1/admin-units/29242").then().statusCode(200).body("name", equalTo("Phường Trà Vinh"))
                .body("parentCode", equalTo("86")).body("validFrom", equalTo("2025-07-01"));
        as(ANONYMOUS).queryParam("asOf", "2019-12-31").get("/api/v1/admin-units/29242").then().statusCode(200)
                .body("name", equalTo("Phường 3")).body("parentCode", equalTo("842"))
                .body("validTo", equalTo("2024-12-31"));
        as(ANONYMOUS).queryParam("asOf", "2019-12-31").get("/api/v1/admin-units/86").then()
                .body("validTo", equalTo("2025-06-30"));
        // Without a date, a unit that no longer exists is its latest version.
        as(ANONYMOUS).get("/api/v1/admin-units/845").then().statusCode(200).body("validTo", equalTo("2025-06-30"));
        as(ANONYMOUS).queryParam("asOf", "2026-01-01").get("/api/v1/admin-units/845").then().statusCode(404);
    }

    @Test
    void whatAUnitBecameAndWhatItWasFormedFrom() {
        as(ANONYMOUS).queryParam("asOf", "2019-12-31").get("/api/v1/admin-units/29308/successors").then()
                .statusCode(200).body("unit.code", contains("29308")).body("unit[0].name", equalTo("Xã Cầu Kè"))
                .body("portion", contains("WHOLE")).body("effectiveOn", contains("2025-07-01"));
        as(ANONYMOUS).get("/api/v1/admin-units/29242/predecessors").then().statusCode(200)
                .body("unit.code", contains("29239", "29242", "29260", "842")).body("unit.name", hasItem("Phường 1"))
                .body("portion", contains("WHOLE", "WHOLE", "WHOLE", "PART"));
        // Phường 2 went into Phường 3 on 2025-01-01, which went into Phường Trà Vinh.
        as(ANONYMOUS).get("/api/v1/admin-units/29245/successors").then().body("unit[0].code", equalTo("29242"))
                .body("unit[0].validFrom", equalTo("2025-01-01"));
        as(ANONYMOUS).get("/api/v1/admin-units/845/successors").then()
                .body("unit.code", contains("29308", "29317", "29329", "29335")).body("portion", hasItem("PART"));
        as(ANONYMOUS).get("/api/v1/admin-units/86/predecessors").then()
                .body("unit.code", contains("83", "84", "86")).body("unit[2].validTo", equalTo("2025-06-30"));
    }

    @Test
    void tree() {
        as(ANONYMOUS).queryParam("root", "84").queryParam("date", "2019-12-31").get("/api/v1/admin-units/tree")
                .then().statusCode(200).body("name", equalTo("Tỉnh Trà Vinh")).body("children", hasSize(9))
                .body("children[2].children.name", hasItems("Thị trấn Cầu Kè", "Xã Hòa Ân", "Xã Thông Hòa"));
        as(ANONYMOUS).queryParam("root", "86").get("/api/v1/admin-units/tree")
                .then().statusCode(200).body("name", equalTo("Tỉnh Vĩnh Long")).body("children", hasSize(124));
        as(ANONYMOUS).get("/api/v1/admin-units/tree").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("root"));
    }

    @Test
    void office_maintains_units_with_rules() {
        // Real commune codes stay below 33000 (the 2025 map included): codes from 90000 up never meet one.
        int n = 90000 + Math.floorMod(TestData.marker().hashCode(), 9000);
        String code = String.valueOf(n);
        Map<String, Object> commune = Map.of("code", code, "name", "Xã Hòa Ân", "type", "COMMUNE",
                "parentCode", "845", "validFrom", "2015-01-01");
        as(OFFICE).body(commune).post("/api/v1/admin-units").then().statusCode(201).header("ETag", "\"0\"");
        as(OFFICE).body(commune).post("/api/v1/admin-units").then().statusCode(409);
        as(OFFICE).header("If-Match", "\"0\"").body(Map.of("code", code, "name", "Xã Hòa Ân",
                "type", "COMMUNE", "parentCode", "845", "validFrom", "2015-01-01", "validTo", "2014-01-01"))
                .put("/api/v1/admin-units/" + code).then().statusCode(400).body("errors.field", hasItem("validTo"));
        as(OFFICE).body(Map.of("code", String.valueOf(n + 1), "name", "Xã Mới", "type", "COMMUNE", "parentCode", "84",
                "validFrom", "2025-06-01", "validTo", "2025-06-30")).post("/api/v1/admin-units").then().statusCode(201);
        // A second version of a code may not overlap the first.
        as(OFFICE).body(Map.of("code", code, "name", "Xã Hòa Ân", "type", "COMMUNE", "parentCode", "86",
                "validFrom", "2025-07-01")).post("/api/v1/admin-units").then().statusCode(409);
        as(OFFICE).body(Map.of("code", String.valueOf(n + 2), "name", "Huyện Sai", "type", "DISTRICT", "parentCode", "845",
                "validFrom", "2015-01-01")).post("/api/v1/admin-units").then().statusCode(400)
                .body("errors.field", hasItem("parentCode"));
        as(OFFICE).header("If-Match", "\"0\"").delete("/api/v1/admin-units/845").then().statusCode(409);
        as(OFFICE).get("/api/v1/admin-units/nope").then().statusCode(404);
    }
}
