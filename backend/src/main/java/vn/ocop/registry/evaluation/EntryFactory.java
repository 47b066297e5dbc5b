package vn.ocop.registry.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.evaluation.EntryDtos.DossierSnapshot;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.productgroup.ProductSet;
import vn.ocop.registry.productgroup.ProductSetEquivalence;
import vn.ocop.registry.rubric.RubricSheet;

/**
 * Creates entries: a product entered by hand (its dossier snapshot taken now) or an entry forwarded from a
 * lower level (the same snapshot, on the receiving round's sheet). Callers hold the transaction.
 */
@ApplicationScoped
public class EntryFactory {
    @Inject
    DossierSnapshots snapshots;
    @Inject
    AuditLog audit;
    @Inject
    EvaluationAccess access;
    @Inject
    ProductSetEquivalence equivalence;

    EvaluationEntry enter(EvaluationRound round, Product product, Long rubricSheetId) {
        if (EvaluationEntry.count("roundId = ?1 and productId = ?2", round.id, product.id) > 0) {
            throw ProblemException.conflict("Product " + product.id + " is already entered in round " + round.id);
        }
        DossierSnapshot snapshot = snapshots.of(product);
        Long sheet = rubricSheetId != null ? requireSheetOf(round, rubricSheetId) : defaultSheet(round, snapshot);
        EvaluationEntry e = persist(round, snapshot, sheet, null);
        audit.record(RoundService.AUDIT_ENTRY, e.id, "CREATED", null, "product " + product.id + " entered in round "
                + round.id, access.username());
        return e;
    }

    /** Enters the given entries' products in {@code target}; returns each source entry id → its new entry id. */
    Map<Long, Long> forward(List<EvaluationEntry> sources, EvaluationRound target) {
        List<Long> products = sources.stream().map(e -> e.productId).toList();
        List<Long> already = EvaluationEntry.<EvaluationEntry>list("roundId = ?1 and productId in ?2", target.id, products)
                .stream().map(e -> e.productId).toList();
        if (!already.isEmpty()) {
            throw ProblemException.conflict("Round " + target.id + " already holds products " + already
                    + "; they cannot be forwarded to it again");
        }
        Map<Long, Long> sheetBySet = RubricSheet.<RubricSheet>list("rubricVersionId = ?1 and productSetId in ?2",
                target.rubricVersionId, sources.stream().map(e -> e.snapshot.productSetId()).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(s -> s.productSetId, s -> s.id));
        // A sheet named at entry (a set without a sheet of its own) stays when the target scores on its version.
        Set<Long> named = sources.stream().map(e -> e.rubricSheetId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Long> sheetsOfTarget = named.isEmpty()
                ? Set.of()
                : RubricSheet.<RubricSheet>list("rubricVersionId = ?1 "
                        + "and id in ?2", target.rubricVersionId, named).stream().map(s -> s.id).collect(Collectors.toSet());
        boolean scores = ProcedureLevels.of(target).scores();
        Map<Long, Long> out = new LinkedHashMap<>();
        for (EvaluationEntry source : sources) {
            Long sheet = sheetsOfTarget.contains(source.rubricSheetId)
                    ? source.rubricSheetId
                    : sheetBySet.get(source.snapshot.productSetId());
            if (sheet == null && scores) {
                throw ProblemException.conflict("Rubric version " + target.rubricVersionId + " of round " + target.id
                        + " has no sheet for product set " + source.snapshot.productSetNumber() + " ("
                        + source.snapshot.productSetName() + ") of entry " + source.id);
            }
            EvaluationEntry e = persist(target, source.snapshot, sheet, source.id);
            out.put(source.id, e.id);
            audit.record(RoundService.AUDIT_ENTRY, e.id, "CREATED", null, "forwarded from entry " + source.id
                    + " of round " + source.roundId, access.username());
        }
        return out;
    }

    private EvaluationEntry persist(EvaluationRound round, DossierSnapshot snapshot, Long sheet, Long forwardedFrom) {
        EvaluationEntry e = new EvaluationEntry();
        e.roundId = round.id;
        e.productId = snapshot.productId();
        e.rubricSheetId = sheet;
        e.snapshot = snapshot;
        e.productName = snapshot.name();
        e.producerName = snapshot.producerName();
        e.forwardedFromEntryId = forwardedFrom;
        e.touch(access.username());
        e.persist();
        return e;
    }

    private static Long requireSheetOf(EvaluationRound round, long sheetId) {
        RubricSheet s = RubricSheet.findById(sheetId);
        if (s == null || !s.rubricVersionId.equals(round.rubricVersionId)) {
            throw ProblemException.invalid("rubricSheetId", "sheet " + sheetId + " is not a sheet of rubric version "
                    + round.rubricVersionId + ", which round " + round.id + " scores on");
        }
        return s.id;
    }

    /**
     * The round version's sheet of the product's set under the round's legal basis (a product of 1048 set 13 re-rated
     * under 26/2026 is scored on the sheet of set 12); required only where the round's level scores.
     */
    private Long defaultSheet(EvaluationRound round, DossierSnapshot snapshot) {
        Optional<ProductSet> set = equivalence.setUnder(snapshot.productSetId(), round.legalBasisCode);
        RubricSheet s = set.isPresent()
                ? RubricSheet.<RubricSheet>find("rubricVersionId = ?1 and productSetId = ?2", round.rubricVersionId,
                        set.get().id).firstResult()
                : null;
        if (s != null) {
            return s.id;
        }
        if (!ProcedureLevels.of(round).scores()) {
            return null;
        }
        throw ProblemException.invalid("rubricSheetId", set.isPresent()
                ? "rubric version " + round.rubricVersionId + " has no sheet for product set "
                        + set.get().number + " (" + set.get().name + ") of " + round.legalBasisCode
                        + "; name the sheet to score on"
                : "the product's set " + snapshot.productSetNumber() + " of " + snapshot.legalBasisCode()
                        + " has no single equivalent under " + round.legalBasisCode + "; name a sheet of rubric version "
                        + round.rubricVersionId + " to score on");
    }
}
