package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR_PARTNER;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.ocop.registry.files.TestFiles;
import vn.ocop.registry.security.ForeignTokens;

/**
 * The authorisation matrix, read from the contract: every operation of the served OpenAPI document × every kind of
 * caller, with real tokens, against rows of Thành phố Trà Vinh (842; {@link ContractFixtures}). What each caller must
 * get follows from one table ({@link #expected}): the operation's {@code security} and {@code x-roles}, the caller's
 * role, and whether the caller is confined to another unit than the row's. A new operation is called without a
 * change here, and a parameter with no row fails the test.
 * <p>
 * The same walk proves district isolation: every read in the contract, as the Cầu Kè users, with the filters that
 * point at Thành phố Trà Vinh's rows, must not return their names (JSON, CSV, XLSX cells, PDF text, problem details)
 * nor, in the change feed, their addresses.
 */
@QuarkusTest
class ContractAccessMatrixTest {
    static final String CO_TRAVINH = "co-travinh";
    static final String CO_CAUKE = "co-cauke";

    /** How a caller stands to a row of Thành phố Trà Vinh. */
    enum Reach {
        /** No token, or one the API must not accept. */
        NONE,
        /** The whole province. */
        PROVINCE,
        /** Confined to the row's unit (the district, or the commune the row lies in today). */
        OWN_UNIT,
        /** Confined to another unit: Cầu Kè. */
        OTHER_UNIT
    }

    record Identity(String name, String role, Reach reach) {
        boolean hostile() {
            return reach == Reach.NONE;
        }
    }

    /** What the table expects: a refusal with this status, or admission (any status but 401, 403 and 5xx). */
    record Expected(int refusal) {
        static final Expected ADMITTED = new Expected(0);
        static final Expected UNAUTHENTICATED = new Expected(401);
        static final Expected FORBIDDEN = new Expected(403);
        static final Expected ABSENT = new Expected(404);

        boolean admitted() {
            return refusal == 0;
        }

        boolean met(int status) {
            return admitted() ? status != 401 && status != 403 && status < 500 : status == refusal;
        }

        @Override
        public String toString() {
            return admitted() ? "admitted" : String.valueOf(refusal);
        }
    }

    static final List<Identity> PEOPLE = List.of(
            new Identity(OFFICE, Roles.OCOP_ADMIN, Reach.PROVINCE),
            new Identity(PC, Roles.PROVINCIAL_COUNCIL, Reach.PROVINCE),
            new Identity(INTEGRATOR, Roles.INTEGRATOR, Reach.PROVINCE),
            new Identity(INTEGRATOR_PARTNER, Roles.INTEGRATOR, Reach.PROVINCE),
            new Identity(DO_TRAVINH, Roles.DISTRICT_OFFICER, Reach.OWN_UNIT),
            new Identity(DC_TRAVINH, Roles.DISTRICT_COUNCIL, Reach.OWN_UNIT),
            new Identity(CO_TRAVINH, Roles.COMMUNE_OFFICER, Reach.OWN_UNIT),
            new Identity(DO_CAUKE, Roles.DISTRICT_OFFICER, Reach.OTHER_UNIT),
            new Identity(DC_CAUKE, Roles.DISTRICT_COUNCIL, Reach.OTHER_UNIT),
            new Identity(CO_CAUKE, Roles.COMMUNE_OFFICER, Reach.OTHER_UNIT));

    private static ForeignTokens foreign;

    @Inject
    TestProducts products;

    private ContractFixtures rows;
    private final List<String> failures = new ArrayList<>();
    private int calls;

    /**
     * THE table. Public operations (security: []) admit everyone, a bad token included: no identity is asked for.
     * Otherwise no token or a bad one is a 401; an operation without x-roles admits any signed-in caller; one with
     * x-roles refuses other roles with 403; and a row out of the caller's reach is refused with 403 (never a 404: the
     * API does not pretend the row is absent): a row of another unit; the reads of a district round's work for a
     * commune officer (confined to the commune rounds of its commune); a round's trail, sheets and recusals for a council member who
     * does not sit on its council (the round's council is dc-travinh-1..3); a partner's change for an officer who did
     * not add it. A partner-bound integrator reads no other partner's contracts: those are absent for it (404).
     */
    static Expected expected(Identity who, ServedContract.Operation op, boolean districtsRow) {
        if (op.spec().path("security").isArray() && op.spec().path("security").isEmpty()) {
            return Expected.ADMITTED;
        }
        if (who.hostile()) {
            return Expected.UNAUTHENTICATED;
        }
        JsonNode roles = op.spec().path("x-roles");
        if (roles.isMissingNode()) {
            return Expected.ADMITTED;
        }
        List<String> admitted = new ArrayList<>();
        roles.forEach(r -> admitted.add(r.asText()));
        if (!admitted.contains(who.role())) {
            return Expected.FORBIDDEN;
        }
        String path = op.path();
        boolean list = op.method().equals("get") && !path.contains("{");
        boolean evaluation = !list && (path.startsWith("/api/v1/evaluation-") || path.startsWith("/api/v1/score-sheets"));
        boolean councilsWork = evaluation && ContractFixtures.COUNCILS_WORK.stream()
                .anyMatch(c -> path.startsWith("/api/v1/" + c) || path.endsWith("/" + c));
        if (who.reach() == Reach.OTHER_UNIT && districtsRow
                || Roles.COMMUNE_OFFICER.equals(who.role()) && evaluation && op.method().equals("get")
                || councilsWork && Roles.PROVINCIAL_COUNCIL.equals(who.role())
                || path.startsWith("/api/v1/partners/") && !op.method().equals("get") && who.reach() == Reach.OTHER_UNIT) {
            return Expected.FORBIDDEN;
        }
        if (INTEGRATOR_PARTNER.equals(who.name()) && path.startsWith("/api/v1/sales-contracts/{id}")) {
            return Expected.ABSENT;
        }
        return Expected.ADMITTED;
    }

    /**
     * A call's body (or none), whether it names a row of Thành phě Trà Vinh, the status an admitted caller must get (0:
     * any admission) and, for a call that consumes its row, the fresh row's address (null: the fixtures').
     */
    record Call(Function<RequestSpecification, RequestSpecification> body, boolean districtsRow, int success,
            String url) {
        Call(Function<RequestSpecification, RequestSpecification> body, boolean districtsRow, int success) {
            this(body, districtsRow, success, null);
        }
    }

    /**
     * Valid bodies where they are needed: a write that names a district's row in its body, so that district scoping
     * (in the services, after the body is read) is reached; and the writes whose success is proven for each admitted
     * caller. Every other write gets a body that cannot be read: it is refused, or admitted and then fails on the
     * body, changing nothing.
     */
    private Map<String, Supplier<Call>> bodies() {
        Map<String, Supplier<Call>> b = new HashMap<>();
        b.put("POST /api/v1/producers", () -> json(rows.producerBody(), true, 201));
        b.put("PUT /api/v1/producers/{id}", () -> json(rows.producerBody(), true, 200));
        // A producer's product names are unique: a new one for each call.
        b.put("POST /api/v1/products", () -> json(vn.ocop.registry.product.ProductFixtures.body(rows.producer,
                "Chả " + rows.marker + " " + TestData.marker()), true, 201));
        b.put("PUT /api/v1/products/{id}", () -> json(vn.ocop.registry.product.ProductFixtures.body(rows.producer,
                "Chả " + rows.marker + " " + TestData.marker()), true, 200));
        b.put("PUT /api/v1/partners/{id}", () -> json(rows.partnerBody, false, 200));
        b.put("PUT /api/v1/score-sheets/{id}", () -> json(Map.of("choices", List.of()), true, 0));
        b.put("POST /api/v1/products/{id}/photos", () -> new Call(
                r -> r.contentType("multipart/form-data").multiPart("file", "anh.png", TestFiles.png(), "image/png"),
                true, 201));
        b.put("PUT /api/v1/certifications/{id}", () -> json(rows.certificationBody, true, 200));
        b.put("PUT /api/v1/certifications/{id}/evidence", () -> new Call(r -> r.contentType("multipart/form-data")
                .multiPart("file", "giay-chung-nhan.pdf", TestFiles.pdf(), "application/pdf"), true, 0));
        b.put("POST /api/v1/certifications", () -> json(vn.ocop.registry.certification.CertificationFixtures
                .barcode(rows.product), true, 201));
        Map<String, Object> contract = new HashMap<>(rows.contractBody);
        b.put("PUT /api/v1/sales-contracts/{id}", () -> json(contract, true, 0));
        b.put("POST /api/v1/sales-contracts", () -> json(vn.ocop.registry.commerce.CommerceFixtures
                .contractBody(rows.partner, rows.producer, rows.product), true, 201));
        for (String step : List.of("activate", "complete", "terminate")) {
            b.put("POST /api/v1/sales-contracts/{id}/" + step, () -> json(Map.of("note", "Bước " + step), true, 0));
        }
        Map<String, Object> support = vn.ocop.registry.support.SupportTestData.request(rows.producer, "TRAINING",
                "2019-07-01");
        b.put("POST /api/v1/support-requests", () -> json(support, true, 201));
        b.put("PUT /api/v1/support-requests/{id}", () -> json(support, true, 0));
        for (String step : List.of("approve", "start", "complete", "reject")) {
            b.put("POST /api/v1/support-requests/{id}/" + step, () -> json(Map.of("note", "Bước " + step), true, 0));
        }
        b.put("POST /api/v1/points-of-sale", () -> json(vn.ocop.registry.commerce.CommerceFixtures
                .pointOfSaleBody(TRAVINH, "Điểm bán " + rows.marker, List.of(rows.product)), true, 201));
        b.put("PUT /api/v1/points-of-sale/{id}", () -> json(vn.ocop.registry.commerce.CommerceFixtures
                .pointOfSaleBody(TRAVINH, "Điểm bán " + rows.marker, List.of(rows.product)), true, 200));
        b.put("POST /api/v1/trade-events/{id}/participants",
                () -> json(Map.of("producerId", rows.producer, "productIds", List.of(rows.product)), true, 0));
        b.put("POST /api/v1/evaluation-rounds/{id}/entries", () -> json(Map.of("productId", rows.product), true, 0));
        b.put("POST /api/v1/score-sheets", () -> json(Map.of("entryId", rows.entry), true, 0));
        b.put("POST /api/v1/evaluation-entries/{id}/recusals",
                () -> json(Map.of("reason", "Người thân của chủ thể sản xuất"), true, 0));
        b.put("POST /api/v1/score-sheets/{id}/reopen", () -> json(Map.of("reason", "Chấm lại"), true, 0));
        b.put("POST /api/v1/evaluation-entries/{id}/dossier-check",
                () -> json(Map.of("status", "FAILED", "note", "Thiếu phiếu tự đánh giá"), true, 0));
        b.put("POST /api/v1/admin-units", () -> json(unit(TestUnits.freeCode()), false, 201));
        // Writes that consume their row get a fresh one for each caller.
        b.put("PUT /api/v1/admin-units/{code}", () -> {
            String code = TestUnits.commune(TRAVINH);
            return new Call(r -> r.body(unit(code)), false, 200, "/api/v1/admin-units/" + code);
        });
        b.put("DELETE /api/v1/admin-units/{code}",
                () -> new Call(r -> r, false, 204, "/api/v1/admin-units/" + TestUnits.commune(TRAVINH)));
        b.put("DELETE /api/v1/producers/{id}", () -> new Call(r -> r, true, 204, "/api/v1/producers/"
                + as(OFFICE).body(rows.producerBody()).post("/api/v1/producers").then().statusCode(201).extract()
                        .jsonPath().getLong("id")));
        return b;
    }

    private static Map<String, Object> unit(String code) {
        return Map.of("code", code, "name", "Xã Thử Nghiệm", "type", "COMMUNE", "parentCode", TRAVINH, "validFrom",
                "2015-01-01");
    }

    private static Call json(Object body, boolean districtsRow, int success) {
        return new Call(r -> r.body(body), districtsRow, success);
    }

    @AfterAll
    static void removeForeignRealm() {
        if (foreign != null) {
            foreign.close();
            foreign = null;
        }
    }

    @Test
    void everyOperationAsEveryIdentityFollowsTheTableAndNoOtherDistrictLeaks() {
        long start = System.nanoTime();
        rows = new ContractFixtures(products);
        foreign = new ForeignTokens();
        List<Identity> identities = new ArrayList<>();
        identities.add(new Identity(ANONYMOUS, null, Reach.NONE));
        ForeignTokens.ALL.forEach(name -> identities.add(new Identity(name, null, Reach.NONE)));
        identities.addAll(PEOPLE);

        List<ServedContract.Operation> operations = new ArrayList<>(ServedContract.operations());
        // Reads first, on rows as they were made; deletes last, the deepest paths first.
        // A recusal ends the member's work on the entry: after the other writes.
        operations.sort(Comparator.comparingInt((ServedContract.Operation op) -> switch (op.method()) {
            case "get" -> 0;
            case "delete" -> 3;
            default -> op.path().endsWith("/recusals") ? 2 : 1;
        }).thenComparing(op -> op.method().equals("delete") ? -op.path().length() : 0));
        Map<String, Supplier<Call>> bodies = bodies();
        Set<String> unused = new TreeSet<>(bodies.keySet());
        for (ServedContract.Operation op : operations) {
            String key = op.toString();
            unused.remove(key);
            Supplier<Call> recipe = bodies.get(key);
            Call call = recipe != null
                    ? recipe.get()
                    : new Call(r -> ServedContract.withUnreadableBody(op, r), false, 0);
            boolean districtsRow = call.districtsRow() || ContractFixtures.namesADistrictsRow(op.path());
            // The refused first: they must change nothing that the admitted then act on.
            List<Identity> ordered = new ArrayList<>(identities);
            ordered.sort(Comparator.comparing(who -> expected(who, op, districtsRow).admitted()));
            for (Identity who : ordered) {
                Expected expected = expected(who, op, districtsRow);
                Call fresh = recipe != null && expected.admitted() ? recipe.get() : call;
                // Callers that get past the role check must reach the service, so they send the current version.
                boolean current = !who.hostile() && (expected.admitted() || who.reach() == Reach.OTHER_UNIT);
                Response r = send(who, op, fresh, current, Map.of());
                check(op, who, expected, fresh, r);
                if (op.method().equals("get") && who.reach() != Reach.PROVINCE && !who.hostile()) {
                    isolation(op, who, r, Map.of());
                    Map<String, Object> filters = filters(op);
                    if (!filters.isEmpty()) {
                        for (Map<String, Object> query : formats(op, filters)) {
                            isolation(op, who, send(who, op, call, false, query), query);
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), unused, "bodies for operations the contract no longer has");
        // The walk can find what it looks for: the own unit's users see the marked rows in these reads.
        System.out.println("reads that show the marked rows to their own unit: " + seenByOwnUnit);
        assertTrue(seenByOwnUnit.size() >= 20, "the own unit sees the marked rows in too few reads: " + seenByOwnUnit);
        System.out.printf("authorisation matrix: %d operations × %d identities, %d calls in %d s%n", operations.size(),
                identities.size(), calls, (System.nanoTime() - start) / 1_000_000_000L);
        assertTrue(operations.size() >= 150, "operations swept: " + operations.size());
        assertTrue(failures.isEmpty(), failures.size() + " calls broke the table:\n" + String.join("\n", failures));
    }

    /**
     * The filters of a read that point at Thành phố Trà Vinh's rows: a caller of another unit must get none of them,
     * one of the row's unit gets them (which shows the walk can find a leak).
     */
    private Map<String, Object> filters(ServedContract.Operation op) {
        Map<String, Object> values = Map.of("q", rows.marker, "producerId", rows.producer, "productId", rows.product,
                "roundId", rows.round, "entryId", rows.entry, "districtCode", TRAVINH, "adminUnitCode", TRAVINH, "unit",
                TRAVINH, "after", rows.feedBefore, "size", 200);
        Map<String, Object> filters = new LinkedHashMap<>();
        op.queryParameters().keySet().stream().filter(values::containsKey).forEach(k -> filters.put(k, values.get(k)));
        if (op.queryParameters().containsKey("limit")) {
            filters.put("limit", 1000);
        }
        return filters.keySet().equals(Set.of("size")) ? Map.of() : filters;
    }

    /** {@code filters} once per export format when the read has a {@code format}, else as they are. */
    private static List<Map<String, Object>> formats(ServedContract.Operation op, Map<String, Object> filters) {
        if (!op.queryParameters().containsKey("format")) {
            return List.of(filters);
        }
        List<Map<String, Object>> each = new ArrayList<>();
        for (String format : List.of("CSV", "XLSX")) {
            Map<String, Object> q = new LinkedHashMap<>(filters);
            q.put("format", format);
            each.add(q);
        }
        return each;
    }

    private final Set<String> seenByOwnUnit = new TreeSet<>();

    /** A read by a unit-confined caller: another unit's caller must not find the marked rows in it. */
    private void isolation(ServedContract.Operation op, Identity who, Response r, Map<String, Object> query) {
        String text = Exports.readable(r);
        List<String> found = new ArrayList<>();
        if (text.contains(rows.marker)) {
            found.add(rows.marker);
        }
        // Every filter points at Thành phố Trà Vinh's rows: another unit's caller counts none of them either.
        if (!query.isEmpty() && r.statusCode() == 200 && String.valueOf(r.contentType()).startsWith("application/json")
                && r.jsonPath().get("total") instanceof Number total && total.longValue() > 0) {
            found.add("a total of " + total);
        }
        if (op.path().equals("/api/v1/changes")) {
            rows.districtHrefs.stream().filter(href -> text.contains("\"" + href + "\"")).forEach(found::add);
        }
        if (who.reach() == Reach.OWN_UNIT) {
            if (!found.isEmpty()) {
                seenByOwnUnit.add(op.toString());
            }
        } else if (!found.isEmpty()) {
            failures.add(op + " " + query + " as " + who.name() + " shows Thành phố Trà Vinh's " + found + ": "
                    + abbreviate(text));
        }
    }

    private void check(ServedContract.Operation op, Identity who, Expected expected, Call call, Response r) {
        int status = r.statusCode();
        String what = op + " as " + who.name() + ": expected " + expected + ", got " + status + " "
                + abbreviate(r.asString());
        if (!expected.met(status)) {
            failures.add(what);
        } else if (!expected.admitted() && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(what + " (a refusal that is not problem+json)");
        } else if (expected.admitted() && op.method().equals("get") && status != 200
                && !(status == 409 && op.spec().path("responses").has("409"))) {
            failures.add(what + " (an admitted read of a row that exists; 409 only where the contract says so)");
        } else if (expected.admitted() && call.success() != 0 && status != call.success()) {
            failures.add(what + " (a valid write that did not succeed)");
        }
    }

    private Response send(Identity who, ServedContract.Operation op, Call call, boolean current,
            Map<String, Object> filters) {
        String url = call.url() != null ? call.url() : rows.url(op.path());
        RequestSpecification request = call.body().apply(request(who).urlEncodingEnabled(false));
        Map<String, Object> query = new LinkedHashMap<>(filters);
        op.queryParameters().forEach((name, p) -> {
            if (p.path("required").asBoolean() && !query.containsKey(name)) {
                query.put(name, switch (name) {
                    case "year" -> "2019";
                    case "root" -> "84";
                    default -> throw new AssertionError("no value for the required " + name + " of " + op);
                });
            }
        });
        if (!op.method().equals("get") && !op.method().equals("post") || op.path().matches(".*/\\{[^}]+}/[a-z-]+$")) {
            request = request.header("If-Match", current ? etag(op, url) : "\"0\"");
        }
        calls++;
        return request.queryParams(query).request(op.method(), url);
    }

    /** The current ETag of what {@code url} writes to: itself, or for an action its parent; "0" when none. */
    private String etag(ServedContract.Operation op, String url) {
        String read = op.method().equals("post") ? url.substring(0, url.lastIndexOf('/')) : url;
        Response r = as(OFFICE).get(read);
        String etag = r.statusCode() == 200 ? r.header("ETag") : null;
        return etag == null ? "\"0\"" : etag;
    }

    private static RequestSpecification request(Identity who) {
        if (who.hostile() && !ANONYMOUS.equals(who.name())) {
            return given().contentType("application/json").auth().oauth2(foreign.token(who.name()));
        }
        return as(who.name());
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
