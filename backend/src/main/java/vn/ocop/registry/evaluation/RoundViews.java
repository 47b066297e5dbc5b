package vn.ocop.registry.evaluation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.ocop.registry.adminunit.AdminUnitService;
import vn.ocop.registry.evaluation.RoundDtos.RoundView;

/** The views of rounds with their counts: a fixed handful of queries, whatever the page size. */
@ApplicationScoped
public class RoundViews {
    /** A round's council: how many members, and who chairs it (null while nobody does). */
    record CouncilSize(long roundId, long members, String chair) {
    }

    /** How many entries a round has. */
    record EntryCount(long roundId, long entries) {
    }

    /** The recognition decision recorded on a round. */
    record RoundDecision(long roundId, long decisionId) {
    }

    /** How many of a closed round's entries had one outcome. */
    record OutcomeCount(long roundId, EntryOutcome outcome, long entries) {
    }

    @Inject
    EntityManager em;
    @Inject
    AdminUnitService adminUnits;

    RoundView of(EvaluationRound r) {
        return of(List.of(r)).get(r.id);
    }

    Map<Long, RoundView> of(List<EvaluationRound> rounds) {
        if (rounds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = rounds.stream().map(r -> r.id).toList();
        Map<String, String> unitNames = adminUnits.names(rounds.stream().map(r -> r.adminUnitCode).toList());
        Map<Long, CouncilSize> councils = em.createQuery("select new CouncilSize(m.roundId, count(m), "
                + "max(case when m.chair = true then m.username end)) from CouncilMember m where m.roundId in :ids "
                + "group by m.roundId", CouncilSize.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(CouncilSize::roundId, c -> c));
        Map<Long, Long> entries = em.createQuery("select new EntryCount(e.roundId, count(e)) from EvaluationEntry e "
                + "where e.roundId in :ids group by e.roundId", EntryCount.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(EntryCount::roundId, EntryCount::entries));
        Map<Long, Long> decisions = em.createQuery("select new RoundDecision(d.evaluationRoundId, d.id) "
                + "from RecognitionDecision d where d.evaluationRoundId in :ids", RoundDecision.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(RoundDecision::roundId, RoundDecision::decisionId, (first, last) -> last));
        Map<Long, Map<EntryOutcome, Long>> outcomes = new HashMap<>();
        em.createQuery("select new OutcomeCount(res.roundId, res.outcome, count(res)) from EvaluationResult res "
                + "where res.roundId in :ids group by res.roundId, res.outcome", OutcomeCount.class)
                .setParameter("ids", ids).getResultList()
                .forEach(o -> outcomes.computeIfAbsent(o.roundId(), k -> new EnumMap<>(EntryOutcome.class))
                        .put(o.outcome(), o.entries()));
        Map<Long, RoundView> out = new HashMap<>();
        for (EvaluationRound r : rounds) {
            CouncilSize council = councils.getOrDefault(r.id, new CouncilSize(r.id, 0L, null));
            out.put(r.id, new RoundView(r.id, r.name, r.year, r.level, r.adminUnitCode, unitNames.get(r.adminUnitCode),
                    r.districtCode, r.legalBasisCode, r.rubricVersionId, r.opensOn, r.closesOn, r.status,
                    r.quorumPercent, r.spreadLimit, council.members(), council.chair(),
                    entries.getOrDefault(r.id, 0L), r.status.closed() ? outcomes.getOrDefault(r.id, Map.of()) : null,
                    decisions.get(r.id), r.closedAt, r.closedBy, r.finalizedAt, r.finalizedBy, r.version, r.createdAt,
                    r.createdBy, r.updatedAt, r.updatedBy));
        }
        return out;
    }
}
