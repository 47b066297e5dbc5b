package vn.ocop.registry.evaluation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.evaluation.EntryDtos.EntryView;
import vn.ocop.registry.evaluation.EntryDtos.EvaluationEntryRequest;
import vn.ocop.registry.evaluation.EntryDtos.Recusal;
import vn.ocop.registry.evaluation.EntryDtos.RecusalRequest;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.product.Product;

/** The products entered in rounds: entry and withdrawal, recusals, the audit trail. Findings are {@link EntryFindings}'. */
@ApplicationScoped
public class EntryService {
    public static final Map<String, String> SORTABLE = Map.of("id", "e.id", "productName", "e.productName",
            "producerName", "e.producerName", "createdAt", "e.createdAt");
    /** Events about sheets whose details stay hidden from other members until they may see the sheets. */
    private static final Set<String> SHEET_EVENTS = Set.of(SheetScoring.SCORE_CHANGED, SheetScoring.SUBMITTED);

    @Inject
    EntityManager em;
    @Inject
    EvaluationAccess access;
    @Inject
    AuditLog audit;
    @Inject
    EntryFactory factory;
    @Inject
    EntryViews views;
    @Inject
    ProvinceClock clock;

    /**
     * Entries of a round or of a product across rounds, within the caller's district (a commune officer: its commune's
     * rounds) and without their recusals.
     */
    @Transactional
    public Page<EntryView> list(EntryFilter f, PageRequest page) {
        if (f.roundId() != null) {
            access.requireRead(RoundService.find(f.roundId(), LockModeType.NONE));
        }
        Optional<String> commune = access.communeConfinedTo();
        Where where = new Where()
                .and("e.roundId = :round", "round", f.roundId())
                .and("e.productId = :product", "product", f.productId())
                .and("e.roundId in (select r.id from EvaluationRound r where r.districtCode = :own)", "own",
                        commune.isPresent() ? null : access.confinedTo().orElse(null))
                .and("not exists (from EntryRecusal x where x.entryId = e.id and x.username = :me)", "me",
                        access.username())
                .and("exists (from EvaluationResult res where res.entryId = e.id and res.outcome = :outcome)", "outcome",
                        f.outcome())
                .matchesAny("q", f.q(), "e.productName", "e.producerName");
        commune.ifPresent(c -> where.and("e.roundId in (select r.id from EvaluationRound r where r.level = :communeLevel "
                + "and r.adminUnitCode = :commune)", Map.of("communeLevel", EvaluationLevel.COMMUNE, "commune", c)));
        Page<EvaluationEntry> rows = page.fetch(EvaluationEntry.find("from EvaluationEntry e where " + where.hql(),
                page.toSort("e.id"), where.params()), Function.identity());
        Map<Long, EntryView> views = this.views.of(rows.items());
        return rows.map(e -> views.get(e.id));
    }

    @Transactional
    public EntryView get(long id) {
        EvaluationEntry e = find(id, LockModeType.NONE);
        access.requireRead(RoundService.find(e.roundId, LockModeType.NONE), e);
        return views.of(e);
    }

    @Transactional
    public EntryView create(long roundId, EvaluationEntryRequest req) {
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
        Long whereId = product.producer.communeId != null ? product.producer.communeId : product.producer.districtId;
        if (!AdminUnitChain.of(whereId, round.opensOn).contains(round.adminUnitCode)) {
            throw ProblemException.invalid("productId", "the product's producer is in unit " + where
                    + ", outside unit " + round.adminUnitCode + " of the round");
        }
        EvaluationEntry e = factory.enter(round, product, req.rubricSheetId());
        em.flush();
        return views.of(e);
    }

    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        EvaluationEntry e = find(id, LockModeType.NONE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.PESSIMISTIC_WRITE);
        access.requireEntryManager(round);
        expected.check(e.version);
        if (round.status != RoundStatus.OPEN) {
            throw ProblemException.conflict("Round " + round.id + " is " + round.status + "; entries are withdrawn "
                    + "only while it is OPEN");
        }
        audit.record(RoundService.AUDIT_ENTRY, e.id, "DELETED", null, "product " + e.productId + " withdrawn from round "
                + round.id, access.username());
        e.delete();
        em.flush();
    }

    /** A council member withdraws from an entry: from now on they neither see it nor count for it. */
    @Transactional
    public Recusal recuse(long id, RecusalRequest req) {
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
        return new Recusal(e.id, r.username, r.reason, r.recusedAt);
    }

    /**
     * The entry's audit trail: the OCOP office, and council members of the round who did not recuse. Until a
     * member may see the other sheets (own sheet submitted, or round closed), others' score details are hidden.
     */
    @Transactional
    public Page<AuditLog.AuditEntry> history(long id, PageRequest page) {
        EvaluationEntry e = find(id, LockModeType.NONE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        access.requireOfficeOrSeatedMember(round, e);
        Page<AuditLog.AuditEntry> history = audit.history(RoundService.AUDIT_ENTRY, id, page);
        String me = access.username();
        if (access.isOffice() || round.status.closed() || ScoreSheet.count("entryId = ?1 and memberUsername = ?2 "
                + "and status = ?3", id, me, SheetStatus.SUBMITTED) > 0) {
            return history;
        }
        return history.map(a -> SHEET_EVENTS.contains(a.action()) && !me.equals(a.actor())
                ? new AuditLog.AuditEntry(a.action(), a.actor(), a.at(), null, null)
                : a);
    }

    static void requireBeforeClose(EvaluationRound round, String action) {
        if (round.status.closed()) {
            throw ProblemException.conflict("Cannot " + action + " round " + round.id + ": it is " + round.status);
        }
    }

    static EvaluationEntry find(long id, LockModeType lock) {
        EvaluationEntry e = EvaluationEntry.findById(id, lock);
        if (e == null) {
            throw ProblemException.notFound("Evaluation entry", id);
        }
        return e;
    }
}
