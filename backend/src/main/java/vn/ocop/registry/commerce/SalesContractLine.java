package vn.ocop.registry.commerce;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One product sold under a contract: how much, in which unit, at what price. */
@Entity
@Table(name = "sales_contract_line")
public class SalesContractLine extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_contract_line_seq")
    @SequenceGenerator(name = "sales_contract_line_seq", sequenceName = "sales_contract_line_seq", allocationSize = 50)
    public Long id;

    @Column(name = "contract_id", nullable = false)
    public Long contractId;

    @Column(nullable = false)
    public int position;

    @Column(name = "product_id", nullable = false)
    public Long productId;

    @Column(nullable = false, precision = 14, scale = 3)
    public BigDecimal quantity;

    @Column(nullable = false)
    public String unit;

    @Column(name = "unit_price_vnd")
    public Long unitPriceVnd;
}
