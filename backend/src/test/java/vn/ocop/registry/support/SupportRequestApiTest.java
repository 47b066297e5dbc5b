package vn.ocop.registry.support;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.support.SupportTestData.BASE;
import static vn.ocop.registry.support.SupportTestData.act;
import static vn.ocop.registry.support.SupportTestData.requestIn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.PageRequest;

@QuarkusTest
class SupportRequestApiTest {

    @Inject
    AuditLog audit;

    @Test
    void packagingDesignIsCarriedFromRequestToDone() {
        long producer = SupportTestData.producer(TRAVINH, "Hợp tác xã Chả Hoa Đông Hòa");
        Map<String, Object> body = SupportTestData.request(producer, "PACKAGING_DESIGN", "2019-03-12");
        body.put("description", "Thiết kế bao bì và nhãn mác mới cho sản phẩm Chả hoa");
        Response created = SupportTestData.create(DO_TRAVINH, body);
        created.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith(BASE + "/" + created.jsonPath().getLong("id")))
                .body("status", equalTo("REQUESTED")).body("districtCode", equalTo(TRAVINH))
                .body("districtName", equalTo("Thành phố Trà Vinh")).body("producerName", startsWith("Hợp tác xã Chả Hoa"))
                .body("createdBy", equalTo("do-travinh"));
        long id = created.jsonPath().getLong("id");

        act(OFFICE, id, "approve", "Hỗ trợ 50% chi phí thiết kế").then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("APPROVED"));
        act(DO_TRAVINH, id, "start", "Đơn vị thiết kế đã nhận việc").then().statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("IN_PROGRESS"));
        act(OFFICE, id, "complete", "Đã bàn giao mẫu bao bì").then().statusCode(200)
                .header("ETag", "\"3\"").body("status", equalTo("DONE"));

        JsonPath done = as(DC_TRAVINH).get(BASE + "/" + id).then().statusCode(200).header("ETag", "\"3\"")
                .body("type", equalTo("PACKAGING_DESIGN"))
                .body("steps.status", contains("REQUESTED", "APPROVED", "IN_PROGRESS", "DONE"))
                .body("steps.actor", contains("do-travinh", "office", "do-travinh", "office"))
                .body("steps.note", contains(null, "Hỗ trợ 50% chi phí thiết kế", "Đơn vị thiết kế đã nhận việc",
                        "Đã bàn giao mẫu bao bì"))
                .body("updatedBy", equalTo("office")).extract().jsonPath();
        List<String> at = done.getList("steps.at");
        for (int i = 1; i < at.size(); i++) {
            assertTrue(!Instant.parse(at.get(i)).isBefore(Instant.parse(at.get(i - 1))), "timeline in order");
        }

        var trail = audit.history(SupportRequestService.AUDIT_TYPE, id, new PageRequest(0, 20, List.of())).items();
        assertEquals(List.of("CREATED", "APPROVED", "IN_PROGRESS", "DONE"),
                trail.stream().map(AuditLog.AuditEntry::action).toList());
        assertEquals(List.of("do-travinh", "office", "do-travinh", "office"),
                trail.stream().map(AuditLog.AuditEntry::actor).toList());
        assertEquals(Map.of("from", "IN_PROGRESS", "to", "DONE"), trail.get(3).changes().get("status"));
        assertEquals("Đã bàn giao mẫu bao bì", trail.get(3).note());
    }

    @Test
    void illegalTransitionsAreConflictsAndChangeNothing() {
        Map<String[], String[]> cases = Map.of(
                new String[]{}, new String[]{"start", "complete"},
                new String[]{"approve"}, new String[]{"approve", "complete"},
                new String[]{"approve", "start"}, new String[]{"approve", "start", "reject"},
                new String[]{"approve", "start", "complete"}, new String[]{"approve", "start", "complete", "reject"},
                new String[]{"reject"}, new String[]{"approve", "start", "complete", "reject"});
        cases.forEach((preparation, illegal) -> {
            long id = requestIn(TRAVINH, preparation);
            String before = as(OFFICE).get(BASE + "/" + id).asString();
            for (String action : illegal) {
                act(OFFICE, id, action, "Không hợp lệ").then().statusCode(409)
                        .contentType(startsWith("application/problem+json")).body("status", equalTo(409))
                        .body("detail", startsWith("Cannot " + action));
            }
            assertEquals(before, as(OFFICE).get(BASE + "/" + id).asString(), "unchanged");
        });
    }

    @Test
    void editsOnlyWhileRequestedAndWithTheCurrentETag() {
        long id = requestIn(TRAVINH);
        Response current = as(DO_TRAVINH).get(BASE + "/" + id);
        Map<String, Object> body = SupportTestData.request(current.jsonPath().getLong("producerId"), "IP_REGISTRATION",
                "2019-07-01");
        body.put("description", "Đăng ký nhãn hiệu tập thể cho Bánh tét Trà Cuôn");
        as(DO_TRAVINH).body(body).put(BASE + "/" + id).then().statusCode(428);
        as(DO_TRAVINH).header("If-Match", "\"7\"").body(body).put(BASE + "/" + id).then().statusCode(412);
        as(DO_TRAVINH).header("If-Match", current.header("ETag")).body(body).put(BASE + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("type", equalTo("IP_REGISTRATION")).body("requestedOn", equalTo("2019-07-01"))
                .body("updatedBy", equalTo("do-travinh")).body("steps.size()", equalTo(1));
        var trail = audit.history(SupportRequestService.AUDIT_TYPE, id, new PageRequest(0, 20, List.of())).items();
        assertEquals("UPDATED", trail.get(1).action());
        assertEquals(Map.of("from", "TRAINING", "to", "IP_REGISTRATION"), trail.get(1).changes().get("type"));

        act(OFFICE, id, "approve", null).then().statusCode(200);
        as(DO_TRAVINH).header("If-Match", "\"2\"").body(body).put(BASE + "/" + id).then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        as(OFFICE).header("If-Match", "\"2\"").body(body).put(BASE + "/" + id).then().statusCode(409);
    }

    @Test
    void districtOfficersWorkOnlyWithTheirOwnDistrictsProducers() {
        long travinh = SupportTestData.producer(TRAVINH, "Cơ sở Trà Vinh");
        long cauke = SupportTestData.producer(CAUKE, "Cơ sở Cầu Kè");
        SupportTestData.create(DO_CAUKE, SupportTestData.request(travinh, "TRAINING", "2019-02-01")).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        SupportTestData.create(DO_CAUKE, SupportTestData.request(cauke, "TRAINING", "2019-02-01")).then().statusCode(201);
        // Moving one's request to another district's producer is refused as well.
        long own = requestIn(TRAVINH);
        Response current = as(DO_TRAVINH).get(BASE + "/" + own);
        as(DO_TRAVINH).header("If-Match", current.header("ETag"))
                .body(SupportTestData.request(cauke, "TRAINING", "2019-02-01")).put(BASE + "/" + own).then().statusCode(403);
        assertEquals(current.jsonPath().getLong("producerId"),
                as(OFFICE).get(BASE + "/" + own).jsonPath().getLong("producerId"));
    }

    @Test
    void districtScopedListsNeverShowAnotherDistrict() {
        requestIn(TRAVINH);
        requestIn(CAUKE);
        for (String user : new String[]{DO_CAUKE, DC_CAUKE}) {
            as(user).queryParam("size", 200).get(BASE).then().statusCode(200)
                    .body("items.districtCode", everyItem(equalTo(CAUKE))).body("items.districtCode", hasItem(CAUKE));
            as(user).queryParam("districtCode", TRAVINH).get(BASE).then().statusCode(200)
                    .body("items", empty()).body("total", equalTo(0));
            as(user).queryParam("districtCode", TRAVINH).get(BASE + "/summary").then().statusCode(200)
                    .body("requests", equalTo(0)).body("producers", equalTo(0));
        }
        as(PC).queryParam("size", 200).get(BASE).then().statusCode(200)
                .body("items.districtCode", hasItem(CAUKE)).body("items.districtCode", hasItem(TRAVINH));
        as(OFFICE).queryParam("districtCode", TRAVINH).queryParam("size", 200).get(BASE).then().statusCode(200)
                .body("items.districtCode", everyItem(equalTo(TRAVINH)));
    }

    @Test
    void filtersAndAccentInsensitiveSearch() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long producer = SupportTestData.producer(TRAVINH, "Cơ sở Trà Sâm Đinh Lăng " + marker);
        Map<String, Object> training = SupportTestData.request(producer, "TRAINING", "2019-09-09");
        training.put("description", "Tập huấn quy trình sản xuất trà sâm đinh lăng, mã " + marker);
        long trainingId = SupportTestData.create(OFFICE, training).jsonPath().getLong("id");
        long ipId = SupportTestData.create(OFFICE, SupportTestData.request(producer, "IP_REGISTRATION", "2020-01-15"))
                .jsonPath().getLong("id");
        act(OFFICE, ipId, "approve", null).then().statusCode(200);

        as(OFFICE).queryParam("producerId", producer).queryParam("sort", "requestedOn").get(BASE).then().statusCode(200)
                .body("items.id", contains((int) trainingId, (int) ipId)).body("total", equalTo(2));
        as(OFFICE).queryParam("producerId", producer).get(BASE).then()
                .body("items.id", contains((int) ipId, (int) trainingId));
        as(OFFICE).queryParam("producerId", producer).queryParam("type", "TRAINING").get(BASE).then()
                .body("items.id", contains((int) trainingId));
        as(OFFICE).queryParam("producerId", producer).queryParam("status", "APPROVED").get(BASE).then()
                .body("items.id", contains((int) ipId));
        as(OFFICE).queryParam("producerId", producer).queryParam("year", 2019).get(BASE).then()
                .body("items.id", contains((int) trainingId));
        as(OFFICE).queryParam("producerId", producer).queryParam("districtCode", CAUKE).get(BASE).then()
                .body("total", equalTo(0));
        // The producer's name matches both requests; the description only the training one.
        for (String q : new String[]{"tra sam dinh lang " + marker, "TRÀ SÂM ĐINH LĂNG " + marker}) {
            as(OFFICE).queryParam("q", q).get(BASE).then().body("items.id", contains((int) ipId, (int) trainingId));
        }
        for (String q : new String[]{"tap huan quy trinh san xuat tra sam dinh lang, ma " + marker, "MÃ " + marker}) {
            as(OFFICE).queryParam("q", q).get(BASE).then().body("items.id", contains((int) trainingId));
        }
        as(OFFICE).queryParam("q", "100%_" + marker).get(BASE).then().body("total", equalTo(0));
        as(OFFICE).queryParam("producerId", producer).queryParam("sort", "producerName,status").queryParam("size", 1)
                .get(BASE).then().body("items.id", contains((int) ipId)).body("total", equalTo(2));
    }

    @Test
    void summaryCountsWhatWasCreated() {
        int year = 2018;
        JsonPath provinceBefore = as(OFFICE).queryParam("year", year).get(BASE + "/summary").then().statusCode(200).extract()
                .jsonPath();
        JsonPath caukeBefore = as(DO_CAUKE).queryParam("year", year).get(BASE + "/summary").then().statusCode(200).extract()
                .jsonPath();

        // Three producers ask: two in Cầu Kè (one of them twice), one in Thành phố Trà Vinh.
        long ck1 = SupportTestData.producer(CAUKE, "Cơ sở Cốm ống");
        long ck2 = SupportTestData.producer(CAUKE, "Cơ sở Bộ salon tre");
        long tv = SupportTestData.producer(TRAVINH, "Cơ sở Lạp xưởng");
        long a = id(SupportTestData.create(OFFICE, SupportTestData.request(ck1, "PACKAGING_DESIGN", "2018-03-01")));
        long b = id(SupportTestData.create(OFFICE, SupportTestData.request(ck1, "IP_REGISTRATION", "2018-04-01")));
        long c = id(SupportTestData.create(OFFICE, SupportTestData.request(ck2, "PACKAGING_DESIGN", "2018-12-31")));
        id(SupportTestData.create(OFFICE, SupportTestData.request(tv, "PACKAGING_DESIGN", "2018-01-01")));
        id(SupportTestData.create(OFFICE, SupportTestData.request(tv, "PACKAGING_DESIGN", "2019-01-01")));
        act(OFFICE, a, "approve", null).then().statusCode(200);
        act(OFFICE, a, "start", null).then().statusCode(200);
        act(OFFICE, a, "complete", null).then().statusCode(200);
        act(OFFICE, b, "reject", "Đã có văn bằng bảo hộ").then().statusCode(200);

        JsonPath province = as(OFFICE).queryParam("year", year).get(BASE + "/summary").then().statusCode(200)
                .body("year", equalTo(year)).body("districtCode", equalTo(null))
                .body("byType.type", contains("INFRASTRUCTURE", "PACKAGING_DESIGN", "IP_REGISTRATION", "TRAINING",
                        "TRADE_PROMOTION", "FINANCE", "OTHER"))
                .extract().jsonPath();
        assertEquals(4, province.getLong("requests") - provinceBefore.getLong("requests"));
        assertEquals(3, province.getLong("producers") - provinceBefore.getLong("producers"));
        assertEquals(3, delta(province, provinceBefore, "PACKAGING_DESIGN", "requests"));
        assertEquals(3, delta(province, provinceBefore, "PACKAGING_DESIGN", "producers"));
        assertEquals(1, delta(province, provinceBefore, "PACKAGING_DESIGN", "byStatus.DONE"));
        assertEquals(2, delta(province, provinceBefore, "PACKAGING_DESIGN", "byStatus.REQUESTED"));
        assertEquals(1, delta(province, provinceBefore, "IP_REGISTRATION", "byStatus.REJECTED"));
        assertEquals(0, delta(province, provinceBefore, "TRAINING", "requests"));

        JsonPath cauke = as(DO_CAUKE).queryParam("year", year).get(BASE + "/summary").then().statusCode(200)
                .body("districtCode", equalTo(CAUKE)).extract().jsonPath();
        assertEquals(3, cauke.getLong("requests") - caukeBefore.getLong("requests"));
        assertEquals(2, cauke.getLong("producers") - caukeBefore.getLong("producers"));
        assertEquals(2, delta(cauke, caukeBefore, "PACKAGING_DESIGN", "requests"));
        assertEquals(1, delta(cauke, caukeBefore, "PACKAGING_DESIGN", "byStatus.REQUESTED"));
        // The office asking for Cầu Kè sees what the Cầu Kè officer sees.
        assertEquals(cauke.getMap(""), as(OFFICE).queryParam("year", year).queryParam("districtCode", CAUKE)
                .get(BASE + "/summary").jsonPath().getMap(""));
        assertEquals(List.of((int) c), as(OFFICE).queryParam("producerId", ck2).get(BASE).jsonPath().getList("items.id"));
        // Without a year every year counts: the province total is the list's total.
        assertEquals(as(OFFICE).get(BASE).jsonPath().getLong("total"),
                as(OFFICE).get(BASE + "/summary").jsonPath().getLong("requests"));
    }

    @Test
    void idempotencyKeyMakesRetriesSafe() {
        long producer = SupportTestData.producer(TRAVINH, "Cơ sở Nước mắm rươi");
        Map<String, Object> body = SupportTestData.request(producer, "TRADE_PROMOTION", "2019-10-10");
        String key = UUID.randomUUID().toString();
        Response first = as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post(BASE);
        first.then().statusCode(201).header("Idempotent-Replayed", equalTo(null));
        Response again = as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post(BASE);
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).header("ETag", first.header("ETag"));
        assertEquals(first.jsonPath().getMap(""), again.jsonPath().getMap(""));
        as(OFFICE).queryParam("producerId", producer).get(BASE).then().body("total", equalTo(1));

        body.put("type", "FINANCE");
        as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post(BASE).then().statusCode(422)
                .contentType(startsWith("application/problem+json"));
        as(OFFICE).queryParam("producerId", producer).get(BASE).then().body("total", equalTo(1))
                .body("items.type", not(hasItem("FINANCE")));
    }

    @Test
    void unknownRequestIsNotFound() {
        as(OFFICE).get(BASE + "/987654321").then().statusCode(404).contentType(startsWith("application/problem+json"));
        act(OFFICE, 987654321L, "approve", null).then().statusCode(404);
    }

    private static long id(Response created) {
        return created.then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long delta(JsonPath after, JsonPath before, String type, String field) {
        String path = "byType.find { it.type == '" + type + "' }." + field;
        return after.getLong(path) - before.getLong(path);
    }
}
