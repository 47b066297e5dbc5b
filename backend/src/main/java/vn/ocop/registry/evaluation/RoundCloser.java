package vn.ocop.registry.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;

import io.quarkus.panache.common.Sort;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.SqlRow;
import vn.ocop.registry.evaluation.EntryResultCalculator.Council;
import vn.ocop.registry.evaluation.EntryResultCalculator.Result;
import vn.ocop.registry.evaluation.EntryResultCalculator.Scores;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureLevelView;
import vn.ocop.registry.rubric.RubricContent;
import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;
import vn.ocop.registry.rubric.StarRating;

/**
 * The close of a round: every entry's result from the submitted sheets, aggregated in SQL with one query per
 * kind of figure for the whole round (never per sheet), then the forwarding of entries to the next level.
 */
@ApplicationScoped
public class RoundCloser {
    /** Joined to score_sheet s: the submitted sheets of members who did not recuse from their entry. */
    private static final String ELIGIBLE_SHEETS = """
            JOIN evaluation_entry e ON e.id = s.entry_id
            JOIN council_member m ON m.round_id = e.round_id AND m.username = s.member_username
            WHERE e.round_id = :round AND s.status = 'SUBMITTED'
              AND NOT EXISTS (SELECT 1 FROM entry_recusal x
                              WHERE x.entry_id = s.entry_id AND x.username = s.member_username)
            """;

    /** A member's recusal from an entry of the round. */
    record Recusal(long entryId, String username) {
    }

    @Inject
    EntityManager em;
    @Inject
    RubricContent content;
    @Inject
    EntryFactory entries;
    @Inject
    AuditLog audit;
    @Inject
    EvaluationAccess access;
    @Inject
    ProvinceClock clock;

    /** Stores the results of the round's entries and forwards those going up; returns a summary for the audit. */
    String close(EvaluationRound round, Long forwardToRoundId) {
        ProcedureLevelView level = ProcedureLevels.of(round);
        List<EvaluationEntry> list = EvaluationEntry.list("roundId", Sort.by("id"), round.id);
        Map<Long, Result> results = level.scores() ? scored(round, level, list) : dossierChecked(list);
        List<EvaluationEntry> forwarded = list.stream()
                .filter(e -> results.get(e.id).outcome() == EntryOutcome.FORWARDED).toList();
        EvaluationRound target = forwardToRoundId == null ? null : target(round, forwardToRoundId);
        if (!forwarded.isEmpty() && target == null) {
            throw ProblemException.invalid("forwardToRoundId", forwarded.size() + " entries go up to the next level; "
                    + "name the round that receives them");
        }
        Map<Long, Long> forwardedTo = forwarded.isEmpty() ? Map.of() : entries.forward(forwarded, target);
        Instant now = clock.now();
        String actor = access.username();
        Map<EntryOutcome, Integer> counts = new EnumMap<>(EntryOutcome.class);
        for (EvaluationEntry e : list) {
            Result r = results.get(e.id);
            EvaluationResult row = new EvaluationResult();
            row.entryId = e.id;
            row.roundId = round.id;
            row.eligibleMembers = r.eligibleMembers();
            row.submittedSheets = r.submitted();
            row.chairSubmitted = r.chairSubmitted();
            row.quorumMet = r.quorumMet();
            row.mean = r.mean();
            row.minTotal = r.minTotal();
            row.maxTotal = r.maxTotal();
            row.spreadFlag = r.spreadFlag();
            row.bandStars = r.bandStars();
            row.stars = r.stars();
            row.shortfalls = r.shortfalls();
            row.eliminatedBy = r.eliminatedBy();
            row.outcome = r.outcome();
            row.forwardedToEntryId = forwardedTo.get(e.id);
            row.computedAt = now;
            row.persist();
            counts.merge(r.outcome(), 1, Integer::sum);
            audit.record(RoundService.AUDIT_ENTRY, e.id, "RESULT", null, describe(r, target), actor);
        }
        return list.size() + " entries: " + counts.entrySet().stream().map(c -> c.getValue() + " " + c.getKey())
                .collect(Collectors.joining(", ")) + (target == null ? "" : "; forwarded to round " + target.id);
    }

    private Map<Long, Result> scored(EvaluationRound round, ProcedureLevelView level, List<EvaluationEntry> list) {
        List<CouncilMember> members = CouncilMember.list("roundId", round.id);
        String chair = members.stream().filter(m -> m.chair).map(m -> m.username).findFirst().orElse(null);
        Set<String> memberNames = members.stream().map(m -> m.username).collect(Collectors.toSet());
        Map<Long, List<String>> recused = new HashMap<>();
        for (Recusal x : em.createQuery("select new Recusal(r.entryId, r.username) from EntryRecusal r, "
                + "EvaluationEntry e where e.id = r.entryId and e.roundId = :round", Recusal.class)
                .setParameter("round", round.id).getResultList()) {
            if (memberNames.contains(x.username())) {
                recused.computeIfAbsent(x.entryId(), k -> new ArrayList<>()).add(x.username());
            }
        }
        Map<Long, Scores> scores = scores(round.id);
        Map<Long, List<RubricCriterionView>> criteria = new HashMap<>();
        content.parts(list.stream().map(e -> e.rubricSheetId).filter(id -> id != null).distinct().toList())
                .forEach((sheet, parts) -> criteria.put(sheet,
                        parts.stream().flatMap((RubricSheetPartView p) -> p.criteria().stream()).toList()));
        StarRating rating = new StarRating(content.starBands(round.rubricVersionId));
        Map<Long, Result> out = new HashMap<>();
        for (EvaluationEntry e : list) {
            List<String> withdrawn = recused.getOrDefault(e.id, List.of());
            Council council = new Council(members.size() - withdrawn.size(), chair != null && !withdrawn.contains(chair),
                    round.quorumPercent, round.spreadLimit);
            out.put(e.id, EntryResultCalculator.scored(level, rating, criteria.getOrDefault(e.rubricSheetId, List.of()),
                    council, scores.getOrDefault(e.id, Scores.none()),
                    e.eliminatedBy == null ? List.of() : e.eliminatedBy));
        }
        return out;
    }

    /** Per entry: the submitted sheets of eligible members, their totals and per-criterion sums, in two queries. */
    private Map<Long, Scores> scores(long roundId) {
        Map<Long, Map<Long, Long>> criterionSums = new HashMap<>();
        for (SqlRow r : SqlRow.list(em.createNativeQuery("SELECT s.entry_id, c.criterion_id, sum(c.points) AS points "
                + "FROM score_choice c JOIN score_sheet s ON s.id = c.sheet_id " + ELIGIBLE_SHEETS
                + " GROUP BY s.entry_id, c.criterion_id", Tuple.class).setParameter("round", roundId))) {
            criterionSums.computeIfAbsent(r.number("entry_id"), k -> new HashMap<>())
                    .put(r.number("criterion_id"), r.number("points"));
        }
        Map<Long, Scores> out = new HashMap<>();
        for (SqlRow r : SqlRow.list(em.createNativeQuery("SELECT s.entry_id, count(*) AS sheets, sum(s.total) AS total, "
                + "min(s.total) AS min_total, max(s.total) AS max_total, bool_or(m.chair) AS chair_submitted "
                + "FROM score_sheet s " + ELIGIBLE_SHEETS + " GROUP BY s.entry_id", Tuple.class)
                .setParameter("round", roundId))) {
            long entry = r.number("entry_id");
            out.put(entry, new Scores(r.integer("sheets"), r.flag("chair_submitted"), r.number("total"),
                    r.integer("min_total"), r.integer("max_total"), criterionSums.getOrDefault(entry, Map.of())));
        }
        return out;
    }

    private static Map<Long, Result> dossierChecked(List<EvaluationEntry> list) {
        List<String> unchecked = list.stream().filter(e -> e.dossierStatus == null)
                .map(e -> e.id + " (" + e.productName + ")").toList();
        if (!unchecked.isEmpty()) {
            throw ProblemException.conflict("Check the dossiers of every entry before closing; not yet checked: "
                    + String.join(", ", unchecked));
        }
        Map<Long, Result> out = new HashMap<>();
        list.forEach(e -> out.put(e.id, EntryResultCalculator.dossierChecked(e.dossierStatus)));
        return out;
    }

    /** The round receiving forwarded entries: OPEN or SCORING, the next level, same basis, a unit containing ours. */
    private static EvaluationRound target(EvaluationRound round, long targetId) {
        EvaluationRound t = EvaluationRound.findById(targetId, LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            throw ProblemException.invalid("forwardToRoundId", "no evaluation round " + targetId);
        }
        EvaluationLevel next = ProcedureLevels.next(round).orElse(null);
        String problem = null;
        if (next == null) {
            problem = round.level + " is the highest level of the procedure of " + round.legalBasisCode;
        } else if (t.level != next) {
            problem = "round " + t.id + " is a " + t.level + " round; entries of this round go to the " + next + " level";
        } else if (!t.legalBasisCode.equals(round.legalBasisCode)) {
            problem = "round " + t.id + " follows " + t.legalBasisCode + ", not " + round.legalBasisCode;
        } else if (!AdminUnitChain.of(round.adminUnitCode, t.opensOn).contains(t.adminUnitCode)) {
            problem = "round " + t.id + " is held in unit " + t.adminUnitCode + ", which does not contain "
                    + round.adminUnitCode;
        }
        if (problem != null) {
            throw ProblemException.invalid("forwardToRoundId", problem);
        }
        if (t.status != RoundStatus.OPEN && t.status != RoundStatus.SCORING) {
            throw ProblemException.conflict("Round " + t.id + " is " + t.status + "; it no longer takes entries");
        }
        return t;
    }

    private static String describe(Result r, EvaluationRound target) {
        StringBuilder s = new StringBuilder(r.outcome().name());
        if (r.mean() != null) {
            s.append(", mean ").append(r.mean().toPlainString());
        }
        if (r.stars() != null) {
            s.append(", ").append(r.stars()).append("★");
        }
        if (r.outcome() == EntryOutcome.FORWARDED && target != null) {
            s.append(" to round ").append(target.id);
        }
        return s.toString();
    }
}
