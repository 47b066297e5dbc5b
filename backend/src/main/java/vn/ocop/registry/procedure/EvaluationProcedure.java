package vn.ocop.registry.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ocop.registry.common.AuditedEntity;

/** The evaluation procedure of one legal basis (seeded with the legal bases; the office edits it). */
@Entity
@Table(name = "evaluation_procedure")
public class EvaluationProcedure extends AuditedEntity {
    @Id
    public Long id;

    @Column(name = "legal_basis_code", nullable = false)
    public String legalBasisCode;

    @Column(nullable = false)
    public String name;

    public String description;
}
