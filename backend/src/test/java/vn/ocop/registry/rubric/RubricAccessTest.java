package vn.ocop.registry.rubric;

import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Rubrics and procedures: every signed-in role reads (councils and integrators need them), only the office writes. */
@QuarkusTest
class RubricAccessTest {

    static Stream<Arguments> everyone() {
        return Stream.of(OFFICE, PC, DC_TRAVINH, DC_CAUKE, DO_TRAVINH, DO_CAUKE, INTEGRATOR, ANONYMOUS).map(Arguments::of);
    }

    private static int refused(String user) {
        return ANONYMOUS.equals(user) ? 401 : 403;
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void readsNeedASignedInRole(String user) {
        int expected = ANONYMOUS.equals(user) ? 401 : 200;
        long version = RubricSeedApiTest.seeded("DECISION_26_2026").getLong("id");
        long sheet = RubricSeedApiTest.sheetId(version, 1);
        as(user).get("/api/v1/rubric-versions").then().statusCode(expected);
        as(user).get("/api/v1/rubric-versions/" + version).then().statusCode(expected);
        as(user).get("/api/v1/rubric-versions/" + version + "/sheets").then().statusCode(expected);
        as(user).get("/api/v1/rubric-sheets/" + sheet).then().statusCode(expected);
        as(user).body(Map.of("optionIds", List.of())).post("/api/v1/rubric-sheets/" + sheet + "/score-preview")
                .then().statusCode(ANONYMOUS.equals(user) ? 401 : 400);
        as(user).get("/api/v1/procedures").then().statusCode(expected);
        as(user).get("/api/v1/procedures/1").then().statusCode(expected);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void writesAreForTheOfficeOnly(String user) {
        if (OFFICE.equals(user)) {
            return;
        }
        long draft = RubricDraftApiTest.createDraft(RubricDraftApiTest.version("DECISION_148_2023", null)).getLong("id");
        String path = "/api/v1/rubric-versions/" + draft;
        String sheetBody = RubricDraftApiTest.sheetFile("sheet-148-food.json").toString();
        long sheet = as(OFFICE).body(sheetBody).post(path + "/sheets").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String sheetPath = "/api/v1/rubric-sheets/" + sheet;
        String versionTag = RubricDraftApiTest.etag(path);
        String sheetTag = RubricDraftApiTest.etag(sheetPath);

        expect(user, as(user).body(RubricDraftApiTest.version("DECISION_148_2023", null)).post("/api/v1/rubric-versions"));
        expect(user,
                as(user).header("If-Match", versionTag).body(RubricDraftApiTest.version("DECISION_148_2023", null)).put(path));
        expect(user, as(user).header("If-Match", versionTag).delete(path));
        expect(user, as(user).post(path + "/publish"));
        expect(user,
                as(user).body(RubricDraftApiTest.sheetFile("sheet-148-handicraft.json").toString()).post(path + "/sheets"));
        expect(user, as(user).header("If-Match", sheetTag).body(sheetBody).put(sheetPath));
        expect(user, as(user).header("If-Match", sheetTag).delete(sheetPath));
        String procedureTag = RubricDraftApiTest.etag("/api/v1/procedures/2");
        expect(user, as(user).header("If-Match", procedureTag).body(Map.of("name", "x", "levels", List.of()))
                .put("/api/v1/procedures/2"));

        as(OFFICE).get(path).then().statusCode(200).header("ETag", versionTag);
        as(OFFICE).get(sheetPath).then().statusCode(200).header("ETag", sheetTag);
    }

    private static void expect(String user, Response r) {
        r.then().statusCode(refused(user)).contentType(startsWith("application/problem+json"));
    }
}
