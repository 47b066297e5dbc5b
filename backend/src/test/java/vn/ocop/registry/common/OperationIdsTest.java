package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Generated clients name their methods after the operation ids: every operation of the served contract has one of
 * its own, in the domain's words (listProducers, recordRecognitionDecision), never a Java class or method name.
 */
@QuarkusTest
class OperationIdsTest {
    private static final Pattern DOMAIN_NAME = Pattern.compile("^[a-z][a-zA-Z0-9]+$");

    @Test
    void everyOperationHasAUniqueDomainName() {
        List<String> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ServedContract.Operation op : ServedContract.operations()) {
            String id = op.spec().path("operationId").asText(null);
            String what = op.method().toUpperCase() + " " + op.path() + ": " + id;
            if (id == null || !DOMAIN_NAME.matcher(id).matches() || id.contains("Resource")) {
                failures.add(what + " is not a lowerCamelCase domain name");
            } else if (!seen.add(id)) {
                failures.add(what + " is used twice");
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(seen.size() >= 130, "every operation was seen: " + seen.size());
        assertTrue(seen.containsAll(List.of("listProducers", "getProducer", "createProducer", "updateProducer",
                "deleteProducer", "exportProducers", "getProducerHistory", "recordRecognitionDecision")), seen.toString());
    }
}
