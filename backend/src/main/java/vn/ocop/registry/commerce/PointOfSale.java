package vn.ocop.registry.commerce;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.ocop.registry.common.AuditedEntity;

/** A shop, counter or online store selling OCOP products, located in (and owned by) a district. */
@Entity
@Table(name = "point_of_sale")
public class PointOfSale extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "point_of_sale_seq")
    @SequenceGenerator(name = "point_of_sale_seq", sequenceName = "point_of_sale_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PointOfSaleKind kind;

    public String address;

    @Column(name = "admin_unit_code", nullable = false)
    public String adminUnitCode;

    public String operator;

    /** Products of any district may be offered. */
    @ElementCollection
    @CollectionTable(name = "point_of_sale_product", joinColumns = @JoinColumn(name = "point_of_sale_id"))
    @Column(name = "product_id", nullable = false)
    public Set<Long> productIds = new LinkedHashSet<>();
}
