package vn.ocop.registry.productgroup;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A decision that defines OCOP criteria and procedure (1048/2019, 148/2023, 26/2026...). */
@Entity
@Table(name = "legal_basis")
public class LegalBasis extends PanacheEntityBase {
    @Id
    public String code;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(nullable = false)
    public String title;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    /** PROVINCE_DISTRICT (T-H-STT-year) or PROVINCE_COMMUNE (T-X-STT-year). */
    @Column(name = "product_code_scheme", nullable = false)
    public String productCodeScheme;
}
