package vn.ocop.registry.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Published content is frozen by the database itself, whoever writes: score sheets cite its ids for ever. */
@QuarkusTest
class RubricFreezeTest {
    @Inject
    EntityManager em;

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE rubric_option SET points = 0 WHERE id = (SELECT min(o.id) FROM rubric_option o JOIN rubric_sheet s ON s.id = o.rubric_sheet_id WHERE s.rubric_version_id = :v)",
            "DELETE FROM rubric_criterion WHERE rubric_sheet_id = (SELECT min(id) FROM rubric_sheet WHERE rubric_version_id = :v)",
            "UPDATE rubric_star_band SET min_score = 1 WHERE rubric_version_id = :v AND stars = 1",
            "DELETE FROM rubric_finding WHERE rubric_version_id = :v",
            "UPDATE rubric_version SET name = 'Đổi tên' WHERE id = :v",
            "DELETE FROM rubric_version WHERE id = :v",
    })
    void aPublishedVersionRefusesEveryChange(String sql) {
        long version = RubricSeedApiTest.seeded("DECISION_148_2023").getLong("id");
        PersistenceException e = assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(sql).setParameter("v", version).executeUpdate()));
        assertTrue(rootMessage(e).contains("is published and cannot change"), rootMessage(e));
        assertEquals(22, RubricSeedApiTest.seeded("DECISION_148_2023").getInt("sheetCount"));
    }

    /** Issue 8 §4: no writer publishes a version whose ERROR findings nobody accepted, nor un-accepts one. */
    @Test
    void noWriterPublishesUnacceptedErrorFindings() {
        long draft = RubricDraftApiTest.createDraft(RubricDraftApiTest.version("DECISION_148_2023", null)).getLong("id");
        PersistenceException e = assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE rubric_version SET status = 'PUBLISHED' WHERE id = :v")
                        .setParameter("v", draft).executeUpdate()));
        assertTrue(rootMessage(e).contains("has ERROR findings nobody accepted"), rootMessage(e));
        long seeded = RubricSeedApiTest.seeded("DECISION_148_2023").getLong("id");
        e = assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE rubric_finding SET accepted_at = NULL, accepted_by = NULL, "
                        + "acceptance_reason = NULL WHERE rubric_version_id = :v").setParameter("v", seeded).executeUpdate()));
        assertTrue(rootMessage(e).contains("is published and cannot change"), rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
