package vn.ocop.registry.commerce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.ocop.registry.commerce.CommerceRefs.ProducerRef;
import vn.ocop.registry.commerce.TradeEventDtos.ParticipantView;
import vn.ocop.registry.commerce.TradeEventDtos.TradeEventParticipantRequest;
import vn.ocop.registry.commerce.TradeEventDtos.TradeEventRequest;
import vn.ocop.registry.commerce.TradeEventDtos.TradeEventView;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Flush;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.common.Where;

/**
 * Trade events are province-wide and managed by the office; a participation belongs to the
 * producer's district, so district officers add and remove their own producers' participations.
 */
@ApplicationScoped
public class TradeEventService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "kind", "kind",
            "hostProvince", "hostProvince", "startsOn", "startsOn", "endsOn", "endsOn", "createdAt", "createdAt");
    public static final Map<String, String> PARTICIPANT_SORTABLE = Map.of("id", "id", "createdAt", "createdAt");

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;
    @Inject
    CommerceRefs refs;

    @Transactional
    public Page<TradeEventView> list(TradeEventFilter f, PageRequest page) {
        Where where = new Where()
                .and("startsOn >= :from", "from", f.yearStart())
                .and("startsOn < :until", "until", f.yearStart() == null ? null : f.yearStart().plusYears(1))
                .and("kind = :kind", "kind", f.kind())
                .and("updatedAt >= :updatedSince", "updatedSince", f.updatedSince())
                .matches("name", "q", f.q())
                .matches("hostProvince", "hostProvince", f.hostProvince());
        return page.fetch(TradeEvent.find(where.hql(), page.toSort("id"), where.params()), TradeEventService::view);
    }

    @Transactional
    public TradeEventView get(long id) {
        return view(findEvent(id));
    }

    @Transactional
    public TradeEventView create(TradeEventRequest req) {
        TradeEvent e = new TradeEvent();
        apply(e, req);
        e.touch(scope.username());
        e.persist();
        em.flush();
        return view(e);
    }

    @Transactional
    public TradeEventView update(long id, ExpectedVersion expected, TradeEventRequest req) {
        TradeEvent e = findEvent(id);
        expected.check(e.version);
        apply(e, req);
        e.touch(scope.username());
        em.flush();
        return view(e);
    }

    /** Deleting an event deletes its participations with it (they mean nothing without it). */
    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        TradeEvent e = findEvent(id);
        expected.check(e.version);
        e.delete();
    }

    @Transactional
    public Page<ParticipantView> participants(long eventId, ParticipantFilter f, PageRequest page) {
        findEvent(eventId);
        return scope.listed(f.districtCode(), page, district -> {
            Where where = new Where().and("eventId = :event", "event", eventId)
                    .and("producerId in (select p.id from Producer p where p.districtCode = :district)", "district",
                            district);
            Page<TradeEventParticipant> rows = page.fetch(TradeEventParticipant.find(where.hql(), page.toSort("id"),
                    where.params()), Function.identity());
            return rows.withItems(views(rows.items()));
        });
    }

    @Transactional
    public ParticipantView participant(long eventId, long participantId) {
        TradeEventParticipant p = findParticipant(eventId, participantId);
        ParticipantView view = views(List.of(p)).get(0);
        scope.require(view.districtCode());
        return view;
    }

    @Transactional
    public ParticipantView addParticipant(long eventId, TradeEventParticipantRequest req) {
        findEvent(eventId);
        List<Problem.FieldError> errors = new ArrayList<>();
        ProducerRef producer = refs.producer(req.producerId(), "producerId", errors);
        if (producer != null) {
            scope.require(producer.districtCode());
        }
        refs.products(req.productIds(), producer == null ? null : producer.id(), i -> "productIds[" + i + "]", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (TradeEventParticipant.count("eventId = ?1 and producerId = ?2", eventId, producer.id()) > 0) {
            throw ProblemException.conflict(alreadyParticipates(producer));
        }
        TradeEventParticipant p = new TradeEventParticipant();
        p.eventId = eventId;
        p.producerId = producer.id();
        p.productIds.addAll(CommerceRefs.distinct(req.productIds()));
        p.touch(scope.username());
        p.persist();
        Flush.orConflict(em, () -> alreadyParticipates(producer));
        return views(List.of(p)).get(0);
    }

    @Transactional
    public void removeParticipant(long eventId, long participantId, ExpectedVersion expected) {
        TradeEventParticipant p = findParticipant(eventId, participantId);
        scope.require(refs.producers(List.of(p.producerId)).get(p.producerId).districtCode());
        expected.check(p.version);
        p.delete();
    }

    private static String alreadyParticipates(ProducerRef producer) {
        return producer.name() + " already takes part in this event; remove that "
                + "participation first to change its products";
    }

    private static void apply(TradeEvent e, TradeEventRequest req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = Text.clean(req.name());
        String hostProvince = Text.clean(req.hostProvince());
        if (name == null) {
            errors.add(new Problem.FieldError("name", "must not be blank"));
        }
        if (hostProvince == null) {
            errors.add(new Problem.FieldError("hostProvince", "must not be blank"));
        }
        if (req.endsOn().isBefore(req.startsOn())) {
            errors.add(new Problem.FieldError("endsOn", "must not be before startsOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        e.name = name;
        e.kind = req.kind();
        e.hostProvince = hostProvince;
        e.venue = Text.clean(req.venue());
        e.startsOn = req.startsOn();
        e.endsOn = req.endsOn();
    }

    private List<ParticipantView> views(List<TradeEventParticipant> participants) {
        List<Long> ids = participants.stream().map(p -> p.id).toList();
        Map<Long, ProducerRef> producers = refs.producers(participants.stream().map(p -> p.producerId).toList());
        Map<Long, List<ProductSummary>> products = refs.productsOf(TradeEventParticipant.class, ids);
        return participants.stream().map(p -> {
            ProducerRef producer = producers.get(p.producerId);
            return new ParticipantView(p.id, p.eventId, p.producerId, producer.name(), producer.districtCode(),
                    producer.districtName(), products.getOrDefault(p.id, List.of()), p.version, p.createdAt, p.createdBy);
        }).toList();
    }

    private static TradeEventView view(TradeEvent e) {
        return new TradeEventView(e.id, e.name, e.kind, e.hostProvince, e.venue, e.startsOn, e.endsOn, e.version,
                e.createdAt, e.createdBy, e.updatedAt, e.updatedBy);
    }

    private static TradeEvent findEvent(long id) {
        TradeEvent e = TradeEvent.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Trade event", id);
        }
        return e;
    }

    private static TradeEventParticipant findParticipant(long eventId, long participantId) {
        TradeEventParticipant p = TradeEventParticipant.findById(participantId);
        if (p == null || p.eventId != eventId) {
            throw ProblemException.notFound("Participation", participantId);
        }
        return p;
    }
}
