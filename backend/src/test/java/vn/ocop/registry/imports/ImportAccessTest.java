package vn.ocop.registry.imports;

import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.as;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.TestData;

/** Imports are for the OCOP office and district officers; a job is read by whoever started it and the office. */
@QuarkusTest
class ImportAccessTest {
    @ParameterizedTest
    @ValueSource(strings = {ANONYMOUS, INTEGRATOR, PC, DC_CAUKE, "co-cauke"})
    void otherRolesAreRefused(String user) {
        int status = ANONYMOUS.equals(user) ? 401 : 403;
        byte[] file = Sheets.producers("HTX " + TestData.marker(), CAUKE);
        as(user).get("/api/v1/imports/templates/producers").then().statusCode(status);
        Sheets.dryRun(user, "producers", file).then().statusCode(status);
        Sheets.commit(user, "producers", file).then().statusCode(status);
        as(user).get("/api/v1/imports/jobs/1").then().statusCode(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {OFFICE, DO_CAUKE})
    void theOfficeAndDistrictOfficersImport(String user) {
        as(user).get("/api/v1/imports/templates/producers").then().statusCode(200);
        byte[] file = Sheets.producers("HTX " + TestData.marker(), CAUKE);
        String location = Sheets.commit(user, "producers", file).then().statusCode(202).extract().header("Location");
        Sheets.finished(user, location).then().body("status", equalTo("SUCCEEDED"));
        as(OFFICE).get(location).then().statusCode(200);
        // Another district officer's job is not theirs to follow: refused like any row out of their reach.
        as(DO_CAUKE.equals(user) ? DO_TRAVINH : DO_CAUKE).get(location).then().statusCode(403);
    }
}
