package vn.ocop.registry.producer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProblemTypes;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.producer.ProducerDtos.CommuneCompletion;
import vn.ocop.registry.producer.ProducerDtos.CommuneCompletionRequest;
import vn.ocop.registry.producer.ProducerDtos.ProducerView;

/**
 * The office completes the communes of producers registered without one, many at once and all or nothing: each row
 * names the producer, the version it was read at and a commune of the producer's registration day (under its
 * district when it has one). Any bad row refuses the whole request, naming the row ({@code items[i].field}): 400 for
 * what is wrong, 409 when a producer changed since it was read (its version is not the one sent).
 */
@ApplicationScoped
public class ProducerCommunes {
    @Inject
    ProducerService producers;
    @Inject
    ProducerPlaces places;
    @Inject
    UnitScope scope;
    @Inject
    AuditLog audit;

    @Transactional
    public List<ProducerView> complete(CommuneCompletionRequest req) {
        List<Problem.FieldError> invalid = new ArrayList<>();
        List<Problem.FieldError> stale = new ArrayList<>();
        List<Producer> changed = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < req.items().size(); i++) {
            CommuneCompletion item = req.items().get(i);
            String at = "items[" + i + "].";
            Producer p = Producer.findById(item.producerId());
            if (p == null || !scope.mayReadPlaced(p.districtCode, places.communeTodayCode(p))) {
                invalid.add(new Problem.FieldError(at + "producerId", ProblemException.doesNotExist("Producer",
                        item.producerId())));
                continue;
            }
            if (!seen.add(p.id)) {
                invalid.add(new Problem.FieldError(at + "producerId", "is named twice"));
                continue;
            }
            if (p.communeId != null) {
                invalid.add(new Problem.FieldError(at + "producerId", "already has commune " + p.communeCode));
                continue;
            }
            if (p.version != item.version()) {
                stale.add(new Problem.FieldError(at + "version", "producer " + p.id + " is at version " + p.version
                        + ", changed since version " + item.version() + " was read"));
                continue;
            }
            LocalDate on = p.registeredOn;
            try {
                ProducerPlaces.Registered units = places.registered(p.districtCode, item.communeCode().trim(), on);
                Map<String, Object> before = ProducerService.snapshot(p);
                AdminUnit commune = units.commune();
                p.communeId = commune.id;
                p.communeCode = commune.code;
                audit.record(Producer.AUDIT_TYPE, p.id, "UPDATED", AuditLog.diff(before, ProducerService.snapshot(p)),
                        "commune completed", scope.username());
                changed.add(p);
            } catch (ProblemException e) {
                e.errors().forEach(err -> invalid.add(new Problem.FieldError(at + err.field(), err.message())));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.invalid(invalid);
        }
        if (!stale.isEmpty()) {
            throw new ProblemException(409, ProblemTypes.CONFLICT, "Conflict",
                    stale.size() + " producer(s) changed since they were read", stale);
        }
        changed.forEach(p -> {
            p.touch(scope.username());
            producers.flushOrConflict(p);
        });
        return changed.stream().map(p -> producers.get(p.id)).toList();
    }
}
