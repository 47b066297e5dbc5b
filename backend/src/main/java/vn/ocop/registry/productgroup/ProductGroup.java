package vn.ocop.registry.productgroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A product group (ngành/nhóm) of one legal basis; {@code code} is stable across decisions. */
@Entity
@Table(name = "product_group")
public class ProductGroup extends PanacheEntityBase {
    @Id
    public Long id;

    @Column(name = "legal_basis_code", nullable = false)
    public String legalBasisCode;

    /** The group codes the schema allows (TEXTILE only under 1048, ORNAMENTAL since 148). */
    public static final java.util.List<String> CODES = java.util.List.of("FOOD", "BEVERAGE", "HERBAL", "HANDICRAFT", "TEXTILE",
            "ORNAMENTAL", "TOURISM");

    /** FOOD, BEVERAGE, HERBAL, HANDICRAFT, TEXTILE, ORNAMENTAL or TOURISM. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int position;
}
