package vn.ocop.registry.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.SqlRow;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.notice.NoticeKind;
import vn.ocop.registry.notice.NoticeTemplates;
import vn.ocop.registry.notice.Notices;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.support.SupportRequestDtos.SupportRequestInput;
import vn.ocop.registry.support.SupportRequestDtos.SupportRequestStepView;
import vn.ocop.registry.support.SupportRequestDtos.SupportRequestView;
import vn.ocop.registry.support.SupportRequestDtos.SupportSummary;
import vn.ocop.registry.support.SupportRequestDtos.SupportTypeCounts;

@ApplicationScoped
public class SupportRequestService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "requestedOn", "requestedOn", "type", "type",
            "status", "status", "producerName", "producer.name", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String AUDIT_TYPE = "SupportRequest";
    /** The OCOP programme began in 2018 (Decision 490/QĐ-TTg); no request predates it. */
    static final LocalDate PROGRAMME_START = LocalDate.of(2018, 1, 1);

    /** A request's producer with its district's name, for the views. */
    record RequestProducer(long id, String name, String districtCode, String districtName) {
    }

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;
    @Inject
    AuditLog audit;
    @Inject
    ProvinceClock clock;
    @Inject
    Notices notices;

    @Transactional
    public Page<SupportRequestView> list(SupportRequestFilter f, PageRequest page) {
        Where where = new Where()
                .and("producer.districtCode = :own", "own", scope.confinedTo().orElse(null))
                .and("producer.districtCode = :district", "district", f.districtCode())
                .and("producer.id = :producer", "producer", f.producerId())
                .and("type = :type", "type", f.type())
                .and("status = :status", "status", f.status())
                .and("requestedOn >= :from", "from", f.year() == null ? null : LocalDate.of(f.year(), 1, 1))
                .and("requestedOn < :to", "to", f.year() == null ? null : LocalDate.of(f.year() + 1, 1, 1))
                .matchesAny("q", f.q(), "producer.name", "description");
        Page<SupportRequest> rows = page.fetch(SupportRequest.find(where.hql(), page.toSort("id"), where.params()),
                Function.identity());
        Map<Long, SupportRequestView> views = views(rows.items());
        return rows.map(r -> views.get(r.id));
    }

    @Transactional
    public SupportRequestView get(long id) {
        SupportRequest r = find(id, LockModeType.NONE);
        scope.require(r.producer.districtCode);
        return view(r);
    }

    /** The request's trail (creation, edits, each step), to those who may read the request. */
    @Transactional
    public Page<AuditLog.AuditEntry> history(long id, PageRequest page) {
        scope.require(find(id, LockModeType.NONE).producer.districtCode);
        return audit.history(AUDIT_TYPE, id, page);
    }

    @Transactional
    public SupportRequestView create(SupportRequestInput in) {
        SupportRequest r = new SupportRequest();
        apply(r, in);
        r.status = SupportStatus.REQUESTED;
        r.touch(scope.username());
        r.persist();
        addStep(r, null);
        audit.record(AUDIT_TYPE, r.id, "CREATED", AuditLog.diff(null, snapshot(r)), null, scope.username());
        em.flush();
        return view(r);
    }

    @Transactional
    public SupportRequestView update(long id, ExpectedVersion expected, SupportRequestInput in) {
        SupportRequest r = find(id, LockModeType.NONE);
        scope.require(r.producer.districtCode);
        expected.check(r.version);
        if (!SupportWorkflow.editable(r.status)) {
            throw ProblemException.conflict("Support request " + id + " is " + r.status
                    + "; only a REQUESTED request can be edited");
        }
        Map<String, Object> before = snapshot(r);
        apply(r, in);
        r.touch(scope.username());
        em.flush();
        audit.record(AUDIT_TYPE, r.id, "UPDATED", AuditLog.diff(before, snapshot(r)), null, scope.username());
        return view(r);
    }

    /** A workflow step; the row is locked so that two concurrent steps cannot both pass the transition check. */
    @Transactional
    public SupportRequestView act(long id, SupportWorkflow.Action action, String note) {
        SupportRequest r = find(id, LockModeType.PESSIMISTIC_WRITE);
        scope.require(r.producer.districtCode);
        String cleanNote = Text.clean(note);
        if (cleanNote == null && action.needsNote()) {
            throw ProblemException.invalid("note", "is required to " + action.name().toLowerCase() + " a request");
        }
        SupportStatus from = r.status;
        r.status = SupportWorkflow.next(from, action);
        r.touch(scope.username());
        addStep(r, cleanNote);
        audit.record(AUDIT_TYPE, r.id, r.status.name(),
                AuditLog.diff(Map.of("status", from.name()), Map.of("status", r.status.name())), cleanNote, scope.username());
        em.flush();
        return view(r);
    }

    /** Requests by type × status and the distinct producers that asked, grouped in SQL within the caller's scope. */
    @Transactional
    public SupportSummary summary(Integer year, String districtCode) {
        String own = scope.confinedTo().orElse(null);
        StringBuilder sql = new StringBuilder("""
                SELECT r.type, r.status, GROUPING(r.type, r.status) AS grouped, count(*) AS requests,
                       count(DISTINCT r.producer_id) AS producers
                FROM support_request r JOIN producer p ON p.id = r.producer_id WHERE 1 = 1""");
        Map<String, Object> params = new HashMap<>();
        if (own != null) {
            sql.append(" AND p.district_code = :own");
            params.put("own", own);
        }
        if (districtCode != null) {
            sql.append(" AND p.district_code = :district");
            params.put("district", districtCode);
        }
        if (year != null) {
            sql.append(" AND r.requested_on >= :from AND r.requested_on < :to");
            params.put("from", LocalDate.of(year, 1, 1));
            params.put("to", LocalDate.of(year + 1, 1, 1));
        }
        sql.append(" GROUP BY GROUPING SETS ((r.type, r.status), (r.type), ())");
        Query query = em.createNativeQuery(sql.toString(), Tuple.class);
        params.forEach(query::setParameter);
        return summary(SqlRow.list(query), year, districtCode != null ? districtCode : own);
    }

    /** Folds the grouping-set rows: grouping 3 is the grand total, 1 a type's total, 0 a type × status cell. */
    private static SupportSummary summary(List<SqlRow> rows, Integer year, String districtCode) {
        long requests = 0;
        long producers = 0;
        Map<SupportType, long[]> typeTotals = new EnumMap<>(SupportType.class);
        Map<SupportType, Map<SupportStatus, Long>> cells = new EnumMap<>(SupportType.class);
        for (SqlRow row : rows) {
            int grouping = row.integer("grouped");
            long count = row.number("requests");
            long distinct = row.number("producers");
            if (grouping == 3) {
                requests = count;
                producers = distinct;
            } else if (grouping == 1) {
                typeTotals.put(SupportType.valueOf(row.text("type")), new long[]{count, distinct});
            } else {
                cells.computeIfAbsent(SupportType.valueOf(row.text("type")), t -> new EnumMap<>(SupportStatus.class))
                        .put(SupportStatus.valueOf(row.text("status")), count);
            }
        }
        List<SupportTypeCounts> byType = new ArrayList<>();
        for (SupportType type : SupportType.values()) {
            long[] totals = typeTotals.getOrDefault(type, new long[2]);
            Map<SupportStatus, Long> byStatus = new LinkedHashMap<>();
            for (SupportStatus status : SupportStatus.values()) {
                byStatus.put(status, cells.getOrDefault(type, Map.of()).getOrDefault(status, 0L));
            }
            byType.add(new SupportTypeCounts(type, totals[0], totals[1], byStatus));
        }
        return new SupportSummary(year, districtCode, requests, producers, byType);
    }

    private void apply(SupportRequest r, SupportRequestInput in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Producer producer = Producer.findById(in.producerId());
        if (producer == null) {
            errors.add(new Problem.FieldError("producerId", "unknown producer " + in.producerId()));
        }
        LocalDate today = clock.today();
        if (in.requestedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("requestedOn", "must not be in the future (today is " + today + ")"));
        } else if (in.requestedOn().isBefore(PROGRAMME_START)) {
            errors.add(new Problem.FieldError("requestedOn", "must not be before " + PROGRAMME_START
                    + ", when the OCOP programme began"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        scope.require(producer.districtCode);
        r.producer = producer;
        r.type = in.type();
        r.description = Text.clean(in.description());
        r.requestedOn = in.requestedOn();
    }

    private void addStep(SupportRequest r, String note) {
        SupportRequestStep step = new SupportRequestStep();
        step.requestId = r.id;
        step.status = r.status;
        step.note = note;
        step.actor = scope.username();
        step.at = clock.now();
        step.persist();
        // Each step, the request's creation included, tells the producer's contact, once (the step is the occasion).
        notices.record(NoticeKind.SUPPORT_STEP, "support-request:" + r.id, "step:" + step.id, r.producer.email,
                NoticeTemplates.supportStep(r.producer.name, r.id, r.type.label, r.requestedOn, r.status.label, note));
    }

    private static Map<String, Object> snapshot(SupportRequest r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("producerId", r.producer.id);
        s.put("type", r.type.name());
        s.put("description", r.description);
        s.put("requestedOn", r.requestedOn.toString());
        s.put("status", r.status.name());
        return s;
    }

    private SupportRequestView view(SupportRequest r) {
        return views(List.of(r)).get(r.id);
    }

    /** Views of a page of requests: producers with their district names and all steps come in two queries, not N. */
    private Map<Long, SupportRequestView> views(List<SupportRequest> requests) {
        if (requests.isEmpty()) {
            return Map.of();
        }
        List<Long> producerIds = requests.stream().map(r -> r.producer.id).distinct().toList();
        Map<Long, RequestProducer> producers = em.createQuery("select new RequestProducer(p.id, p.name, p.districtCode, "
                + "u.name) from Producer p left join AdminUnit u on u.id = p.districtId where p.id in :ids",
                RequestProducer.class)
                .setParameter("ids", producerIds).getResultStream()
                .collect(Collectors.toMap(RequestProducer::id, Function.identity()));
        Map<Long, List<SupportRequestStepView>> steps = SupportRequestStep
                .<SupportRequestStep>list("requestId in ?1", Sort.by("id"),
                        requests.stream().map(r -> r.id).toList())
                .stream()
                .collect(Collectors.groupingBy(s -> s.requestId,
                        Collectors.mapping(s -> new SupportRequestStepView(s.status, s.note, s.actor, s.at),
                                Collectors.toList())));
        Map<Long, SupportRequestView> views = new HashMap<>();
        for (SupportRequest r : requests) {
            RequestProducer p = producers.get(r.producer.id);
            views.put(r.id, new SupportRequestView(r.id, r.producer.id, p.name(), p.districtCode(), p.districtName(),
                    r.type, r.description, r.requestedOn, r.status, steps.getOrDefault(r.id, List.of()), r.version,
                    r.createdAt, r.createdBy, r.updatedAt, r.updatedBy));
        }
        return views;
    }

    private static SupportRequest find(long id, LockModeType lock) {
        SupportRequest r = SupportRequest.findById(id, lock);
        if (r == null) {
            throw ProblemException.notFound("Support request", id);
        }
        return r;
    }
}
