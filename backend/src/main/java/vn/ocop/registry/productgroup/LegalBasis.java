package vn.ocop.registry.productgroup;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A decision that defines OCOP criteria and procedure (1048/2019, 148/2023, 148 as amended by 1489/2025, 26/2026),
 * with the period in which it is the basis in force ({@link LegalBases#inForceOn}).
 */
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

    /** The first day on which it is the basis new rounds and paper decisions follow. */
    @Column(name = "in_force_from", nullable = false)
    public LocalDate inForceFrom;

    /** Its last day as that basis (148 as issued: 2025-07-05, before 1489 amended it); null while in force. */
    @Column(name = "in_force_to")
    public LocalDate inForceTo;

    /** The basis it amends (1489 amends 148), or null. */
    @Column(name = "amends_code")
    public String amendsCode;

    /** The basis whose product sets and score sheets it uses: itself, or the basis it amends (1489 uses 148's). */
    @Column(name = "criteria_basis_code", nullable = false)
    public String criteriaBasisCode;

    /** PROVINCE_DISTRICT (T-H-STT-year) or PROVINCE_COMMUNE (T-X-STT-year). */
    @Column(name = "product_code_scheme", nullable = false)
    public String productCodeScheme;

    public boolean isInForceOn(LocalDate day) {
        return !inForceFrom.isAfter(day) && (inForceTo == null || !inForceTo.isBefore(day));
    }

    /** "26/2026/QĐ-TTg (in force from 2026-07-21)" or "1489/QĐ-TTg (in force 2025-07-06 – 2026-07-20)". */
    public String describe() {
        return decisionNumber + (inForceTo == null
                ? " (in force from " + inForceFrom + ")"
                : " (in force " + inForceFrom + " – " + inForceTo + ")");
    }
}
