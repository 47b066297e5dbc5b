package vn.ocop.registry.common;

import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint × every kind of caller, with real Keycloak tokens. Rows are owned by Thành phố
 * Trà Vinh (842), so the Cầu Kè (845) officer and council member are the "other district".
 */
@QuarkusTest
class AccessMatrixTest {
    private static final AtomicInteger UNIT_SEQ = new AtomicInteger((int) (System.nanoTime() % 9000));

    /** user → expected status for reads of Thành phố Trà Vinh data. */
    static Stream<Arguments> readers() {
        return Stream.of(Arguments.of(OFFICE, 200), Arguments.of(PC, 200), Arguments.of(DC_TRAVINH, 200),
                Arguments.of(DC_CAUKE, 403), Arguments.of(DO_TRAVINH, 200), Arguments.of(DO_CAUKE, 403),
                Arguments.of(INTEGRATOR, 200), Arguments.of(ANONYMOUS, 401));
    }

    /** user → expected status for writes of Thành phố Trà Vinh producers (success code given per test). */
    static Stream<Arguments> producerWriters() {
        return Stream.of(Arguments.of(OFFICE, true), Arguments.of(DO_TRAVINH, true), Arguments.of(PC, false),
                Arguments.of(DC_TRAVINH, false), Arguments.of(DC_CAUKE, false), Arguments.of(DO_CAUKE, false),
                Arguments.of(INTEGRATOR, false), Arguments.of(ANONYMOUS, false));
    }

    static Stream<Arguments> everyone() {
        return Stream.of(OFFICE, PC, DC_TRAVINH, DC_CAUKE, DO_TRAVINH, DO_CAUKE, INTEGRATOR, ANONYMOUS).map(Arguments::of);
    }

    private static int refused(String user) {
        return ANONYMOUS.equals(user) ? 401 : 403;
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void me(String user) {
        as(user).get("/api/v1/me").then().statusCode(ANONYMOUS.equals(user) ? 401 : 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void adminUnitReadsArePublic(String user) {
        as(user).get("/api/v1/admin-units").then().statusCode(200);
        as(user).get("/api/v1/admin-units/" + CAUKE).then().statusCode(200);
        as(user).queryParam("root", "84").get("/api/v1/admin-units/tree").then().statusCode(200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void adminUnitWritesAreOfficeOnly(String user) {
        boolean allowed = OFFICE.equals(user);
        String code = String.valueOf(90000 + UNIT_SEQ.incrementAndGet() % 9999);
        Map<String, Object> unit = Map.of("code", code, "name", "Xã Thử Nghiệm", "type", "COMMUNE",
                "parentCode", CAUKE, "validFrom", "2015-01-01");
        as(user).body(unit).post("/api/v1/admin-units").then().statusCode(allowed ? 201 : refused(user));
        if (!allowed) {
            as(OFFICE).body(unit).post("/api/v1/admin-units").then().statusCode(201);
        }
        as(user).header("If-Match", "\"0\"").body(unit).put("/api/v1/admin-units/" + code)
                .then().statusCode(allowed ? 200 : refused(user));
        String etag = as(OFFICE).get("/api/v1/admin-units/" + code).header("ETag");
        as(user).header("If-Match", etag).delete("/api/v1/admin-units/" + code)
                .then().statusCode(allowed ? 204 : refused(user));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void producerReads(String user, int expected) {
        long id = createProducer(TRAVINH);
        as(user).get("/api/v1/producers/" + id).then().statusCode(expected);
        as(user).get("/api/v1/producers").then().statusCode(ANONYMOUS.equals(user) ? 401 : 200);
    }

    @ParameterizedTest
    @MethodSource("producerWriters")
    void producerCreate(String user, boolean allowed) {
        as(user).body(TestData.producer(TRAVINH, "Cơ sở Bánh tét Trà Cuôn")).post("/api/v1/producers")
                .then().statusCode(allowed ? 201 : refused(user));
    }

    @ParameterizedTest
    @MethodSource("producerWriters")
    void producerUpdate(String user, boolean allowed) {
        long id = createProducer(TRAVINH);
        String etag = as(OFFICE).get("/api/v1/producers/" + id).header("ETag");
        as(user).header("If-Match", etag).body(TestData.producer(TRAVINH, "Cơ sở Đổi Tên"))
                .put("/api/v1/producers/" + id).then().statusCode(allowed ? 200 : refused(user));
    }

    @ParameterizedTest
    @MethodSource("producerWriters")
    void producerDelete(String user, boolean allowed) {
        long id = createProducer(TRAVINH);
        String etag = as(OFFICE).get("/api/v1/producers/" + id).header("ETag");
        as(user).header("If-Match", etag).delete("/api/v1/producers/" + id)
                .then().statusCode(allowed ? 204 : refused(user));
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void refusalsAreProblemDetails(String user) {
        if (OFFICE.equals(user)) {
            return;
        }
        as(user).body(Map.of("code", "99999", "name", "X", "type", "COMMUNE", "parentCode", CAUKE,
                "validFrom", "2015-01-01")).post("/api/v1/admin-units")
                .then().statusCode(refused(user)).contentType(startsWith("application/problem+json"));
    }

    static long createProducer(String district) {
        return as(OFFICE).body(TestData.producer(district, "Hợp tác xã Thử Nghiệm")).post("/api/v1/producers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
