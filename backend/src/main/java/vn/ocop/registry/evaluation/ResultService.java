package vn.ocop.registry.evaluation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.evaluation.RoundDtos.ResultView;

/** The results stored when rounds closed: per round (paged, best first) and per entry. */
@ApplicationScoped
public class ResultService {
    public static final Map<String, String> SORTABLE = Map.of("entryId", "res.entryId", "mean", "res.mean", "stars",
            "res.stars", "outcome", "res.outcome");

    @Inject
    EvaluationAccess access;

    @Transactional
    public Page<ResultView> list(long roundId, ResultFilter f, PageRequest page) {
        EvaluationRound round = RoundService.find(roundId, LockModeType.NONE);
        access.requireRead(round);
        requireClosed(round);
        Where where = new Where()
                .and("res.roundId = :round", "round", roundId)
                .and("res.outcome = :outcome", "outcome", f.outcome())
                .and("not exists (from EntryRecusal x where x.entryId = res.entryId and x.username = :me)", "me",
                        access.username());
        Page<EvaluationResult> rows = page.fetch(EvaluationResult.find("from EvaluationResult res where " + where.hql(),
                page.toSort("res.entryId"), where.params()), Function.identity());
        Map<Long, ResultView> views = views(rows.items());
        return rows.map(r -> views.get(r.entryId));
    }

    @Transactional
    public ResultView get(long entryId) {
        EvaluationEntry e = EntryService.find(entryId, LockModeType.NONE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        access.requireRead(round, e);
        requireClosed(round);
        return views(List.of(EvaluationResult.<EvaluationResult>findById(entryId))).get(entryId);
    }

    private static void requireClosed(EvaluationRound round) {
        if (!round.status.closed()) {
            throw ProblemException.conflict("Round " + round.id + " is " + round.status + "; results are computed when "
                    + "it closes");
        }
    }

    /** Views of a page of results, with their entries and forwarding targets loaded in one query each. */
    private static Map<Long, ResultView> views(List<EvaluationResult> results) {
        if (results.isEmpty()) {
            return Map.of();
        }
        Map<Long, EvaluationEntry> entries = EvaluationEntry.<EvaluationEntry>list("id in ?1",
                results.stream().map(r -> r.entryId).toList()).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<Long> targets = results.stream().map(r -> r.forwardedToEntryId).filter(id -> id != null).toList();
        Map<Long, Long> targetRounds = new HashMap<>();
        if (!targets.isEmpty()) {
            EvaluationEntry.<EvaluationEntry>list("id in ?1", targets).forEach(t -> targetRounds.put(t.id, t.roundId));
        }
        Map<Long, ResultView> out = new HashMap<>();
        for (EvaluationResult r : results) {
            EvaluationEntry e = entries.get(r.entryId);
            out.put(r.entryId, new ResultView(r.entryId, r.roundId, e.productId, e.productName, e.producerName,
                    r.eligibleMembers, r.submittedSheets, r.chairSubmitted, r.quorumMet, r.mean, r.minTotal, r.maxTotal,
                    r.minTotal == null ? null : BigDecimal.valueOf(r.maxTotal - r.minTotal), r.spreadFlag, r.bandStars,
                    r.stars, r.shortfalls, r.eliminatedBy, e.dossierStatus, r.outcome, r.forwardedToEntryId,
                    targetRounds.get(r.forwardedToEntryId), r.computedAt));
        }
        return out;
    }
}
