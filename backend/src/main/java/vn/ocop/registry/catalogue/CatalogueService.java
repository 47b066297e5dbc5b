package vn.ocop.registry.catalogue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnitService;
import vn.ocop.registry.catalogue.CatalogueDtos.PublicCertificate;
import vn.ocop.registry.catalogue.CatalogueDtos.PublicProduct;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.ReadDatabase;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.product.OcopCertificateStatus;
import vn.ocop.registry.recognition.OcopCertificate;
import vn.ocop.registry.recognition.OcopCertificateConditions;

/**
 * The public catalogue: certified products and certificate lookup, with no personal data. Read from the read database
 * (a replica when there is one): a certificate issued a moment ago may show a moment later.
 */
@ApplicationScoped
public class CatalogueService {
    @Inject
    AdminUnitService adminUnits;
    @Inject
    ProvinceClock clock;
    @Inject
    ReadDatabase reads;

    public static final Map<String, String> SORTABLE = Map.of("productName", "p.name", "stars", "c.stars",
            "validUntil", "c.validUntil", "issuedOn", "c.issuedOn");

    /** A product's latest certificate tells whether it may carry the OCOP logo today. */
    private static final String LATEST = String.format(OcopCertificateConditions.LATEST, "c");

    @Transactional
    public Page<PublicProduct> products(CatalogueFilter f, PageRequest page) {
        LocalDate today = clock.today();
        Where where = new Where().and(LATEST)
                .and("pr.districtCode = :district", "district", f.districtCode())
                .and("g.code = :group", "group", f.groupCode())
                .and("c.stars = :stars", "stars", f.stars())
                .matches("p.name", "q", f.q());
        if (f.status() == OcopCertificateStatus.VALID) {
            // "Valid" for a shopper: may carry the logo today, expiring soon included.
            where.and(OcopCertificateConditions.live("c"), "today", today);
        } else if (f.status() != null) {
            throw ProblemException.invalid("status", "only VALID can be asked for in the public catalogue");
        }
        Page<OcopCertificate> rows = reads.read(session -> page.fetch(session, new PageRequest.Listing<>(
                OcopCertificate.class, "c", "from OcopCertificate c join fetch c.product p join fetch p.producer pr "
                        + "join fetch p.productSet ps join fetch ps.group g",
                where, "c.id", Set.of("c.id")), c -> c));
        Map<String, String> districts = adminUnits.names(rows.items().stream().map(c -> c.product.producer.districtCode)
                .collect(Collectors.toSet()));
        return rows.map(c -> new PublicProduct(c.product.id, c.product.name, c.product.producer.name,
                c.product.producer.districtCode, districts.get(c.product.producer.districtCode),
                c.product.productSet.group.code, c.product.productSet.group.name, c.stars, c.statusOn(today),
                c.validUntil, c.publicCode));
    }

    @Transactional
    public PublicCertificate certificate(String publicCode) {
        OcopCertificate c = reads.read(session -> session.createSelectionQuery("from OcopCertificate c "
                + "join fetch c.product p join fetch p.producer join fetch c.decision where c.publicCode = ?1",
                OcopCertificate.class).setParameter(1, normalize(publicCode)).setMaxResults(1).getSingleResultOrNull());
        if (c == null) {
            throw ProblemException.notFound("OCOP certificate", publicCode);
        }
        OcopCertificateStatus status = c.statusOn(clock.today());
        // A producer registered on today's map has no district (names() takes it, List.of would not).
        String district = adminUnits.names(Collections.singletonList(c.product.producer.districtCode))
                .get(c.product.producer.districtCode);
        return new PublicCertificate(c.publicCode, status, statusText(status), c.product.name, c.product.producer.name,
                district, c.stars, c.productCode, c.issuedOn, c.validUntil, c.decision.number, c.decision.decidedOn,
                c.revokedOn, c.revocationReason);
    }

    /** Codes are printed for people: accept lower case and stray spaces. */
    static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase();
    }

    static String statusText(OcopCertificateStatus status) {
        return switch (status) {
            case VALID -> "Còn hiệu lực";
            case EXPIRING -> "Còn hiệu lực, sắp hết hạn";
            case EXPIRED -> "Đã hết hạn — sản phẩm không còn được dùng biểu trưng OCOP";
            case REVOKED -> "Đã bị thu hồi — sản phẩm không còn được dùng biểu trưng OCOP";
        };
    }

}
