package vn.ocop.registry.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.ocop.registry.evaluation.EntryDtos.DossierCheckRequest;
import vn.ocop.registry.evaluation.EntryDtos.DossierCheckView;
import vn.ocop.registry.evaluation.EntryDtos.EliminationRequest;
import vn.ocop.registry.evaluation.EntryDtos.EntryRequest;
import vn.ocop.registry.evaluation.EntryDtos.EntryView;
import vn.ocop.registry.evaluation.EntryDtos.LocalOriginRating;
import vn.ocop.registry.evaluation.EntryDtos.RecusalRequest;
import vn.ocop.registry.evaluation.EntryDtos.RecusalView;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.rubric.Elimination;
import vn.ocop.registry.rubric.RubricContent;

/** The products entered in rounds: entry, elimination findings, the commune's dossier check, recusals, audit. */
@ApplicationScoped
public class EntryService {
    public static final Map<String, String> SORTABLE = Map.of("id", "e.id", "productName", "e.productName",
            "producerName", "e.producerName", "createdAt", "e.createdAt");
    /** Events about sheets whose details stay hidden from other members until they may see the sheets. */
    private static final Set<String> SHEET_EVENTS = Set.of(ScoreSheetService.SCORE_CHANGED, ScoreSheetService.SUBMITTED);

    private final EntityManager em;
    private final EvaluationAccess access;
    private final AuditLog audit;
    private final EntryFactory factory;
    private final RubricContent content;
    private final ProvinceClock clock;

    public EntryService(EntityManager em, EvaluationAccess access, AuditLog audit, EntryFactory factory,
            RubricContent content, ProvinceClock clock) {
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.factory = factory;
        this.content = content;
        this.clock = clock;
    }

    /** Entries of a round or of a product across rounds, within the caller's district and without their recusals. */
    @Transactional
    public Page<EntryView> list(EntryFilter f, PageRequest page) {
        if (f.roundId() != null) {
            access.requireRead(RoundService.find(f.roundId(), LockModeType.NONE));
        }
        Where where = new Where()
                .and("e.roundId = :round", "round", f.roundId())
                .and("e.productId = :product", "product", f.productId())
                .and("e.roundId in (select r.id from EvaluationRound r where r.districtCode = :own)", "own",
                        access.confinedTo().orElse(null))
                .and("not exists (from EntryRecusal x where x.entryId = e.id and x.username = :me)", "me",
                        access.username())
                .and("exists (from EvaluationResult res where res.entryId = e.id and res.outcome = :outcome)", "outcome",
                        f.outcome())
                .matchesAny("q", f.q(), "e.productName", "e.producerName");
        Page<EvaluationEntry> rows = page.fetch(EvaluationEntry.find("from EvaluationEntry e where " + where.hql(),
                page.toSort("e.id"), where.params()), Function.identity());
        Map<Long, EntryView> views = views(rows.items());
        return rows.map(e -> views.get(e.id));
    }

    @Transactional
    public EntryView get(long id) {
        EvaluationEntry e = find(id, LockModeType.NONE);
        access.requireRead(RoundService.find(e.roundId, LockModeType.NONE), e);
        return view(e);
    }

    @Transactional
    public EntryView create(long roundId, EntryRequest req) {
        EvaluationRound round = RoundService.find(roundId, LockModeType.PESSIMISTIC_WRITE);
        access.requireEntryManager(round);
        if (round.status != RoundStatus.OPEN) {
            throw ProblemException.conflict("Round " + roundId + " is " + round.status + "; products are entered while "
                    + "it is OPEN");
        }
        Product product = Product.findById(req.productId());
        // A product the caller may not read is not named, nor is where it is made.
        if (product == null || !access.mayRead(product.producer.districtCode)) {
            throw ProblemException.invalid("productId", ProblemException.doesNotExist("Product", req.productId()));
        }
        String where = product.producer.communeCode != null ? product.producer.communeCode : product.producer.districtCode;
        if (!AdminUnitChain.of(where).contains(round.adminUnitCode)) {
            throw ProblemException.invalid("productId", "the product's producer is in unit " + where
                    + ", outside unit " + round.adminUnitCode + " of the round");
        }
        EvaluationEntry e = factory.enter(round, product, req.rubricSheetId());
        em.flush();
        return view(e);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        EvaluationEntry e = find(id, LockModeType.NONE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.PESSIMISTIC_WRITE);
        access.requireEntryManager(round);
        ETags.requireMatch(ifMatch, e.version);
        if (round.status != RoundStatus.OPEN) {
            throw ProblemException.conflict("Round " + round.id + " is " + round.status + "; entries are withdrawn "
                    + "only while it is OPEN");
        }
        audit.record(RoundService.AUDIT_ENTRY, e.id, "DELETED", null, "product " + e.productId + " withdrawn from round "
                + round.id, access.username());
        e.delete();
        em.flush();
    }

    /** The 1048 elimination findings: the conditions of the entry's sheet that the product meets. */
    @Transactional
    public EntryView eliminations(long id, String ifMatch, EliminationRequest req) {
        EvaluationEntry e = find(id, LockModeType.PESSIMISTIC_WRITE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        ETags.requireMatch(ifMatch, e.version);
        requireBeforeClose(round, "record elimination findings");
        if (e.rubricSheetId == null) {
            throw ProblemException.conflict("Entry " + id + " has no score sheet, hence no elimination conditions");
        }
        List<Long> met;
        try {
            met = Elimination.met(content.eliminationConditions(List.of(e.rubricSheetId))
                    .getOrDefault(e.rubricSheetId, List.of()), req.conditionIds());
        } catch (IllegalArgumentException ex) {
            throw ProblemException.invalid("conditionIds", ex.getMessage());
        }
        Map<String, Object> before = eliminationSnapshot(e);
        e.eliminatedBy = met;
        e.eliminationNote = Text.clean(req.note());
        e.touch(access.username());
        em.flush();
        audit.record(RoundService.AUDIT_ENTRY, e.id, "ELIMINATION_RECORDED", AuditLog.diff(before, eliminationSnapshot(e)),
                e.eliminationNote, access.username());
        return view(e);
    }

    /** The commune's dossier check at a level that does not score (26/2026): PASSED entries go up at close. */
    @Transactional
    public EntryView dossierCheck(long id, DossierCheckRequest req) {
        EvaluationEntry e = find(id, LockModeType.PESSIMISTIC_WRITE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        if (ProcedureLevels.of(round).scores()) {
            throw ProblemException.conflict("Round " + round.id + " is a " + round.level + " round whose council "
                    + "scores; dossier checks decide only at levels that do not score");
        }
        requireBeforeClose(round, "check dossiers");
        String note = Text.clean(req.note());
        List<Problem.FieldError> errors = new ArrayList<>();
        List<LocalOriginRating> ratings = req.localOrigin() == null ? List.of() : req.localOrigin();
        if (req.status() == DossierStatus.FAILED && note == null) {
            errors.add(new Problem.FieldError("note", "say why the dossier failed"));
        }
        if (req.status() == DossierStatus.PASSED) {
            EnumSet<LocalOriginItem> rated = EnumSet.noneOf(LocalOriginItem.class);
            for (int i = 0; i < ratings.size(); i++) {
                if (!rated.add(ratings.get(i).item())) {
                    errors.add(new Problem.FieldError("localOrigin[" + i + "].item", "is rated twice"));
                }
            }
            Set<LocalOriginItem> missing = EnumSet.complementOf(rated);
            if (!missing.isEmpty()) {
                errors.add(new Problem.FieldError("localOrigin", "a passed dossier rates every local-origin item; "
                        + "missing " + missing));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<String, Object> before = dossierSnapshot(e);
        e.dossierStatus = req.status();
        e.dossierNote = note;
        e.localOrigin = ratings.stream().map(r -> new LocalOriginRating(r.item(), r.confirmed(), Text.clean(r.note())))
                .toList();
        e.dossierCheckedBy = access.username();
        e.dossierCheckedAt = clock.now();
        e.touch(access.username());
        em.flush();
        audit.record(RoundService.AUDIT_ENTRY, e.id, "DOSSIER_CHECKED", AuditLog.diff(before, dossierSnapshot(e)), note,
                access.username());
        return view(e);
    }

    /** A council member withdraws from an entry: from now on they neither see it nor count for it. */
    @Transactional
    public RecusalView recuse(long id, RecusalRequest req) {
        EvaluationEntry e = find(id, LockModeType.PESSIMISTIC_WRITE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        access.requireRead(round, e);
        if (access.membership(round.id).isEmpty()) {
            throw ProblemException.forbidden("Only members of the council of round " + round.id + " recuse themselves");
        }
        requireBeforeClose(round, "recuse from an entry of");
        EntryRecusal r = new EntryRecusal();
        r.entryId = e.id;
        r.username = access.username();
        r.reason = Text.clean(req.reason());
        r.recusedAt = clock.now();
        r.persist();
        e.touch(access.username());
        em.flush();
        audit.record(RoundService.AUDIT_ENTRY, e.id, "RECUSED", null, r.reason, r.username);
        return new RecusalView(e.id, r.username, r.reason, r.recusedAt);
    }

    /**
     * The entry's audit trail: the OCOP office, and council members of the round who did not recuse. Until a
     * member may see the other sheets (own sheet submitted, or round closed), others' score details are hidden.
     */
    @Transactional
    public Page<AuditLog.Entry> history(long id, PageRequest page) {
        EvaluationEntry e = find(id, LockModeType.NONE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        access.requireOfficeOrSeatedMember(round, e);
        Page<AuditLog.Entry> history = audit.history(RoundService.AUDIT_ENTRY, id, page);
        String me = access.username();
        if (access.isOffice() || round.status.closed() || ScoreSheet.count("entryId = ?1 and memberUsername = ?2 "
                + "and status = ?3", id, me, SheetStatus.SUBMITTED) > 0) {
            return history;
        }
        return history.map(a -> SHEET_EVENTS.contains(a.action()) && !me.equals(a.actor())
                ? new AuditLog.Entry(a.action(), a.actor(), a.at(), null, null)
                : a);
    }

    private static void requireBeforeClose(EvaluationRound round, String action) {
        if (round.status.closed()) {
            throw ProblemException.conflict("Cannot " + action + " round " + round.id + ": it is " + round.status);
        }
    }

    private static Map<String, Object> eliminationSnapshot(EvaluationEntry e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("eliminatedBy", e.eliminatedBy == null ? List.of() : e.eliminatedBy);
        s.put("eliminationNote", e.eliminationNote);
        return s;
    }

    private static Map<String, Object> dossierSnapshot(EvaluationEntry e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("dossierStatus", e.dossierStatus == null ? null : e.dossierStatus.name());
        s.put("localOrigin", e.localOrigin == null ? null : e.localOrigin.toString());
        return s;
    }

    EntryView view(EvaluationEntry e) {
        return views(List.of(e)).get(e.id);
    }

    /** Views of a page of entries: recusals, submitted sheets and outcomes in one query each. */
    private Map<Long, EntryView> views(List<EvaluationEntry> entries) {
        if (entries.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = entries.stream().map(e -> e.id).toList();
        Map<Long, List<String>> recused = EntryRecusal.<EntryRecusal>list("entryId in ?1 order by id", ids).stream()
                .collect(Collectors.groupingBy(r -> r.entryId, Collectors.mapping(r -> r.username, Collectors.toList())));
        Map<Long, Long> submitted = new HashMap<>();
        em.createQuery("select s.entryId, count(s) from ScoreSheet s where s.entryId in :ids and s.status = :st "
                + "group by s.entryId", Object[].class).setParameter("ids", ids).setParameter("st", SheetStatus.SUBMITTED)
                .getResultList().forEach(r -> submitted.put((Long) r[0], (Long) r[1]));
        Map<Long, EntryOutcome> outcomes = EvaluationResult.<EvaluationResult>list("entryId in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.entryId, r -> r.outcome));
        Map<Long, EntryView> out = new HashMap<>();
        for (EvaluationEntry e : entries) {
            DossierCheckView dossier = e.dossierStatus == null
                    ? null
                    : new DossierCheckView(e.dossierStatus,
                            e.dossierNote, e.localOrigin, e.dossierCheckedBy, e.dossierCheckedAt);
            out.put(e.id, new EntryView(e.id, e.roundId, e.productId, e.productName, e.producerName, e.rubricSheetId,
                    e.snapshot, e.forwardedFromEntryId, e.eliminatedBy == null ? List.of() : e.eliminatedBy,
                    e.eliminationNote, dossier, recused.getOrDefault(e.id, List.of()), submitted.getOrDefault(e.id, 0L),
                    outcomes.get(e.id), e.version, e.createdAt, e.createdBy, e.updatedAt, e.updatedBy));
        }
        return out;
    }

    static EvaluationEntry find(long id, LockModeType lock) {
        EvaluationEntry e = EvaluationEntry.findById(id, lock);
        if (e == null) {
            throw ProblemException.notFound("Evaluation entry", id);
        }
        return e;
    }
}
