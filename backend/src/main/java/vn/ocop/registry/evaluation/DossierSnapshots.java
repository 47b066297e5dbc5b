package vn.ocop.registry.evaluation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.ocop.registry.certification.Certification;
import vn.ocop.registry.evaluation.EntryDtos.CertificationRef;
import vn.ocop.registry.evaluation.EntryDtos.DossierSnapshot;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.productgroup.ProductSet;

/**
 * The product's dossier as it stands when entered in a round: the council scores what was filed, so later
 * edits of the product or producer must not reach the entry.
 */
@ApplicationScoped
public class DossierSnapshots {
    public DossierSnapshot of(Product p) {
        Producer producer = p.producer;
        ProductSet set = p.productSet;
        return new DossierSnapshot(p.id, p.name, p.description, p.yearEntered, producer.id, producer.name,
                producer.type.name(), producer.districtCode, producer.communeCode, set.id, set.number, set.name,
                set.legalBasisCode, certifications(p.id, producer.id));
    }

    /** The certifications of the product and its producer (facility-level ones, e.g. food safety). */
    private static List<CertificationRef> certifications(long productId, long producerId) {
        return Certification.<Certification>list("product.id = ?1 or producer.id = ?2 order by issuedOn, id",
                productId, producerId).stream()
                .map(c -> new CertificationRef(c.type.name(), c.number, c.issuer, c.issuedOn.toString(),
                        c.expiresOn == null ? null : c.expiresOn.toString()))
                .toList();
    }
}
