package vn.ocop.registry.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.ocop.registry.evaluation.EntryDtos.DossierCheck;
import vn.ocop.registry.evaluation.EntryDtos.EntryView;

/** Views of entries: recusals, submitted sheets and outcomes in one query each, whatever the page size. */
@ApplicationScoped
public class EntryViews {
    /** How many sheets of an entry are submitted. */
    record SubmittedSheets(long entryId, long sheets) {
    }

    @Inject
    EntityManager em;

    EntryView of(EvaluationEntry e) {
        return of(List.of(e)).get(e.id);
    }

    Map<Long, EntryView> of(List<EvaluationEntry> entries) {
        if (entries.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = entries.stream().map(e -> e.id).toList();
        Map<Long, List<String>> recused = EntryRecusal.<EntryRecusal>list("entryId in ?1 order by id", ids).stream()
                .collect(Collectors.groupingBy(r -> r.entryId, Collectors.mapping(r -> r.username, Collectors.toList())));
        Map<Long, Long> submitted = em.createQuery("select new SubmittedSheets(s.entryId, count(s)) from ScoreSheet s "
                + "where s.entryId in :ids and s.status = :st group by s.entryId", SubmittedSheets.class)
                .setParameter("ids", ids).setParameter("st", SheetStatus.SUBMITTED).getResultStream()
                .collect(Collectors.toMap(SubmittedSheets::entryId, SubmittedSheets::sheets));
        Map<Long, EntryOutcome> outcomes = EvaluationResult.<EvaluationResult>list("entryId in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.entryId, r -> r.outcome));
        Map<Long, EntryView> out = new HashMap<>();
        for (EvaluationEntry e : entries) {
            DossierCheck dossier = e.dossierStatus == null
                    ? null
                    : new DossierCheck(e.dossierStatus,
                            e.dossierNote, e.localOrigin, e.dossierCheckedBy, e.dossierCheckedAt);
            out.put(e.id, new EntryView(e.id, e.roundId, e.productId, e.productName, e.producerName, e.rubricSheetId,
                    e.snapshot, e.forwardedFromEntryId, e.eliminatedBy == null ? List.of() : e.eliminatedBy,
                    e.eliminationNote, dossier, recused.getOrDefault(e.id, List.of()), submitted.getOrDefault(e.id, 0L),
                    outcomes.get(e.id), e.version, e.createdAt, e.createdBy, e.updatedAt, e.updatedBy));
        }
        return out;
    }
}
