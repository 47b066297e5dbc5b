package vn.ocop.registry.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitService;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.files.FileContent;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.recognition.OcopCertificatePrint.Authority;

/** The printed documents of recognition: a certificate, and the list of products a decision recognises. */
@ApplicationScoped
public class RecognitionDocuments {
    static final String PDF = "application/pdf";

    @Inject
    UnitScope scope;
    @Inject
    ProvinceClock clock;
    @Inject
    CertificatePageUrl pages;
    @Inject
    AdminUnitService adminUnits;

    /** The certificate as printed, to whoever may read it (403 for another district's product). */
    @Transactional
    public FileContent certificatePdf(long id) {
        OcopCertificate c = RecognitionService.find(id);
        scope.require(c.product.producer.districtCode);
        byte[] pdf = OcopCertificatePrint.pdf(RecognitionService.view(c, clock.today()), authority(c.decision),
                pages.of(c.publicCode));
        return new FileContent(pdf, PDF, "giay-chung-nhan-ocop-" + c.productCode + ".pdf");
    }

    /**
     * The decision's products as its annex lists them. A decision is a public act, so every role that reads the
     * decision reads its whole list, as the public catalogue shows the same products.
     */
    @Transactional
    public FileContent decisionProductsPdf(long decisionId) {
        RecognitionDecision d = decision(decisionId);
        return new FileContent(DecisionProducts.pdf(new DecisionProducts.Decision(d.number, d.decidedOn, authority(d)),
                rows(d)), PDF, DecisionProducts.fileName(d.id) + ".pdf");
    }

    @Transactional
    public List<DecisionProducts.Row> decisionProducts(long decisionId) {
        return rows(decision(decisionId));
    }

    private List<DecisionProducts.Row> rows(RecognitionDecision d) {
        List<OcopCertificate> certificates = OcopCertificate.<OcopCertificate>find("from OcopCertificate c "
                + "join fetch c.product p join fetch p.producer where c.decision.id = ?1 order by c.id", d.id).list();
        List<Long> unitIds = new ArrayList<>();
        certificates.forEach(c -> {
            unitIds.add(c.product.producer.communeId);
            unitIds.add(c.product.producer.districtId);
        });
        Map<Long, AdminUnit> units = adminUnits.byIds(unitIds);
        List<DecisionProducts.Row> rows = new ArrayList<>();
        for (OcopCertificate c : certificates) {
            rows.add(new DecisionProducts.Row(rows.size() + 1, c.product.name, c.product.producer.name,
                    unitName(c.product.producer, units, d), c.stars, c.productCode));
        }
        return rows;
    }

    /** The producer's unit on the decision's date: its commune on today's map, its district on the map before. */
    private static String unitName(Producer p, Map<Long, AdminUnit> units, RecognitionDecision d) {
        AdminUnit commune = units.get(p.communeId);
        AdminUnit district = units.get(p.districtId);
        if (commune != null && commune.isValidOn(d.decidedOn)) {
            return commune.name;
        }
        if (district != null) {
            return district.name;
        }
        return commune == null ? null : commune.name;
    }

    private static RecognitionDecision decision(long id) {
        RecognitionDecision d = RecognitionDecision.findById(id);
        if (d == null) {
            throw ProblemException.notFound("Recognition decision", id);
        }
        return d;
    }

    private static Authority authority(RecognitionDecision d) {
        AdminUnit unit = AdminUnit.asOf(d.adminUnitCode, d.decidedOn);
        return new Authority(unit == null ? d.adminUnitCode : unit.name);
    }
}
