package vn.ocop.registry.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.ocop.registry.common.AuditedEntity;

/** A trading partner (distributor, supermarket chain, retailer...) in the province-wide directory. */
@Entity
@Table(name = "partner")
public class Partner extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
    @SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerType type;

    @Column(nullable = false)
    public String name;

    @Column(name = "tax_code")
    public String taxCode;

    public String address;

    @Column(name = "contact_person")
    public String contactPerson;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;
}
