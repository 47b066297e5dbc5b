package vn.ocop.registry.producer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.ocop.registry.common.TestClock;
import vn.ocop.registry.common.TestData;

@QuarkusTest
class ProducerApiTest {

    private static Map<String, Object> producer(String district, String name) {
        return new HashMap<>(TestData.producer(district, name));
    }

    static int countNamed(String name) {
        return as(OFFICE).queryParam("q", name).get("/api/v1/producers").then().statusCode(200)
                .extract().jsonPath().getInt("total");
    }

    @Test
    void districtOfficerRegistersInOwnDistrictOnly() {
        String name = "HTX Cầu Kè " + UUID.randomUUID();
        Response created = as(DO_CAUKE).body(producer(CAUKE, name)).post("/api/v1/producers");
        created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/producers/"))
                .header("ETag", "\"0\"")
                .body("districtCode", equalTo(CAUKE))
                .body("districtName", equalTo("Huyện Cầu Kè"))
                .body("createdBy", equalTo("do-cauke"));

        String other = "HTX Trà Vinh " + UUID.randomUUID();
        as(DO_CAUKE).body(producer(TRAVINH, other)).post("/api/v1/producers")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403));
        assertEquals(0, countNamed(other), "a refused create stores nothing");
    }

    @Test
    void districtScopedListsNeverShowAnotherDistrict() {
        as(OFFICE).body(producer(TRAVINH, "Cơ sở Trà Vinh riêng")).post("/api/v1/producers").then().statusCode(201);
        as(OFFICE).body(producer(CAUKE, "Cơ sở Cầu Kè riêng")).post("/api/v1/producers").then().statusCode(201);
        for (String user : new String[]{DO_CAUKE, DC_CAUKE}) {
            as(user).queryParam("size", 200).get("/api/v1/producers").then().statusCode(200)
                    .body("items.districtCode", everyItem(equalTo(CAUKE)))
                    .body("items.districtCode", hasItem(CAUKE));
            as(user).queryParam("districtCode", TRAVINH).get("/api/v1/producers").then().statusCode(200)
                    .body("items", empty()).body("total", equalTo(0));
        }
        as(OFFICE).queryParam("districtCode", TRAVINH).queryParam("size", 200).get("/api/v1/producers")
                .then().statusCode(200).body("items.districtCode", everyItem(equalTo(TRAVINH)));
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        as(OFFICE).body(producer(TRAVINH, "Hợp tác xã Chả Hoa Đông Hòa " + marker)).post("/api/v1/producers")
                .then().statusCode(201);
        for (String q : new String[]{"hop tac xa cha hoa dong hoa " + marker, "HỢP TÁC XÃ", "đông hòa " + marker,
                "DONG HOA " + marker}) {
            as(OFFICE).queryParam("q", q).queryParam("size", 200).get("/api/v1/producers").then().statusCode(200)
                    .body("items.name", hasItem("Hợp tác xã Chả Hoa Đông Hòa " + marker));
        }
        as(OFFICE).queryParam("q", "cha hoa tay hoa " + marker).get("/api/v1/producers")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void decomposedInputIsStoredComposed() {
        String decomposed = java.text.Normalizer.normalize("Cơ sở Bánh Tét Cầu Kè", java.text.Normalizer.Form.NFD);
        as(OFFICE).body(producer(CAUKE, decomposed + " " + UUID.randomUUID())).post("/api/v1/producers")
                .then().statusCode(201).body("name", startsWith("Cơ sở Bánh Tét Cầu Kè"));
    }

    @Test
    void sortsAndPagesInTheDatabase() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (String n : new String[]{"B", "A", "C"}) {
            as(OFFICE).body(producer(TRAVINH, "Sort " + marker + " " + n)).post("/api/v1/producers").then().statusCode(201);
        }
        as(OFFICE).queryParam("q", marker).queryParam("sort", "-name").queryParam("size", 2).get("/api/v1/producers")
                .then().statusCode(200)
                .body("items.name", contains("Sort " + marker + " C", "Sort " + marker + " B"))
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2));
        as(OFFICE).queryParam("q", marker).queryParam("sort", "-name").queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/producers").then().statusCode(200)
                .body("items.name", contains("Sort " + marker + " A")).body("total", equalTo(3));
    }

    @Test
    void aWritesAnswerShowsTheTimesEveryLaterReadShows() {
        TestClock.pin(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusNanos(123_456_789));
        try {
            Response created = as(OFFICE).body(producer(TRAVINH, "Cơ sở Đồng Hồ")).post("/api/v1/producers");
            created.then().statusCode(201);
            Response read = as(OFFICE).get("/api/v1/producers/" + created.jsonPath().getLong("id"));
            assertEquals(read.jsonPath().getString("createdAt"), created.jsonPath().getString("createdAt"));
            assertEquals(read.jsonPath().getString("updatedAt"), created.jsonPath().getString("updatedAt"));
        } finally {
            TestClock.release();
        }
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        Response created = as(OFFICE).body(producer(TRAVINH, "Cơ sở Lạp Xưởng")).post("/api/v1/producers");
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        as(OFFICE).header("If-Match", etag).body(producer(TRAVINH, "Cơ sở Lạp Xưởng Mới")).put("/api/v1/producers/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        as(OFFICE).header("If-Match", etag).body(producer(TRAVINH, "Cơ sở Ghi Đè")).put("/api/v1/producers/" + id)
                .then().statusCode(412).contentType(startsWith("application/problem+json")).body("status", equalTo(412));
        as(OFFICE).body(producer(TRAVINH, "Cơ sở Ghi Đè")).put("/api/v1/producers/" + id)
                .then().statusCode(428).contentType(startsWith("application/problem+json"));
        as(OFFICE).header("If-Match", etag).delete("/api/v1/producers/" + id).then().statusCode(412);
        as(OFFICE).get("/api/v1/producers/" + id).then().statusCode(200)
                .body("name", equalTo("Cơ sở Lạp Xưởng Mới")).body("version", equalTo(1));
    }

    @Test
    void deleteRemovesTheRow() {
        Response created = as(OFFICE).body(producer(TRAVINH, "Cơ sở Tạm")).post("/api/v1/producers");
        long id = created.jsonPath().getLong("id");
        as(OFFICE).header("If-Match", created.header("ETag")).delete("/api/v1/producers/" + id).then().statusCode(204);
        as(OFFICE).get("/api/v1/producers/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void duplicateTaxCodeIsAConflict() {
        Map<String, Object> first = producer(TRAVINH, "Doanh nghiệp Trùng Mã");
        as(OFFICE).body(first).post("/api/v1/producers").then().statusCode(201);
        Map<String, Object> second = producer(CAUKE, "Doanh nghiệp Trùng Mã 2");
        second.put("taxCode", first.get("taxCode"));
        as(OFFICE).body(second).post("/api/v1/producers").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void taxCodeForms() {
        Map<String, Object> branch = producer(TRAVINH, "Chi nhánh Công ty Vinamilk");
        branch.put("taxCode", "0300588569-0" + (10 + (int) (Math.random() * 89)));
        branch.put("type", "ENTERPRISE");
        as(OFFICE).body(branch).post("/api/v1/producers").then().statusCode(201);

        Map<String, Object> household = producer(TRAVINH, "Hộ kinh doanh Bánh tét Út Hiền");
        String personalId = "084" + String.format("%09d", (long) (Math.random() * 1_000_000_000L));
        household.put("taxCode", personalId);
        household.put("type", "HOUSEHOLD_BUSINESS");
        long id = as(OFFICE).body(household).post("/api/v1/producers").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        // Integrators see no personal data of households; the office does.
        as(INTEGRATOR).get("/api/v1/producers/" + id).then().statusCode(200)
                .body("taxCode", nullValue()).body("phone", nullValue()).body("email", nullValue())
                .body("representative", nullValue()).body("name", equalTo("Hộ kinh doanh Bánh tét Út Hiền"));
        as(OFFICE).get("/api/v1/producers/" + id).then().body("taxCode", equalTo(personalId))
                .body("phone", equalTo("02943834567"));
    }
}
