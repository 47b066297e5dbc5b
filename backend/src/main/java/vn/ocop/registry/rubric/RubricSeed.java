package vn.ocop.registry.rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hibernate.Session;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.productgroup.ProductSet;
import vn.ocop.registry.rubric.RubricDtos.RubricPartTotal;
import vn.ocop.registry.rubric.RubricDtos.RubricPublishRequest;
import vn.ocop.registry.rubric.RubricDtos.StarBand;

/**
 * Imports the official score sheets bundled in {@code rubrics/} (see {@code rubrics/seed.json}) as PUBLISHED
 * versions, once: a version whose seed key exists is left alone. Sheets are taken as found; the validator's
 * findings (148 sheet 7 sums to 99) are stored with them rather than corrected, and published through the
 * office's path: the manifest's {@code accept} lists the ERROR finding codes published as the source printed
 * them, and the findings show that acceptance by "system/seed".
 */
@ApplicationScoped
public class RubricSeed {
    private static final Logger LOG = Logger.getLogger(RubricSeed.class);
    private static final String ACTOR = "system/seed";
    private static final String DIR = "rubrics/";

    record Manifest(List<SeedVersion> versions) {
    }

    /** {@code draft}: imported but left a DRAFT for the office to fix (sheets the data marks unreliable). */
    record SeedVersion(String key, String legalBasisCode, String name, LocalDate effectiveFrom, LocalDate effectiveTo,
            List<RubricPartTotal> parts, List<StarBand> starBands, List<Source> sources, RubricPublishRequest accept,
            boolean draft) {
    }

    /** A sheet file, or a collection of sheets of which only those marked parseReliable are taken. */
    record Source(String file, boolean reliableOnly) {
    }

    /** A sheet to import and, when the data calls it unreliable, why (a WARNING finding on it). */
    record SeedSheet(RubricSheetDocument doc, String unreliable) {
    }

    @Inject
    EntityManager em;
    @Inject
    RubricContent content;
    @Inject
    RubricSheetWriter writer;
    @Inject
    AuditLog audit;
    @Inject
    ObjectMapper json;
    @Inject
    Validator validator;
    @Inject
    RubricPublisher publisher;

    void onStart(@Observes StartupEvent event) {
        Manifest manifest = read("seed.json", Manifest.class);
        for (SeedVersion version : manifest.versions()) {
            QuarkusTransaction.requiringNew().run(() -> importVersion(version));
        }
    }

    private void importVersion(SeedVersion sv) {
        // Several instances may start at once: the first imports, the others then find the seed key.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('rubric-seed'))").getSingleResult();
        if (RubricVersion.count("seedKey", sv.key()) > 0) {
            return;
        }
        em.unwrap(Session.class).setJdbcBatchSize(50);
        RubricVersion v = new RubricVersion();
        v.legalBasisCode = sv.legalBasisCode();
        v.name = sv.name();
        v.status = RubricStatus.DRAFT;
        v.effectiveFrom = sv.effectiveFrom();
        v.effectiveTo = sv.effectiveTo();
        v.seedKey = sv.key();
        v.touch(ACTOR);
        v.persist();
        content.writeHeader(v.id, sv.parts(), sv.starBands());
        Set<Integer> imported = new HashSet<>();
        for (Source source : sv.sources()) {
            for (SeedSheet sheet : documents(source)) {
                if (imported.add(sheet.doc().sheet().number())) {
                    importSheet(v, sheet, source.file());
                }
            }
        }
        audit.record(RubricVersionService.AUDIT_TYPE, v.id, "IMPORTED", null,
                imported.size() + " official sheets from " + sv.sources().stream().map(Source::file)
                        .collect(Collectors.joining(", ")),
                ACTOR);
        if (sv.draft()) {
            // Left for the office: it sees the draft and its findings, fixes the sheets and publishes it.
            content.revalidate(v, content.sheetIds(v.id));
            LOG.infof("Imported rubric version %s (%s) with %d sheets as a DRAFT", v.id, sv.key(), imported.size());
            return;
        }
        // The office's path: an ERROR finding the manifest does not accept stops the start-up.
        try {
            publisher.publish(v, sv.accept() == null ? FindingAcceptance.NONE : sv.accept(), ACTOR);
        } catch (ProblemException e) {
            throw new IllegalStateException("Seed version " + sv.key() + ": " + e.getMessage() + " "
                    + e.toProblem(null).errors(), e);
        }
        LOG.infof("Imported rubric version %s (%s) with %d sheets", v.id, sv.key(), imported.size());
    }

    private void importSheet(RubricVersion v, SeedSheet sheet, String file) {
        RubricSheetDocument doc = sheet.doc();
        ProductSet set = ProductSet.find("legalBasisCode = ?1 and number = ?2", v.legalBasisCode, doc.sheet().number())
                .firstResult();
        if (set == null) {
            throw new IllegalStateException(file + ": no product set " + doc.sheet().number() + " under " + v.legalBasisCode);
        }
        RubricSheet s = new RubricSheet();
        s.rubricVersionId = v.id;
        RubricSheetWriter.applyInfo(s, set.id, doc.sheet());
        s.touch(ACTOR);
        s.persist();
        writer.write(s, doc);
        if (sheet.unreliable() != null) {
            RubricContent.saveFindings(v.id, s.id, List.of(new RubricDtos.RubricFindingView(FindingSeverity.WARNING,
                    "UNRELIABLE_SOURCE", "sheet", sheet.unreliable())), -1);
        }
    }

    private List<SeedSheet> documents(Source source) {
        JsonNode root = read(source.file(), JsonNode.class);
        List<JsonNode> nodes = new ArrayList<>();
        if (root.has("sheets")) {
            root.get("sheets").forEach(n -> {
                if (!source.reliableOnly() || n.path("parseReliable").asBoolean(false)) {
                    nodes.add(n);
                }
            });
        } else {
            nodes.add(root);
        }
        List<SeedSheet> docs = new ArrayList<>();
        for (JsonNode n : nodes) {
            RubricSheetDocument doc = json.convertValue(dataSpelling(n), RubricSheetDocument.class);
            Set<ConstraintViolation<RubricSheetDocument>> violations = validator.validate(doc);
            if (!violations.isEmpty() || !doc.problems().isEmpty()) {
                throw new IllegalStateException(source.file() + ", sheet " + n.path("sheet").path("number") + ": "
                        + violations.stream().map(c -> c.getPropertyPath() + " " + c.getMessage()).toList() + doc.problems());
            }
            docs.add(new SeedSheet(doc, unreliable(n)));
        }
        return docs;
    }

    /** The shared data spells the scoring rule {@code sumOfSelected}; the API's enum is SUM_OF_SELECTED. */
    private static JsonNode dataSpelling(JsonNode sheet) {
        JsonNode copy = sheet.deepCopy();
        copy.path("parts").forEach(p -> p.path("criteria").forEach(c -> {
            if (c.has("scoringRule") && c instanceof ObjectNode o) {
                o.put("scoringRule", ScoringRule.ofData(c.get("scoringRule").asText()).name());
            }
        }));
        return copy;
    }

    /** Why the data calls a sheet unreliable (its parseNotes saying so), or null for a reliable sheet. */
    private static String unreliable(JsonNode sheet) {
        if (sheet.path("parseReliable").asBoolean(true)) {
            return null;
        }
        List<String> why = new ArrayList<>();
        sheet.path("parseNotes").forEach(n -> {
            if (n.asText().startsWith("UNRELIABLE")) {
                why.add(n.asText());
            }
        });
        return why.isEmpty()
                ? "UNRELIABLE: the source of this sheet is ambiguous or incomplete (parseReliable false)"
                : String.join(" ", why);
    }

    private <T> T read(String file, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled rubric file " + DIR + file);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable bundled rubric file " + DIR + file, e);
        }
    }
}
