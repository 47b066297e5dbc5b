package vn.ocop.registry.commerce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Lists load names per page, not per row: a page of many rows costs the same statements as a page of one. */
@QuarkusTest
class CommerceQueryCountTest {
    private static final int ROWS = 12;

    @Inject
    CommerceFixtures fixtures;

    @Inject
    EntityManagerFactory emf;

    private long statements(Function<RequestSpecification, Response> call, int expectedItems) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        Response response = call.apply(as(OFFICE));
        long count = stats.getPrepareStatementCount();
        stats.setStatisticsEnabled(false);
        assertEquals(expectedItems, response.then().statusCode(200).extract().jsonPath().getList("items").size());
        assertTrue(count > 0, "statistics are collected");
        return count;
    }

    @Test
    void listsCostTheSameForOneRowOrMany() {
        long one = CommerceFixtures.producer(TRAVINH, "Cơ sở Một Hợp Đồng");
        long many = CommerceFixtures.producer(TRAVINH, "Cơ sở Nhiều Hợp Đồng");
        long oneProduct = fixtures.product(one, "Trà Măng Tây");
        long partner = CommerceFixtures.partner("Saigon Co.op");
        as(OFFICE).body(CommerceFixtures.contractBody(partner, one, oneProduct)).post("/api/v1/sales-contracts");
        long event = as(OFFICE).body(CommerceFixtures.eventBody("Hội chợ Vĩnh Long", "Vĩnh Long"))
                .post("/api/v1/trade-events").jsonPath().getLong("id");
        long lonelyEvent = as(OFFICE).body(CommerceFixtures.eventBody("Hội chợ Vĩnh Long", "Vĩnh Long"))
                .post("/api/v1/trade-events").jsonPath().getLong("id");
        as(OFFICE).body(Map.of("producerId", one, "productIds", List.of(oneProduct)))
                .post("/api/v1/trade-events/" + lonelyEvent + "/participants").then().statusCode(201);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        as(OFFICE).body(CommerceFixtures.pointOfSaleBody(TRAVINH, "Lẻ " + marker, List.of(oneProduct)))
                .post("/api/v1/points-of-sale").then().statusCode(201);
        for (int i = 0; i < ROWS; i++) {
            long producer = CommerceFixtures.producer(TRAVINH, "Cơ sở Hội Chợ " + i);
            long a = fixtures.product(many, "Trà " + i);
            long b = fixtures.product(many, "Kẹo " + i);
            long shown = fixtures.product(producer, "Bánh tét " + i);
            Map<String, Object> contract = CommerceFixtures.contractBody(partner, many, a);
            contract.put("lines", List.of(CommerceFixtures.line(a, 10, "hộp", 1000), CommerceFixtures.line(b, 5, "kg", 2000)));
            as(OFFICE).body(contract).post("/api/v1/sales-contracts").then().statusCode(201);
            as(OFFICE).body(Map.of("producerId", producer, "productIds", List.of(shown)))
                    .post("/api/v1/trade-events/" + event + "/participants").then().statusCode(201);
            as(OFFICE).body(CommerceFixtures.pointOfSaleBody(TRAVINH, "Nhiều " + marker + " " + i, List.of(a, b, shown)))
                    .post("/api/v1/points-of-sale").then().statusCode(201);
        }
        assertEquals(statements(r -> r.queryParam("producerId", one).get("/api/v1/sales-contracts"), 1),
                statements(r -> r.queryParam("producerId", many).get("/api/v1/sales-contracts"), ROWS));
        assertEquals(statements(r -> r.get("/api/v1/trade-events/" + lonelyEvent + "/participants"), 1),
                statements(r -> r.get("/api/v1/trade-events/" + event + "/participants"), ROWS));
        assertEquals(statements(r -> r.queryParam("q", "le " + marker).get("/api/v1/points-of-sale"), 1),
                statements(r -> r.queryParam("q", "nhieu " + marker).get("/api/v1/points-of-sale"), ROWS));
    }
}
