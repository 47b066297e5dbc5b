package vn.ocop.registry.common;

import static org.hamcrest.Matchers.startsWith;
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

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every endpoint × every kind of caller, with real Keycloak tokens. Who is let in follows from the {@link Roles}
 * set the endpoint names (the contract's x-roles pin each operation's roles independently). Rows are owned by
 * Thành phố Trà Vinh (842), so the Cầu Kè (845) officer and council member are the "other district".
 */
@QuarkusTest
class AccessMatrixTest {
    private static final AtomicInteger UNIT_SEQ = new AtomicInteger((int) (System.nanoTime() % 9000));

    /** The realm role of each test user (anonymous has none). */
    private static final Map<String, String> ROLE = Map.of(OFFICE, Roles.OCOP_ADMIN, PC, Roles.PROVINCIAL_COUNCIL,
            DC_TRAVINH, Roles.DISTRICT_COUNCIL, DC_CAUKE, Roles.DISTRICT_COUNCIL, DO_TRAVINH, Roles.DISTRICT_OFFICER,
            DO_CAUKE, Roles.DISTRICT_OFFICER, INTEGRATOR, Roles.INTEGRATOR);
    /** Confined to a district other than the rows': their role may admit them, district scoping refuses them. */
    private static final Set<String> OTHER_DISTRICT = Set.of(DC_CAUKE, DO_CAUKE);

    static Stream<Arguments> everyone() {
        return Stream.of(OFFICE, PC, DC_TRAVINH, DC_CAUKE, DO_TRAVINH, DO_CAUKE, INTEGRATOR, ANONYMOUS).map(Arguments::of);
    }

    /** Whether the role set an endpoint names ({@link Roles}) admits {@code user}, as the realm and config say. */
    private static boolean admits(String set, String user) {
        return ROLE.containsKey(user) && RoleSets.roles(set).contains(ROLE.get(user));
    }

    /** The status {@code user} gets from an endpoint that admits {@code set}, on a row of Thành phố Trà Vinh. */
    private static int status(String set, String user, int success) {
        return admits(set, user) && !OTHER_DISTRICT.contains(user) ? success : refused(user);
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
        boolean allowed = admits(Roles.OFFICE, user);
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
    @MethodSource("everyone")
    void producerReads(String user) {
        long id = createProducer(TRAVINH);
        as(user).get("/api/v1/producers/" + id).then().statusCode(status(Roles.EVERY_ROLE, user, 200));
        // A list is not refused to another district: it shows that district's rows.
        as(user).get("/api/v1/producers").then().statusCode(admits(Roles.EVERY_ROLE, user) ? 200 : refused(user));
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void producerCreate(String user) {
        as(user).body(TestData.producer(TRAVINH, "Cơ sở Bánh tét Trà Cuôn")).post("/api/v1/producers")
                .then().statusCode(status(Roles.STAFF, user, 201));
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void producerUpdate(String user) {
        long id = createProducer(TRAVINH);
        String etag = as(OFFICE).get("/api/v1/producers/" + id).header("ETag");
        as(user).header("If-Match", etag).body(TestData.producer(TRAVINH, "Cơ sở Đổi Tên"))
                .put("/api/v1/producers/" + id).then().statusCode(status(Roles.STAFF, user, 200));
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void producerDelete(String user) {
        long id = createProducer(TRAVINH);
        String etag = as(OFFICE).get("/api/v1/producers/" + id).header("ETag");
        as(user).header("If-Match", etag).delete("/api/v1/producers/" + id)
                .then().statusCode(status(Roles.STAFF, user, 204));
    }

    /** Histories carry who did what: every role that reads the resource but integrators; no district owns these. */
    @ParameterizedTest
    @MethodSource("everyone")
    void procedureHistory(String user) {
        long id = as(OFFICE).get("/api/v1/procedures").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        as(user).get("/api/v1/procedures/" + id + "/history").then()
                .statusCode(admits(Roles.OFFICIALS, user) ? 200 : refused(user));
    }

    /** A score sheet's history is the OCOP office's, like its rubric version's. */
    @ParameterizedTest
    @MethodSource("everyone")
    void rubricSheetHistory(String user) {
        long version = as(OFFICE).get("/api/v1/rubric-versions").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        long sheet = as(OFFICE).get("/api/v1/rubric-versions/" + version + "/sheets").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        as(user).get("/api/v1/rubric-sheets/" + sheet + "/history").then()
                .statusCode(admits(Roles.OFFICE, user) ? 200 : refused(user));
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void refusalsAreProblemDetails(String user) {
        if (admits(Roles.OFFICE, user)) {
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
