package vn.ocop.registry.commerce;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

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
class TradeEventApiTest {
    private static final String EVENTS = "/api/v1/trade-events";

    @Inject
    CommerceFixtures fixtures;

    String marker;
    long producer;
    long traSam;
    long event;
    String participants;

    @BeforeEach
    void world() {
        marker = UUID.randomUUID().toString().substring(0, 8);
        producer = CommerceFixtures.producer(TRAVINH, "Cơ sở Trà Hội Chợ");
        traSam = fixtures.product(producer, "Trà Sâm Đinh Lăng");
        event = as(OFFICE).body(CommerceFixtures.eventBody("Hội chợ Nông nghiệp " + marker, "Đắk Lắk")).post(EVENTS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        participants = EVENTS + "/" + event + "/participants";
    }

    private long eventsNamed(String q) {
        return as(OFFICE).queryParam("q", q).get(EVENTS).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private long participantCount() {
        return as(OFFICE).get(participants).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void filtersByYearKindNameAndHostProvince() {
        Map<String, Object> conference = CommerceFixtures.eventBody("Hội nghị Kết nối Cung cầu " + marker, "Nam Định");
        conference.put("kind", "CONFERENCE");
        conference.put("startsOn", "2020-09-10");
        conference.put("endsOn", "2020-09-11");
        long conferenceId = as(OFFICE).body(conference).post(EVENTS).then().statusCode(201).extract().jsonPath().getLong("id");

        as(OFFICE).queryParam("q", marker).queryParam("year", 2019).get(EVENTS).then().body("items.id", contains((int) event));
        as(OFFICE).queryParam("q", marker).queryParam("kind", "CONFERENCE").get(EVENTS).then()
                .body("items.id", contains((int) conferenceId));
        as(OFFICE).queryParam("q", marker).queryParam("hostProvince", "dak lak").get(EVENTS).then()
                .body("items.hostProvince", contains("Đắk Lắk"));
        as(OFFICE).queryParam("q", "HOI NGHI KET NOI CUNG CAU " + marker).get(EVENTS).then().body("items.id",
                contains((int) conferenceId));
        as(OFFICE).queryParam("q", marker).get(EVENTS).then().body("items.id", contains((int) conferenceId, (int) event));
    }

    @ParameterizedTest
    @CsvSource({"endsOn, 2019-11-01", "kind, BAZAAR", "hostProvince, ' '", "name, ''", "startsOn, 22/11/2019"})
    void badEventInputIsRefusedAndNothingStored(String field, String value) {
        String name = "Sự kiện Lỗi " + UUID.randomUUID();
        Map<String, Object> body = CommerceFixtures.eventBody(name, "Vĩnh Long");
        body.put(field, value);
        as(OFFICE).body(body).post(EVENTS).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
        assertEquals(0, eventsNamed(name));
    }

    @Test
    void missingEventFields() {
        as(OFFICE).body(Map.of()).post(EVENTS).then().statusCode(400)
                .body("errors.field", hasItems("name", "kind", "hostProvince", "startsOn", "endsOn"));
    }

    @Test
    void badParticipationsAreRefusedAndNothingStored() {
        long otherProduct = fixtures.product(CommerceFixtures.producer(TRAVINH, "Cơ sở Khác"), "Trà Sả");
        as(OFFICE).body(Map.of("producerId", producer, "productIds", List.of(traSam, otherProduct))).post(participants)
                .then().statusCode(400).body("errors.field", contains("productIds[1]"))
                .body("errors.message", hasItem(containsString("another producer")));
        as(OFFICE).body(Map.of("producerId", producer, "productIds", List.of(999_999_999))).post(participants)
                .then().statusCode(400).body("errors.field", contains("productIds[0]"));
        as(OFFICE).body(Map.of("producerId", 999_999_999, "productIds", List.of(traSam))).post(participants)
                .then().statusCode(400).body("errors.field", hasItem("producerId"));
        as(OFFICE).body(Map.of("producerId", producer, "productIds", List.of())).post(participants)
                .then().statusCode(400).body("errors.field", contains("productIds"));
        assertEquals(0, participantCount());
    }

    @Test
    void aProducerTakesPartOnce() {
        as(OFFICE).body(Map.of("producerId", producer, "productIds", List.of(traSam))).post(participants)
                .then().statusCode(201);
        as(DO_TRAVINH).body(Map.of("producerId", producer, "productIds", List.of(traSam))).post(participants)
                .then().statusCode(409).contentType(startsWith("application/problem+json"));
        assertEquals(1, participantCount());
    }

    @Test
    void districtOfficersHandleOnlyTheirOwnProducers() {
        as(DO_CAUKE).body(Map.of("producerId", producer, "productIds", List.of(traSam))).post(participants)
                .then().statusCode(403);
        assertEquals(0, participantCount());
        Response added = as(DO_TRAVINH).body(Map.of("producerId", producer, "productIds", List.of(traSam, traSam)))
                .post(participants);
        added.then().statusCode(201).body("products.productId", contains((int) traSam))
                .header("Location", containsString(participants + "/"));
        String path = participants + "/" + added.jsonPath().getLong("id");
        as(DO_CAUKE).header("If-Match", added.header("ETag")).delete(path).then().statusCode(403);
        for (String user : new String[]{DO_CAUKE, DC_CAUKE}) {
            as(user).get(participants).then().statusCode(200).body("items", empty());
            as(user).queryParam("districtCode", TRAVINH).get(participants).then().statusCode(200).body("total", equalTo(0));
        }
        as(OFFICE).queryParam("districtCode", CAUKE).get(participants).then().body("total", equalTo(0));
        as(OFFICE).queryParam("districtCode", TRAVINH).get(participants).then().body("total", equalTo(1));
        as(DO_TRAVINH).header("If-Match", added.header("ETag")).delete(path).then().statusCode(204);
        assertEquals(0, participantCount());
    }

    @Test
    void removalNeedsTheCurrentETagAndTheRightEvent() {
        Response added = as(OFFICE).body(Map.of("producerId", producer, "productIds", List.of(traSam))).post(participants);
        long id = added.jsonPath().getLong("id");
        as(OFFICE).delete(participants + "/" + id).then().statusCode(428);
        as(OFFICE).header("If-Match", "\"7\"").delete(participants + "/" + id).then().statusCode(412);
        long otherEvent = as(OFFICE).body(CommerceFixtures.eventBody("Hội chợ Khác", "Vĩnh Long")).post(EVENTS)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(OFFICE).get(EVENTS + "/" + otherEvent + "/participants/" + id).then().statusCode(404);
        as(OFFICE).header("If-Match", added.header("ETag")).delete(EVENTS + "/" + otherEvent + "/participants/" + id)
                .then().statusCode(404);
        assertEquals(1, participantCount());
    }

    @Test
    void idempotencyKeyReplayAddsOneParticipant() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("producerId", producer, "productIds", List.of(traSam));
        long id = as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post(participants).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post(participants).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        assertEquals(1, participantCount());
    }

    @Test
    void eventUpdatesNeedTheCurrentETagAndDeletionTakesParticipantsAlong() {
        as(OFFICE).body(Map.of("producerId", producer, "productIds", List.of(traSam))).post(participants)
                .then().statusCode(201);
        String path = EVENTS + "/" + event;
        String etag = as(OFFICE).get(path).header("ETag");
        Map<String, Object> renamed = CommerceFixtures.eventBody("Hội chợ Nông nghiệp Đắk Lắk " + marker, "Đắk Lắk");
        as(OFFICE).header("If-Match", etag).body(renamed).put(path).then().statusCode(200);
        as(OFFICE).header("If-Match", etag).body(renamed).put(path).then().statusCode(412);
        as(OFFICE).header("If-Match", etag).delete(path).then().statusCode(412);
        as(OFFICE).header("If-Match", as(OFFICE).get(path).header("ETag")).delete(path).then().statusCode(204);
        as(OFFICE).get(participants).then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({"year, 2019.5", "year, 99", "kind, BAZAAR", "sort, venue"})
    void badListParameters(String param, String value) {
        as(OFFICE).queryParam(param, value).get(EVENTS).then().statusCode(400).body("errors.field", hasItem(param));
    }
}
