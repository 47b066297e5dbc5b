package vn.ocop.registry.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.ocop.registry.changefeed.ChangeFeedListener;
import vn.ocop.registry.changefeed.ChangeResourceType;
import vn.ocop.registry.changefeed.ChangeSubject;
import vn.ocop.registry.changefeed.ChangeTracked;
import vn.ocop.registry.common.AuditedEntity;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.productgroup.ProductSet;

/** A product entered in the OCOP programme. Its district is its producer's. */
@Entity
@EntityListeners(ChangeFeedListener.class)
@Table(name = "product")
public class Product extends AuditedEntity implements ChangeTracked {
    /** The entity type of products' audit trail (their history). */
    public static final String AUDIT_TYPE = "Product";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    public Producer producer;

    @Column(nullable = false)
    public String name;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_set_id")
    public ProductSet productSet;

    @Column(name = "year_entered", nullable = false)
    public int yearEntered;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductStatus status;

    @Override
    public ChangeSubject changeSubject() {
        return ChangeSubject.ofProducer(ChangeResourceType.PRODUCT, producer.id, null);
    }
}
