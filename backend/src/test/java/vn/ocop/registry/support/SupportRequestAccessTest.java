package vn.ocop.registry.support;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import static vn.ocop.registry.support.SupportTestData.BASE;
import static vn.ocop.registry.support.SupportTestData.act;
import static vn.ocop.registry.support.SupportTestData.requestIn;
import static vn.ocop.registry.support.SupportTestData.status;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every support-request endpoint × every kind of caller, with real Keycloak tokens. Rows belong
 * to producers of Thành phố Trà Vinh (842); the Cầu Kè (845) officer and council member are the
 * other district. A refused step leaves the request as it was.
 */
@QuarkusTest
class SupportRequestAccessTest {
    private static final Set<String> OFFICE_ONLY = Set.of(OFFICE);
    private static final Set<String> OFFICE_AND_OWN_OFFICER = Set.of(OFFICE, DO_TRAVINH);

    static Stream<String> everyone() {
        return Stream.of(OFFICE, PC, DC_TRAVINH, DC_CAUKE, DO_TRAVINH, DO_CAUKE, INTEGRATOR, ANONYMOUS);
    }

    /** user → expected status when reading one Thành phố Trà Vinh request. */
    static Stream<Arguments> readers() {
        return Stream.of(Arguments.of(OFFICE, 200), Arguments.of(PC, 200), Arguments.of(DC_TRAVINH, 200),
                Arguments.of(DC_CAUKE, 403), Arguments.of(DO_TRAVINH, 200), Arguments.of(DO_CAUKE, 403),
                Arguments.of(INTEGRATOR, 200), Arguments.of(ANONYMOUS, 401));
    }

    private static int refused(String user) {
        return ANONYMOUS.equals(user) ? 401 : 403;
    }

    @ParameterizedTest
    @MethodSource("readers")
    void readOne(String user, int expected) {
        long id = requestIn(TRAVINH);
        as(user).get(BASE + "/" + id).then().statusCode(expected);
        if (expected != 200) {
            as(user).get(BASE + "/" + id).then().contentType(startsWith("application/problem+json"));
        }
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void listAndSummary(String user) {
        requestIn(TRAVINH);
        int expected = ANONYMOUS.equals(user) ? 401 : 200;
        as(user).get(BASE).then().statusCode(expected);
        as(user).queryParam("year", 2019).get(BASE + "/summary").then().statusCode(expected);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void create(String user) {
        long producer = SupportTestData.producer(TRAVINH, "Cơ sở Bánh tét Trà Cuôn");
        long before = countOf(producer);
        boolean allowed = OFFICE_AND_OWN_OFFICER.contains(user);
        SupportTestData.create(user, SupportTestData.request(producer, "INFRASTRUCTURE", "2019-04-02"))
                .then().statusCode(allowed ? 201 : refused(user));
        assertEquals(before + (allowed ? 1 : 0), countOf(producer));
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void update(String user) {
        long id = requestIn(TRAVINH);
        var current = as(OFFICE).get(BASE + "/" + id);
        Map<String, Object> body = SupportTestData.request(current.jsonPath().getLong("producerId"), "FINANCE", "2019-05-21");
        boolean allowed = OFFICE_AND_OWN_OFFICER.contains(user);
        as(user).header("If-Match", current.header("ETag")).body(body).put(BASE + "/" + id)
                .then().statusCode(allowed ? 200 : refused(user));
        as(OFFICE).get(BASE + "/" + id).then().body("type", org.hamcrest.Matchers.equalTo(allowed ? "FINANCE" : "TRAINING"));
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void approve(String user) {
        step(user, OFFICE_ONLY, "approve", "APPROVED", "REQUESTED");
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void reject(String user) {
        step(user, OFFICE_ONLY, "reject", "REJECTED", "REQUESTED");
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void start(String user) {
        step(user, OFFICE_AND_OWN_OFFICER, "start", "IN_PROGRESS", "APPROVED", "approve");
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void complete(String user) {
        step(user, OFFICE_AND_OWN_OFFICER, "complete", "DONE", "IN_PROGRESS", "approve", "start");
    }

    /** {@code user} takes {@code action} on a request brought to {@code from} by the office. */
    private static void step(String user, Set<String> allowedUsers, String action, String to, String from,
            String... preparation) {
        long id = requestIn(TRAVINH, preparation);
        boolean allowed = allowedUsers.contains(user);
        act(user, id, action, "Ghi chú").then().statusCode(allowed ? 200 : refused(user));
        assertEquals(allowed ? to : from, status(id));
    }

    /** user → expected status when reading one Thành phố Trà Vinh request's history: the readers but integrators. */
    static Stream<Arguments> historyReaders() {
        return readers().map(a -> INTEGRATOR.equals(a.get()[0]) ? Arguments.of(INTEGRATOR, 403) : a);
    }

    @ParameterizedTest
    @MethodSource("historyReaders")
    void history(String user, int expected) {
        long id = requestIn(TRAVINH, "approve");
        var r = as(user).get(BASE + "/" + id + "/history").then().statusCode(expected);
        if (expected == 200) {
            r.body("items.action", org.hamcrest.Matchers.contains("CREATED", "APPROVED"))
                    .body("items.actor", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("office")));
        } else {
            r.contentType(startsWith("application/problem+json"));
        }
    }

    private static long countOf(long producerId) {
        return as(OFFICE).queryParam("producerId", producerId).get(BASE).then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
