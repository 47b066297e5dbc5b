package vn.ocop.registry.certification;

import java.time.LocalDate;

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
import vn.ocop.registry.product.Product;

/**
 * A certification held by a product, or by a producer for facility-level ones (food safety,
 * VietGAP...): exactly one of {@link #product} and {@link #producer}. Its status is derived
 * from {@link #expiresOn} by {@link CertificationStatus}.
 */
@Entity
@EntityListeners(ChangeFeedListener.class)
@Table(name = "certification")
public class Certification extends AuditedEntity implements ChangeTracked {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_seq")
    @SequenceGenerator(name = "certification_seq", sequenceName = "certification_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    public Product product;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "producer_id")
    public Producer producer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificationType type;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String issuer;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    /** The producer that holds it: the product's, or the facility-level owner. */
    public Producer holder() {
        return product != null ? product.producer : producer;
    }

    @Override
    public ChangeSubject changeSubject() {
        return ChangeSubject.ofProducer(ChangeResourceType.CERTIFICATION, producer == null ? null : producer.id,
                product == null ? null : product.id);
    }
}
