package vn.ocop.registry.productgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A product set (bộ sản phẩm) of one legal basis: the unit that has its own score sheet. */
@Entity
@Table(name = "product_set")
public class ProductSet extends PanacheEntityBase {
    @Id
    public Long id;

    @Column(name = "legal_basis_code", nullable = false)
    public String legalBasisCode;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public ProductGroup group;

    @Column(name = "subgroup_family")
    public String subgroupFamily;

    public String subgroup;

    @Column(name = "managing_ministry")
    public String managingMinistry;
}
