package vn.ocop.registry.commerce;

import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every commerce endpoint × every kind of caller, with real Keycloak tokens. District-owned rows
 * (contracts, participations, points of sale) belong to Thành phố Trà Vinh (842), so the Cầu Kè
 * officer and council member are the "other district".
 */
@QuarkusTest
class CommerceAccessMatrixTest {
    private static final Set<String> STAFF_AND_INTEGRATOR = Set.of(OFFICE, PC, DC_TRAVINH, DC_CAUKE, DO_TRAVINH, DO_CAUKE,
            INTEGRATOR);
    private static final Set<String> READ_TRAVINH = Set.of(OFFICE, PC, DC_TRAVINH, DO_TRAVINH, INTEGRATOR);
    private static final Set<String> WRITE_TRAVINH = Set.of(OFFICE, DO_TRAVINH);
    private static final Set<String> OFFICE_ONLY = Set.of(OFFICE);
    private static final Set<String> OFFICERS = Set.of(OFFICE, DO_TRAVINH, DO_CAUKE);

    private static Long producer;
    private static Long product;
    private static Long partner;

    @Inject
    CommerceFixtures fixtures;

    static Stream<Arguments> everyone() {
        return Stream.of(OFFICE, PC, DC_TRAVINH, DC_CAUKE, DO_TRAVINH, DO_CAUKE, INTEGRATOR, ANONYMOUS).map(Arguments::of);
    }

    /** The status {@code user} gets: {@code success} when among {@code allowed}, else 401 or 403. */
    private static int expect(String user, Set<String> allowed, int success) {
        if (allowed.contains(user)) {
            return success;
        }
        return ANONYMOUS.equals(user) ? 401 : 403;
    }

    private static void check(Response r, String user, Set<String> allowed, int success) {
        int expected = expect(user, allowed, success);
        r.then().statusCode(expected);
        if (expected >= 400) {
            r.then().contentType(startsWith("application/problem+json"));
        }
    }

    /** A Thành phố Trà Vinh producer with one product, and a partner, shared by all rows of this test. */
    private synchronized void world() {
        if (producer == null) {
            producer = CommerceFixtures.producer(TRAVINH, "Cơ sở Trà Thảo Mộc Ma Trận");
            product = fixtures.product(producer, "Trà Sâm Đinh Lăng");
            partner = CommerceFixtures.partner("Bách Hóa Xanh");
        }
    }

    private long contract() {
        world();
        return as(OFFICE).body(CommerceFixtures.contractBody(partner, producer, product)).post("/api/v1/sales-contracts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String etag(String path) {
        return as(OFFICE).get(path).then().statusCode(200).extract().header("ETag");
    }

    // Partners: a province-wide directory.

    @ParameterizedTest
    @MethodSource("everyone")
    void partnerReads(String user) {
        world();
        check(as(user).get("/api/v1/partners"), user, STAFF_AND_INTEGRATOR, 200);
        check(as(user).get("/api/v1/partners/" + partner), user, STAFF_AND_INTEGRATOR, 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void partnerCreate(String user) {
        check(as(user).body(CommerceFixtures.partnerBody("DISTRIBUTOR", "Công ty TNHH Phân phối Nông sản Trà Vinh"))
                .post("/api/v1/partners"), user, OFFICERS, 201);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void partnerUpdateAndDeleteOfTheOfficesEntry(String user) {
        long id = CommerceFixtures.partner("Saigon Co.op");
        String path = "/api/v1/partners/" + id;
        check(as(user).header("If-Match", etag(path)).body(CommerceFixtures.partnerBody("SUPERMARKET_CHAIN", "Co.opmart"))
                .put(path), user, OFFICE_ONLY, 200);
        check(as(user).header("If-Match", etag(path)).delete(path), user, OFFICE_ONLY, 204);
    }

    // Sales contracts: owned by the selling producer's district.

    @ParameterizedTest
    @MethodSource("everyone")
    void contractReads(String user) {
        long id = contract();
        check(as(user).get("/api/v1/sales-contracts"), user, STAFF_AND_INTEGRATOR, 200);
        check(as(user).get("/api/v1/sales-contracts/" + id), user, READ_TRAVINH, 200);
        check(as(user).get("/api/v1/sales-contracts/" + id + "/history"), user, READ_TRAVINH, 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void contractCreate(String user) {
        world();
        check(as(user).body(CommerceFixtures.contractBody(partner, producer, product)).post("/api/v1/sales-contracts"),
                user, WRITE_TRAVINH, 201);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void contractUpdateAndDelete(String user) {
        long id = contract();
        String path = "/api/v1/sales-contracts/" + id;
        check(as(user).header("If-Match", etag(path)).body(CommerceFixtures.contractBody(partner, producer, product))
                .put(path), user, WRITE_TRAVINH, 200);
        check(as(user).header("If-Match", etag(path)).delete(path), user, WRITE_TRAVINH, 204);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void contractTransitions(String user) {
        String draft = "/api/v1/sales-contracts/" + contract();
        check(as(user).post(draft + "/activate"), user, WRITE_TRAVINH, 200);
        String active = "/api/v1/sales-contracts/" + contract();
        as(OFFICE).post(active + "/activate").then().statusCode(200);
        check(as(user).post(active + "/complete"), user, WRITE_TRAVINH, 200);
        String other = "/api/v1/sales-contracts/" + contract();
        check(as(user).body(Map.of("note", "Đối tác ngừng nhập hàng")).post(other + "/terminate"), user, WRITE_TRAVINH, 200);
    }

    // Trade events: province-wide, managed by the office; participations follow the producer's district.

    private static long event() {
        return as(OFFICE).body(CommerceFixtures.eventBody("Hội chợ OCOP Vĩnh Long", "Vĩnh Long"))
                .post("/api/v1/trade-events").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long participant(long event) {
        world();
        return as(OFFICE).body(Map.of("producerId", producer, "productIds", List.of(product)))
                .post("/api/v1/trade-events/" + event + "/participants").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void eventReads(String user) {
        long event = event();
        long participant = participant(event);
        check(as(user).get("/api/v1/trade-events"), user, STAFF_AND_INTEGRATOR, 200);
        check(as(user).get("/api/v1/trade-events/" + event), user, STAFF_AND_INTEGRATOR, 200);
        check(as(user).get("/api/v1/trade-events/" + event + "/participants"), user, STAFF_AND_INTEGRATOR, 200);
        check(as(user).get("/api/v1/trade-events/" + event + "/participants/" + participant), user, READ_TRAVINH, 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void eventWrites(String user) {
        check(as(user).body(CommerceFixtures.eventBody("Hội chợ Nam Định", "Nam Định")).post("/api/v1/trade-events"),
                user, OFFICE_ONLY, 201);
        String path = "/api/v1/trade-events/" + event();
        check(as(user).header("If-Match", etag(path)).body(CommerceFixtures.eventBody("Hội chợ Đắk Lắk", "Đắk Lắk"))
                .put(path), user, OFFICE_ONLY, 200);
        check(as(user).header("If-Match", etag(path)).delete(path), user, OFFICE_ONLY, 204);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void participantWrites(String user) {
        world();
        long event = event();
        check(as(user).body(Map.of("producerId", producer, "productIds", List.of(product)))
                .post("/api/v1/trade-events/" + event + "/participants"), user, WRITE_TRAVINH, 201);
        long other = event();
        String path = "/api/v1/trade-events/" + other + "/participants/" + participant(other);
        check(as(user).header("If-Match", etag(path)).delete(path), user, WRITE_TRAVINH, 204);
    }

    // Points of sale: owned by the district they are in.

    private long pointOfSale() {
        world();
        return as(OFFICE).body(CommerceFixtures.pointOfSaleBody(TRAVINH, "Cửa hàng OCOP Trà Vinh", List.of(product)))
                .post("/api/v1/points-of-sale").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void pointOfSaleReads(String user) {
        long id = pointOfSale();
        check(as(user).get("/api/v1/points-of-sale"), user, STAFF_AND_INTEGRATOR, 200);
        check(as(user).get("/api/v1/points-of-sale/" + id), user, READ_TRAVINH, 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void pointOfSaleWrites(String user) {
        world();
        check(as(user).body(CommerceFixtures.pointOfSaleBody(TRAVINH, "Quầy OCOP chợ Trà Vinh", List.of(product)))
                .post("/api/v1/points-of-sale"), user, WRITE_TRAVINH, 201);
        String path = "/api/v1/points-of-sale/" + pointOfSale();
        check(as(user).header("If-Match", etag(path))
                .body(CommerceFixtures.pointOfSaleBody(TRAVINH, "Cửa hàng OCOP Trà Vinh 2", List.of(product))).put(path),
                user, WRITE_TRAVINH, 200);
        check(as(user).header("If-Match", etag(path)).delete(path), user, WRITE_TRAVINH, 204);
    }
}
