package vn.ocop.registry.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.evaluation.RoundDtos.Council;
import vn.ocop.registry.evaluation.RoundDtos.CouncilMemberInput;
import vn.ocop.registry.evaluation.RoundDtos.CouncilRequest;
import vn.ocop.registry.evaluation.RoundDtos.MemberView;

/** A round's council (hội đồng): its members and chair, quorum and spread limit, set while the round is OPEN. */
@ApplicationScoped
public class RoundCouncil {
    static final int DEFAULT_QUORUM_PERCENT = 75;
    static final BigDecimal DEFAULT_SPREAD_LIMIT = BigDecimal.TEN;

    @Inject
    EntityManager em;
    @Inject
    EvaluationAccess access;
    @Inject
    AuditLog audit;

    @Transactional
    public Council get(long roundId) {
        EvaluationRound r = RoundService.find(roundId, LockModeType.NONE);
        access.requireRead(r);
        return view(r);
    }

    /** Replaces the council (members, quorum, spread limit) while the round is OPEN; the ETag is the round's. */
    @Transactional
    public Council set(long roundId, ExpectedVersion expected, CouncilRequest req) {
        EvaluationRound r = RoundService.find(roundId, LockModeType.PESSIMISTIC_WRITE);
        expected.check(r.version);
        RoundService.requireOpen(r, "change the council of");
        validate(req.members());
        String before = view(r).toString();
        CouncilMember.delete("roundId", r.id);
        em.flush();
        for (int i = 0; i < req.members().size(); i++) {
            CouncilMemberInput in = req.members().get(i);
            CouncilMember m = new CouncilMember();
            m.roundId = r.id;
            m.username = in.username().trim();
            m.fullName = Text.clean(in.fullName());
            m.position = Text.clean(in.position());
            m.email = Text.clean(in.email());
            m.chair = in.chair();
            m.sortOrder = i;
            m.persist();
        }
        r.quorumPercent = req.quorumPercent() == null ? DEFAULT_QUORUM_PERCENT : req.quorumPercent();
        r.spreadLimit = (req.spreadLimit() == null ? DEFAULT_SPREAD_LIMIT : req.spreadLimit()).setScale(2);
        r.touch(access.username());
        em.flush();
        Council after = view(r);
        audit.record(RoundService.AUDIT_ROUND, r.id, "COUNCIL_SET", AuditLog.diff(Map.of("council", before),
                Map.of("council", after.toString())), null, access.username());
        return after;
    }

    /** Every member once, and exactly one chair. */
    private static void validate(List<CouncilMemberInput> members) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!usernames.add(members.get(i).username().trim())) {
                errors.add(new Problem.FieldError("members[" + i + "].username", "appears twice"));
            }
        }
        long chairs = members.stream().filter(CouncilMemberInput::chair).count();
        if (chairs != 1) {
            errors.add(new Problem.FieldError("members", "exactly one member must chair the council; " + chairs
                    + " do"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static Council view(EvaluationRound r) {
        List<MemberView> members = CouncilMember.<CouncilMember>list("roundId", Sort.by("sortOrder"), r.id).stream()
                .map(m -> new MemberView(m.username, m.fullName, m.position, m.email, m.chair)).toList();
        return new Council(r.id, r.quorumPercent, r.spreadLimit, members, r.version);
    }
}
