package vn.ocop.registry.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import vn.ocop.registry.evaluation.EvaluationDtos.CertificationRef;
import vn.ocop.registry.evaluation.EvaluationDtos.DossierSnapshot;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.productgroup.ProductSet;

/**
 * The product's dossier as it stands when entered in a round: the council scores what was filed, so later
 * edits of the product or producer must not reach the entry.
 */
@ApplicationScoped
public class DossierSnapshots {
    private final EntityManager em;

    public DossierSnapshots(EntityManager em) {
        this.em = em;
    }

    public DossierSnapshot of(Product p) {
        Producer producer = p.producer;
        ProductSet set = p.productSet;
        return new DossierSnapshot(p.id, p.name, p.description, p.yearEntered, producer.id, producer.name,
                producer.type.name(), producer.districtCode, producer.communeCode, set.id, set.number, set.name,
                set.legalBasisCode, certifications(p.id, producer.id));
    }

    /**
     * The certifications of the product and its producer. They live in the certification registry, which a
     * deployment may not have yet: without its table the snapshot simply lists none.
     */
    private List<CertificationRef> certifications(long productId, long producerId) {
        Object table = em.createNativeQuery("SELECT CAST(to_regclass('certification') AS text)").getSingleResult();
        if (table == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT type, number, issuer, CAST(issued_on AS text), CAST(expires_on AS text) FROM certification
                WHERE product_id = :product OR producer_id = :producer ORDER BY issued_on, id""")
                .setParameter("product", productId).setParameter("producer", producerId).getResultList();
        return rows.stream().map(r -> new CertificationRef((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                Objects.toString(r[4], null))).toList();
    }
}
