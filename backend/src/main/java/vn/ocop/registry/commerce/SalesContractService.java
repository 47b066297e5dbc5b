package vn.ocop.registry.commerce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.ocop.registry.commerce.CommerceRefs.ProducerRef;
import vn.ocop.registry.commerce.CommerceRefs.ProductRef;
import vn.ocop.registry.commerce.SalesContractDtos.SalesContractLineRequest;
import vn.ocop.registry.commerce.SalesContractDtos.SalesContractLineView;
import vn.ocop.registry.commerce.SalesContractDtos.SalesContractRequest;
import vn.ocop.registry.commerce.SalesContractDtos.SalesContractView;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Flush;
import vn.ocop.registry.common.InBatches;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.common.Where;

/** Sales contracts: owned by the selling producer's district; terms editable only as a DRAFT. */
@ApplicationScoped
public class SalesContractService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "number", "number", "signedOn", "signedOn",
            "startsOn", "startsOn", "endsOn", "endsOn", "totalValueVnd", "totalValueVnd", "status", "status",
            "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String AUDIT_TYPE = "SalesContract";
    /** The partner id of a bound client whose tax code names no partner in the directory: it reads no contract. */
    private static final long NO_PARTNER = -1;

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;
    @Inject
    CommerceRefs refs;
    @Inject
    AuditLog audit;

    @Transactional
    public Page<SalesContractView> list(SalesContractFilter f, PageRequest page) {
        Long bound = boundPartner().orElse(null);
        return scope.listed(f.districtCode(), page, district -> {
            Where where = new Where()
                    .and("status = :status", "status", f.status())
                    .and("updatedAt >= :updatedSince", "updatedSince", f.updatedSince())
                    .and("partnerId = :partner", "partner", f.partnerId())
                    .and("partnerId = :bound", "bound", bound)
                    .and("producerId = :producer", "producer", f.producerId())
                    .and("id in (select l.contractId from SalesContractLine l where l.productId = :product)", "product",
                            f.productId())
                    .and("producerId in (select p.id from Producer p where p.districtCode = :district)", "district",
                            district)
                    .and("signedOn >= :signedFrom", "signedFrom", f.signedYearStart())
                    .and("signedOn < :signedUntil", "signedUntil",
                            f.signedYearStart() == null ? null : f.signedYearStart().plusYears(1));
            Page<SalesContract> rows = page.fetch(SalesContract.find(where.hql(), page.toSort("id"), where.params()),
                    Function.identity());
            return rows.withItems(views(rows.items()));
        });
    }

    @Transactional
    public SalesContractView get(long id) {
        SalesContract c = find(id);
        requireScope(c);
        return views(List.of(c)).get(0);
    }

    @Transactional
    public Page<AuditLog.AuditEntry> history(long id, PageRequest page) {
        requireScope(find(id));
        return audit.history(AUDIT_TYPE, id, page);
    }

    @Transactional
    public SalesContractView create(SalesContractRequest req) {
        SalesContract c = new SalesContract();
        c.status = SalesContractStatus.DRAFT;
        List<SalesContractLine> lines = apply(c, req);
        c.touch(scope.username());
        c.persist();
        saveLines(c, lines);
        audit.record(AUDIT_TYPE, c.id, "CREATED", AuditLog.diff(null, snapshot(c, lines)), null, scope.username());
        return views(List.of(c)).get(0);
    }

    @Transactional
    public SalesContractView update(long id, ExpectedVersion expected, SalesContractRequest req) {
        SalesContract c = find(id);
        requireScope(c);
        expected.check(c.version);
        if (!c.status.isEditable()) {
            throw ProblemException.conflict("Only a DRAFT contract can be edited; this one is " + c.status);
        }
        Map<String, Object> before = snapshot(c, lines(List.of(c.id)));
        List<SalesContractLine> lines = apply(c, req);
        c.touch(scope.username());
        SalesContractLine.delete("contractId", c.id);
        saveLines(c, lines);
        audit.record(AUDIT_TYPE, c.id, "UPDATED", AuditLog.diff(before, snapshot(c, lines)), null, scope.username());
        return views(List.of(c)).get(0);
    }

    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        SalesContract c = find(id);
        requireScope(c);
        expected.check(c.version);
        if (!c.status.isEditable()) {
            throw ProblemException.conflict("Only a DRAFT contract can be deleted; a " + c.status
                    + " contract stays on record (terminate it instead)");
        }
        audit.record(AUDIT_TYPE, c.id, "DELETED", null, null, scope.username());
        c.delete();
    }

    /** Moves the contract to {@code target} if its current status allows it; the note goes to the audit trail. */
    @Transactional
    public SalesContractView transition(long id, ExpectedVersion expected, SalesContractStatus target, String note) {
        SalesContract c = find(id);
        requireScope(c);
        expected.checkIfSent(c.version);
        if (!c.status.canMoveTo(target)) {
            throw ProblemException.conflict("A " + c.status + " contract cannot become " + target
                    + (c.status.next().isEmpty()
                            ? "; it is final"
                            : "; it may become " + c.status.next().stream()
                                    .map(Enum::name).collect(Collectors.joining(" or "))));
        }
        SalesContractStatus from = c.status;
        c.status = target;
        c.touch(scope.username());
        em.flush();
        String action = target == SalesContractStatus.ACTIVE ? "ACTIVATED" : target.name();
        audit.record(AUDIT_TYPE, c.id, action, AuditLog.diff(Map.of("status", from.name()), Map.of("status", target.name())),
                Text.clean(note), scope.username());
        return views(List.of(c)).get(0);
    }

    /** Validates the request against the data and copies it; the lines are returned for saving. */
    private List<SalesContractLine> apply(SalesContract c, SalesContractRequest req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ProducerRef producer = refs.producer(req.producerId(), "producerId", errors);
        if (producer != null) {
            scope.require(producer.districtCode());
        }
        String number = Text.clean(req.number());
        if (number == null) {
            errors.add(new Problem.FieldError("number", "must not be blank"));
        }
        if (req.endsOn() != null && req.endsOn().isBefore(req.startsOn())) {
            errors.add(new Problem.FieldError("endsOn", "must not be before startsOn"));
        }
        if (Partner.findById(req.partnerId()) == null) {
            errors.add(new Problem.FieldError("partnerId", "unknown partner " + req.partnerId()));
        }
        refs.products(req.lines().stream().map(SalesContractLineRequest::productId).toList(),
                producer == null ? null : producer.id(), i -> "lines[" + i + "].productId", errors);
        List<SalesContractLine> lines = lines(req.lines(), errors);
        Long total = total(lines, req.totalValueVnd(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if ((c.id == null
                ? SalesContract.count("partnerId = ?1 and number = ?2", req.partnerId(), number)
                : SalesContract.count("partnerId = ?1 and number = ?2 and id <> ?3", req.partnerId(), number, c.id)) > 0) {
            throw ProblemException.conflict("This partner already has a contract numbered " + number);
        }
        c.number = number;
        c.partnerId = req.partnerId();
        c.producerId = producer.id();
        c.signedOn = req.signedOn();
        c.startsOn = req.startsOn();
        c.endsOn = req.endsOn();
        c.totalValueVnd = total;
        return lines;
    }

    private static List<SalesContractLine> lines(List<SalesContractLineRequest> requested, List<Problem.FieldError> errors) {
        List<SalesContractLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            SalesContractLineRequest r = requested.get(i);
            SalesContractLine line = new SalesContractLine();
            line.position = i;
            line.productId = r.productId();
            line.quantity = r.quantity();
            line.unit = Text.clean(r.unit());
            line.unitPriceVnd = r.unitPriceVnd();
            if (line.unit == null) {
                errors.add(new Problem.FieldError("lines[" + i + "].unit", "must not be blank"));
            }
            lines.add(line);
        }
        return lines;
    }

    /** The stated total, or the lines' sum when none is stated; a stated total that differs is an error. */
    private static Long total(List<SalesContractLine> lines, Long stated, List<Problem.FieldError> errors) {
        try {
            OptionalLong computed = ContractTotal.of(lines.stream()
                    .map(l -> new ContractTotal.Priced(l.quantity, l.unitPriceVnd)).toList());
            String mismatch = ContractTotal.mismatch(computed, stated);
            if (mismatch != null) {
                errors.add(new Problem.FieldError("totalValueVnd", mismatch));
            } else if (computed.isPresent()) {
                return computed.getAsLong();
            }
        } catch (ArithmeticException e) {
            errors.add(new Problem.FieldError("totalValueVnd", "the lines add up to more than can be recorded"));
        }
        return stated;
    }

    /** Saves the lines; a concurrent twin of the contract number loses at the unique index: 409, not 500. */
    private void saveLines(SalesContract c, List<SalesContractLine> lines) {
        for (SalesContractLine line : lines) {
            line.contractId = c.id;
            line.persist();
        }
        Flush.orConflict(em, () -> "This partner already has a contract numbered " + c.number);
    }

    /**
     * The district scope, and a bound integrator's partner: another partner's contract is a 404, as a missing one, so
     * that the client learns nothing of its competitors' contracts.
     */
    private void requireScope(SalesContract c) {
        if (boundPartner().filter(partner -> !partner.equals(c.partnerId)).isPresent()) {
            throw ProblemException.notFound("Sales contract", c.id);
        }
        if (scope.confinedTo().isPresent()) {
            ProducerRef producer = refs.producers(List.of(c.producerId)).get(c.producerId);
            scope.require(producer.districtCode());
        }
    }

    /** The partner a bound integrator client reads the contracts of; empty for every other caller. */
    private Optional<Long> boundPartner() {
        return scope.boundPartnerTaxCode().map(taxCode -> Partner.<Partner>find("taxCode", taxCode)
                .firstResultOptional().map(p -> p.id).orElse(NO_PARTNER));
    }

    private static List<SalesContractLine> lines(List<Long> contractIds) {
        return InBatches.list(contractIds,
                ids -> SalesContractLine.list("contractId in ?1 order by contractId, position", ids));
    }

    /** The views of a page of contracts: four queries whatever the page size (a few more for a large export). */
    private List<SalesContractView> views(List<SalesContract> contracts) {
        Map<Long, List<SalesContractLine>> linesOf = lines(contracts.stream().map(c -> c.id).toList()).stream()
                .collect(Collectors.groupingBy(l -> l.contractId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> partners = refs.partnerNames(contracts.stream().map(c -> c.partnerId).toList());
        Map<Long, ProducerRef> producers = refs.producers(contracts.stream().map(c -> c.producerId).toList());
        Map<Long, ProductRef> products = refs.products(linesOf.values().stream().flatMap(List::stream)
                .map(l -> l.productId).toList());
        return contracts.stream().map(c -> {
            ProducerRef producer = producers.get(c.producerId);
            List<SalesContractLineView> lines = linesOf.getOrDefault(c.id, List.of()).stream()
                    .map(l -> new SalesContractLineView(l.productId, products.get(l.productId).name(), l.quantity, l.unit,
                            l.unitPriceVnd, ContractTotal.lineValue(l.quantity, l.unitPriceVnd)))
                    .toList();
            return new SalesContractView(c.id, c.number, c.partnerId, partners.get(c.partnerId), c.producerId,
                    producer.name(), producer.districtCode(), producer.districtName(), lines, c.signedOn, c.startsOn,
                    c.endsOn, c.totalValueVnd, c.status, c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
        }).toList();
    }

    /** The audited terms, as plain values so that the trail reads the same in any client. */
    private static Map<String, Object> snapshot(SalesContract c, List<SalesContractLine> lines) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", c.number);
        s.put("partnerId", c.partnerId);
        s.put("producerId", c.producerId);
        s.put("signedOn", String.valueOf(c.signedOn));
        s.put("startsOn", String.valueOf(c.startsOn));
        s.put("endsOn", c.endsOn == null ? null : c.endsOn.toString());
        s.put("totalValueVnd", c.totalValueVnd);
        s.put("lines", lines.stream().map(l -> l.productId + ": " + l.quantity.stripTrailingZeros().toPlainString() + " "
                + l.unit + (l.unitPriceVnd == null ? "" : " × " + l.unitPriceVnd)).toList());
        s.put("status", c.status.name());
        return s;
    }

    private static SalesContract find(long id) {
        SalesContract c = SalesContract.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Sales contract", id);
        }
        return c;
    }
}
