package vn.ocop.registry.productgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The set of the next decision that a product set became (1048 #13 → 148 #12, 148 #12 → 26/2026 #12); seeded reference
 * data (V111), read only. A set without a row has no successor (1048 #21, medical devices).
 */
@Entity
@Table(name = "product_set_succession")
public class ProductSetSuccession extends PanacheEntityBase {
    @Id
    @Column(name = "from_set_id")
    public Long fromSetId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_set_id", insertable = false, updatable = false)
    public ProductSet from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_set_id", insertable = false, updatable = false)
    public ProductSet to;

    public String note;
}
