package vn.ocop.registry.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.evaluation.SheetDtos.ScoreSheetView;

/**
 * Reading council members' score sheets (filling them in is {@link SheetScoring}'s). Members see each other's
 * sheets of an entry only once they have submitted their own, or once the round is closed.
 */
@ApplicationScoped
public class ScoreSheetService {
    public static final Map<String, String> SORTABLE = Map.of("id", "s.id", "total", "s.total", "status", "s.status",
            "memberUsername", "s.memberUsername", "createdAt", "s.createdAt", "updatedAt", "s.updatedAt");

    @Inject
    EvaluationAccess access;
    @Inject
    SheetViews views;

    /** The sheets the caller may see: all for the OCOP office, for members their own and those now visible. */
    @Transactional
    public Page<ScoreSheetView> list(ScoreSheetFilter f, PageRequest page) {
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
        Map<Long, ScoreSheetView> views = this.views.of(rows.items());
        return rows.map(s -> views.get(s.id));
    }

    @Transactional
    public ScoreSheetView get(long id) {
        ScoreSheet s = find(id, LockModeType.NONE);
        requireVisible(s);
        return views.of(s);
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

    static ScoreSheet find(long id, LockModeType lock) {
        ScoreSheet s = ScoreSheet.findById(id, lock);
        if (s == null) {
            throw ProblemException.notFound("Score sheet", id);
        }
        return s;
    }
}
