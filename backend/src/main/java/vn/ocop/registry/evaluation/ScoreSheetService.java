package vn.ocop.registry.evaluation;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.evaluation.SheetDtos.ChoiceView;
import vn.ocop.registry.evaluation.SheetDtos.SheetUpdateRequest;
import vn.ocop.registry.evaluation.SheetDtos.SheetView;
import vn.ocop.registry.rubric.RubricContent;
import vn.ocop.registry.rubric.RubricDtos.Finding;
import vn.ocop.registry.rubric.RubricDtos.SheetPart;
import vn.ocop.registry.rubric.SheetTotals;

/**
 * Council members' score sheets. A member fills in their own sheet while the round is SCORING; the server
 * computes the totals from the chosen options with the rubric's {@link SheetTotals}. Submitting locks the
 * sheet; only the council chair reopens it. Members see each other's sheets of an entry only once they have
 * submitted their own, or once the round is closed.
 */
@ApplicationScoped
public class ScoreSheetService {
    public static final Map<String, String> SORTABLE = Map.of("id", "s.id", "total", "s.total", "status", "s.status",
            "memberUsername", "s.memberUsername", "createdAt", "s.createdAt", "updatedAt", "s.updatedAt");
    static final String SCORE_CHANGED = "SCORE_CHANGED";
    static final String SUBMITTED = "SHEET_SUBMITTED";

    private final EntityManager em;
    private final EvaluationAccess access;
    private final AuditLog audit;
    private final RubricContent content;
    private final ProvinceClock clock;

    public ScoreSheetService(EntityManager em, EvaluationAccess access, AuditLog audit, RubricContent content,
            ProvinceClock clock) {
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.content = content;
        this.clock = clock;
    }

    /** The sheets the caller may see: all for the OCOP office, for members their own and those now visible. */
    @Transactional
    public Page<SheetView> list(ScoreSheetFilter f, PageRequest page) {
        Where where = new Where()
                .and("s.entryId = :entry", "entry", f.entryId())
                .and("s.entryId in (select e.id from EvaluationEntry e where e.roundId = :round)", "round", f.roundId())
                .and("s.memberUsername = :member", "member", Text.clean(f.memberUsername()))
                .and("s.status = :status", "status", f.status());
        if (!access.isOffice()) {
            where.and("s.entryId in (select e.id from EvaluationEntry e, CouncilMember m where m.roundId = e.roundId "
                    + "and m.username = :me)", "me", access.username())
                    .and("not exists (from EntryRecusal x where x.entryId = s.entryId and x.username = :me)")
                    .and("(s.memberUsername = :me or exists (from ScoreSheet own where own.entryId = s.entryId "
                            + "and own.memberUsername = :me and own.status = :submitted) "
                            + "or exists (from EvaluationEntry e2, EvaluationRound r2 where e2.id = s.entryId "
                            + "and r2.id = e2.roundId and r2.status in :decided))",
                            Map.of("submitted", SheetStatus.SUBMITTED,
                                    "decided", List.of(RoundStatus.CLOSED, RoundStatus.FINALIZED)));
        }
        Page<ScoreSheet> rows = page.fetch(ScoreSheet.find("from ScoreSheet s where " + where.hql(), page.toSort("s.id"),
                where.params()), Function.identity());
        Map<Long, SheetView> views = views(rows.items());
        return rows.map(s -> views.get(s.id));
    }

    @Transactional
    public SheetView get(long id) {
        ScoreSheet s = find(id, LockModeType.NONE);
        requireVisible(s);
        return view(s);
    }

    /** A member starts their sheet of an entry (empty, DRAFT). */
    @Transactional
    public SheetView create(long entryId) {
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
        return view(s);
    }

    /** Replaces the chosen options of the caller's DRAFT sheet; the totals follow from them. */
    @Transactional
    public SheetView update(long id, String ifMatch, SheetUpdateRequest req) {
        ScoreSheet s = find(id, LockModeType.PESSIMISTIC_WRITE);
        EvaluationEntry e = requireEditable(s, "edit");
        ETags.requireMatch(ifMatch, s.version);
        List<SheetPart> parts = content.parts(e.rubricSheetId);
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
        Map<Long, String> codes = criterionCodes(parts);
        Map<Long, ScoreChoice> current = ScoreChoice.<ScoreChoice>list("sheetId", s.id).stream()
                .collect(Collectors.toMap(c -> c.criterionId, Function.identity()));
        Map<String, Object> before = pointsByCode(current.values(), codes);
        Map<Long, Long> optionOf = new HashMap<>();
        req.choices().forEach(c -> optionOf.put(c.criterionId(), c.optionId()));
        for (Map.Entry<Long, Integer> chosen : totals.points().entrySet()) {
            ScoreChoice c = current.remove(chosen.getKey());
            if (c == null) {
                c = new ScoreChoice();
                c.sheetId = s.id;
                c.criterionId = chosen.getKey();
                c.optionId = optionOf.get(chosen.getKey());
                c.points = chosen.getValue();
                c.persist();
            } else {
                c.optionId = optionOf.get(chosen.getKey());
                c.points = chosen.getValue();
            }
        }
        current.values().forEach(c -> c.delete());
        int oldTotal = s.total;
        s.total = totals.total();
        s.partTotals = totals.parts();
        s.comment = Text.clean(req.comment());
        s.touch(access.username());
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        totals.points().forEach((criterion, points) -> after.put(codes.get(criterion), points));
        before.keySet().forEach(code -> after.putIfAbsent(code, null));
        audit.record(RoundService.AUDIT_ENTRY, e.id, SCORE_CHANGED, AuditLog.diff(before, after),
                "sheet " + s.id + " of " + s.memberUsername + ": total " + oldTotal + " → " + s.total, access.username());
        return view(s);
    }

    /** Locks the caller's sheet; every criterion must be answered. */
    @Transactional
    public SheetView submit(long id) {
        ScoreSheet s = find(id, LockModeType.PESSIMISTIC_WRITE);
        EvaluationEntry e = requireEditable(s, "submit");
        List<Long> options = ScoreChoice.<ScoreChoice>list("sheetId", s.id).stream().map(c -> c.optionId).toList();
        List<String> missing = SheetTotals.compute(content.parts(e.rubricSheetId), options).unanswered();
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
        return view(s);
    }

    /** The council chair sends a submitted sheet back to its member, with the reason. */
    @Transactional
    public SheetView reopen(long id, String reason) {
        ScoreSheet s = find(id, LockModeType.PESSIMISTIC_WRITE);
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
        return view(s);
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
        access.requireSeat(round, e.id);
        requireScoring(round);
        if (s.status != SheetStatus.DRAFT) {
            throw ProblemException.conflict("Sheet " + s.id + " is " + s.status + "; ask the council chair to reopen it");
        }
        return e;
    }

    private void requireVisible(ScoreSheet s) {
        if (access.isOffice()) {
            return;
        }
        EvaluationEntry e = EntryService.find(s.entryId, LockModeType.NONE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        access.requireRead(round, e);
        String me = access.username();
        if (access.membership(round.id).isEmpty()) {
            throw ProblemException.forbidden("Only the OCOP office and members of the round's council see score sheets");
        }
        boolean visible = s.memberUsername.equals(me) || round.status.closed()
                || ScoreSheet.count("entryId = ?1 and memberUsername = ?2 and status = ?3", e.id, me,
                        SheetStatus.SUBMITTED) > 0;
        if (!visible) {
            throw ProblemException.forbidden("Submit your own sheet of entry " + e.id + " before seeing the others'");
        }
    }

    private static void requireScoring(EvaluationRound round) {
        if (round.status != RoundStatus.SCORING) {
            throw ProblemException.conflict("Round " + round.id + " is " + round.status + "; sheets change only while "
                    + "it is SCORING");
        }
    }

    private static Map<Long, String> criterionCodes(List<SheetPart> parts) {
        Map<Long, String> codes = new HashMap<>();
        parts.forEach(p -> p.criteria().forEach(c -> codes.put(c.id(), c.code())));
        return codes;
    }

    private static Map<String, Object> pointsByCode(Collection<ScoreChoice> choices, Map<Long, String> codes) {
        Map<String, Object> out = new LinkedHashMap<>();
        choices.forEach(c -> out.put(codes.get(c.criterionId), c.points));
        return out;
    }

    private SheetView view(ScoreSheet s) {
        return views(List.of(s)).get(s.id);
    }

    /** Views of a page of sheets: entries, choices, rubric content and recusals in one query each. */
    private Map<Long, SheetView> views(List<ScoreSheet> sheets) {
        if (sheets.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = sheets.stream().map(s -> s.id).toList();
        Set<Long> entryIds = sheets.stream().map(s -> s.entryId).collect(Collectors.toSet());
        Map<Long, EvaluationEntry> entries = EvaluationEntry.<EvaluationEntry>list("id in ?1", entryIds).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<Long> rubricSheetIds = entries.values().stream().map(e -> e.rubricSheetId).filter(Objects::nonNull)
                .distinct().toList();
        Map<Long, List<SheetPart>> parts = content.parts(rubricSheetIds);
        Map<Long, List<Finding>> findings = content.sheetAndVersionFindings(rubricSheetIds);
        Map<Long, List<ScoreChoice>> choices = ScoreChoice.<ScoreChoice>list("sheetId in ?1", ids).stream()
                .collect(Collectors.groupingBy(c -> c.sheetId));
        Set<String> recused = new HashSet<>();
        EntryRecusal.<EntryRecusal>list("entryId in ?1", entryIds).forEach(r -> recused.add(r.entryId + "/" + r.username));
        Map<Long, SheetView> out = new HashMap<>();
        for (ScoreSheet s : sheets) {
            EvaluationEntry e = entries.get(s.entryId);
            List<SheetPart> sheetParts = parts.getOrDefault(e.rubricSheetId, List.of());
            Map<Long, String> codes = criterionCodes(sheetParts);
            List<ScoreChoice> chosen = choices.getOrDefault(s.id, List.of());
            List<ChoiceView> choiceViews = chosen.stream()
                    .map(c -> new ChoiceView(c.criterionId, codes.get(c.criterionId), c.optionId, c.points))
                    .sorted(Comparator.comparing(ChoiceView::criterionId)).toList();
            List<String> unanswered = SheetTotals.compute(sheetParts, chosen.stream().map(c -> c.optionId).toList())
                    .unanswered();
            out.put(s.id, new SheetView(s.id, s.entryId, e.roundId, e.rubricSheetId, s.memberUsername, s.status,
                    choiceViews, s.partTotals, s.total, unanswered, s.comment, recused.contains(s.entryId + "/"
                            + s.memberUsername),
                    findings.getOrDefault(e.rubricSheetId, List.of()), s.submittedAt, s.version, s.createdAt, s.updatedAt));
        }
        return out;
    }

    static ScoreSheet find(long id, LockModeType lock) {
        ScoreSheet s = ScoreSheet.findById(id, lock);
        if (s == null) {
            throw ProblemException.notFound("Score sheet", id);
        }
        return s;
    }
}
