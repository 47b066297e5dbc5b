package vn.ocop.registry.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.evaluation.SheetDtos.ScoreSheetUpdateRequest;
import vn.ocop.registry.evaluation.SheetDtos.ScoreSheetView;
import vn.ocop.registry.rubric.RubricContent;
import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricOptionView;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;
import vn.ocop.registry.rubric.ScoringRule;
import vn.ocop.registry.rubric.SheetTotals;

/**
 * A council member scores an entry on their own sheet while the round is SCORING: starts it, chooses options
 * (the server computes the totals with the rubric's {@link SheetTotals}), submits it, which locks it; only the
 * council chair reopens a submitted sheet.
 */
@ApplicationScoped
public class SheetScoring {
    static final String SCORE_CHANGED = "SCORE_CHANGED";
    static final String SUBMITTED = "SHEET_SUBMITTED";

    @Inject
    EntityManager em;
    @Inject
    EvaluationAccess access;
    @Inject
    AuditLog audit;
    @Inject
    RubricContent content;
    @Inject
    SheetViews views;
    @Inject
    ProvinceClock clock;

    /** A member starts their sheet of an entry (empty, DRAFT). */
    @Transactional
    public ScoreSheetView create(long entryId) {
        EvaluationEntry e = EntryService.find(entryId, LockModeType.PESSIMISTIC_WRITE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        access.requireRead(round, e);
        access.requireSeat(round, e.id);
        requireScoring(round);
        if (e.rubricSheetId == null) {
            throw ProblemException.conflict("Entry " + entryId + " has no rubric sheet to score on");
        }
        String me = access.username();
        if (ScoreSheet.count("entryId = ?1 and memberUsername = ?2", e.id, me) > 0) {
            throw ProblemException.conflict("You already have a score sheet for entry " + entryId);
        }
        ScoreSheet s = new ScoreSheet();
        s.entryId = e.id;
        s.memberUsername = me;
        s.status = SheetStatus.DRAFT;
        s.partTotals = SheetTotals.compute(content.parts(e.rubricSheetId), List.of()).parts();
        s.total = 0;
        s.touch(me);
        s.persist();
        em.flush();
        audit.record(RoundService.AUDIT_ENTRY, e.id, "SHEET_CREATED", null, "sheet " + s.id + " of " + me, me);
        return views.of(s, e, List.of(), false);
    }

    /** Replaces the chosen options of the caller's DRAFT sheet; the totals follow from them. */
    @Transactional
    public ScoreSheetView update(long id, ExpectedVersion expected, ScoreSheetUpdateRequest req) {
        ScoreSheet s = ScoreSheetService.find(id, LockModeType.PESSIMISTIC_WRITE);
        EvaluationEntry e = requireEditable(s, "edit");
        expected.check(s.version);
        List<RubricSheetPartView> parts = content.parts(e.rubricSheetId);
        SheetChoices.Checked checked = SheetChoices.check(parts, req.choices());
        if (!checked.errors().isEmpty()) {
            throw ProblemException.invalid(checked.errors());
        }
        SheetTotals.Result totals;
        try {
            totals = SheetTotals.compute(parts, checked.optionIds());
        } catch (SheetTotals.InvalidChoice ex) {
            throw ProblemException.invalid(ex.problems().stream().map(p -> new Problem.FieldError("choices", p)).toList());
        }
        Map<Long, String> codes = SheetViews.criterionCodes(parts);
        List<ScoreChoice> current = ScoreChoice.list("sheetId", s.id);
        List<ScoreChoice> chosen = replaceChoices(s, current, checked.optionIds(), parts);
        int oldTotal = s.total;
        s.total = totals.total();
        s.partTotals = totals.parts();
        s.comment = Text.clean(req.comment());
        s.touch(access.username());
        em.flush();
        Map<String, Object> before = pointsByCode(current, codes);
        Map<String, Object> after = pointsByCode(chosen, codes);
        before.keySet().forEach(code -> after.putIfAbsent(code, null));
        audit.record(RoundService.AUDIT_ENTRY, e.id, SCORE_CHANGED, AuditLog.diff(before, after),
                "sheet " + s.id + " of " + s.memberUsername + ": total " + oldTotal + " → " + s.total, access.username());
        // The caller is seated and not recused (requireEditable), so the sheet is not a recused member's.
        return views.of(s, e, chosen, false);
    }

    /** Locks the caller's sheet; every criterion must be answered. */
    @Transactional
    public ScoreSheetView submit(long id) {
        ScoreSheet s = ScoreSheetService.find(id, LockModeType.PESSIMISTIC_WRITE);
        EvaluationEntry e = requireEditable(s, "submit");
        List<ScoreChoice> chosen = ScoreChoice.list("sheetId", s.id);
        List<String> missing = SheetTotals.compute(content.parts(e.rubricSheetId), chosen.stream().map(c -> c.optionId)
                .toList()).unanswered();
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("choices", "no option chosen for " + String.join(", ", missing));
        }
        s.status = SheetStatus.SUBMITTED;
        s.submittedAt = clock.now();
        s.touch(access.username());
        em.flush();
        audit.record(RoundService.AUDIT_ENTRY, e.id, SUBMITTED, AuditLog.diff(Map.of("status", "DRAFT"),
                Map.of("status", "SUBMITTED")), "sheet " + s.id + " of " + s.memberUsername + ": total " + s.total,
                access.username());
        return views.of(s, e, chosen, false);
    }

    /** The council chair sends a submitted sheet back to its member, with the reason. */
    @Transactional
    public ScoreSheetView reopen(long id, String reason) {
        ScoreSheet s = ScoreSheetService.find(id, LockModeType.PESSIMISTIC_WRITE);
        EvaluationEntry e = EntryService.find(s.entryId, LockModeType.NONE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        access.requireRead(round, e);
        CouncilMember member = access.requireSeat(round, e.id);
        if (!member.chair) {
            throw ProblemException.forbidden("Only the chair of the council reopens a submitted sheet");
        }
        requireScoring(round);
        if (s.status != SheetStatus.SUBMITTED) {
            throw ProblemException.conflict("Sheet " + id + " is " + s.status + "; only a SUBMITTED sheet is reopened");
        }
        String why = Text.clean(reason);
        s.status = SheetStatus.DRAFT;
        s.submittedAt = null;
        s.touch(access.username());
        em.flush();
        audit.record(RoundService.AUDIT_ENTRY, e.id, "SHEET_REOPENED", AuditLog.diff(Map.of("status", "SUBMITTED"),
                Map.of("status", "DRAFT")), "sheet " + s.id + " of " + s.memberUsername + ": " + why, access.username());
        return views.of(s);
    }

    /** The caller's own DRAFT sheet in a SCORING round, with their seat checked; returns its entry. */
    private EvaluationEntry requireEditable(ScoreSheet s, String action) {
        EvaluationEntry e = EntryService.find(s.entryId, LockModeType.NONE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        // Whose sheet it is, is told only to those who may read the round, and then without naming them.
        access.requireRead(round, e);
        if (!s.memberUsername.equals(access.username())) {
            throw ProblemException.forbidden("Sheet " + s.id + " is another member's; only its member may " + action + " it");
        }
        // Not recused: requireRead has just checked it.
        access.requireSeat(round, null);
        requireScoring(round);
        if (s.status != SheetStatus.DRAFT) {
            throw ProblemException.conflict("Sheet " + s.id + " is " + s.status + "; ask the council chair to reopen it");
        }
        return e;
    }

    private static void requireScoring(EvaluationRound round) {
        if (round.status != RoundStatus.SCORING) {
            throw ProblemException.conflict("Round " + round.id + " is " + round.status + "; sheets change only while "
                    + "it is SCORING");
        }
    }

    /**
     * Stores the chosen options with their points, keeping the rows of options still chosen: the others are deleted
     * in one statement, then the new ones inserted in one (a one-option criterion whose option changes must free its
     * row first). Returns the rows the sheet now has, in the order chosen.
     */
    private List<ScoreChoice> replaceChoices(ScoreSheet s, List<ScoreChoice> current, List<Long> optionIds,
            List<RubricSheetPartView> parts) {
        Map<Long, RubricCriterionView> criterionOf = new HashMap<>();
        Map<Long, RubricOptionView> optionById = new HashMap<>();
        parts.forEach(p -> p.criteria().forEach(c -> c.options().forEach(o -> {
            criterionOf.put(o.id(), c);
            optionById.put(o.id(), o);
        })));
        Set<Long> wanted = new HashSet<>(optionIds);
        List<Long> dropped = current.stream().map(c -> c.optionId).filter(o -> !wanted.contains(o)).toList();
        if (!dropped.isEmpty()) {
            ScoreChoice.delete("sheetId = ?1 and optionId in ?2", s.id, dropped);
        }
        Set<Long> kept = current.stream().map(c -> c.optionId).filter(wanted::contains).collect(Collectors.toSet());
        List<ScoreChoice> chosen = new ArrayList<>();
        List<ScoreChoice> added = new ArrayList<>();
        for (Long optionId : new LinkedHashSet<>(optionIds)) {
            RubricCriterionView criterion = criterionOf.get(optionId);
            ScoreChoice c = new ScoreChoice();
            c.sheetId = s.id;
            c.optionId = optionId;
            c.criterionId = criterion.id();
            c.points = optionById.get(optionId).points();
            c.sumOfSelected = criterion.scoringRule() == ScoringRule.SUM_OF_SELECTED;
            chosen.add(c);
            if (!kept.contains(optionId)) {
                added.add(c);
            }
        }
        if (!added.isEmpty()) {
            em.createNativeQuery("INSERT INTO score_choice (sheet_id, option_id, criterion_id, points, sum_of_selected) "
                    + "SELECT :sheet, x.option_id, x.criterion_id, x.points, x.sum_of_selected FROM unnest(CAST(:options AS "
                    + "bigint[]), CAST(:criteria AS bigint[]), CAST(:points AS int[]), CAST(:sums AS boolean[])) "
                    + "AS x(option_id, criterion_id, points, sum_of_selected)")
                    .setParameter("sheet", s.id)
                    .setParameter("options", array(added, c -> c.optionId))
                    .setParameter("criteria", array(added, c -> c.criterionId))
                    .setParameter("points", array(added, c -> c.points))
                    .setParameter("sums", array(added, c -> c.sumOfSelected))
                    .executeUpdate();
        }
        return chosen;
    }

    /** A PostgreSQL array literal of numbers or booleans, for one column of a multi-row insert. */
    private static String array(List<ScoreChoice> rows, Function<ScoreChoice, Object> column) {
        return rows.stream().map(c -> String.valueOf(column.apply(c))).collect(Collectors.joining(",", "{", "}"));
    }

    /** Criterion code → its points (summed over the ticked options of a SUM_OF_SELECTED criterion). */
    private static Map<String, Object> pointsByCode(Collection<ScoreChoice> choices, Map<Long, String> codes) {
        Map<String, Object> out = new LinkedHashMap<>();
        choices.forEach(c -> out.merge(codes.get(c.criterionId), c.points, (a, b) -> (Integer) a + (Integer) b));
        return out;
    }
}
