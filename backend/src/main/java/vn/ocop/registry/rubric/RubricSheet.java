package vn.ocop.registry.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.ocop.registry.common.AuditedEntity;

/** The score sheet (phiếu đánh giá) of one product set within a rubric version. */
@Entity
@Table(name = "rubric_sheet")
public class RubricSheet extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rubric_sheet_seq")
    @SequenceGenerator(name = "rubric_sheet_seq", sequenceName = "rubric_sheet_seq", allocationSize = 50)
    public Long id;

    @Column(name = "rubric_version_id", nullable = false)
    public Long rubricVersionId;

    @Column(name = "product_set_id", nullable = false)
    public Long productSetId;

    /** The product set's number within its legal basis (1–26). */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String name;

    public String industry;

    @Column(name = "group_name")
    public String groupName;

    @Column(name = "managing_ministry")
    public String managingMinistry;
}
