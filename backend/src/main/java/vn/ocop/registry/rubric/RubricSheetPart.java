package vn.ocop.registry.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A part (A, B, C) as printed on a sheet, with the maximum the sheet declares for it. */
@Entity
@Table(name = "rubric_sheet_part")
public class RubricSheetPart extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rubric_sheet_part_seq")
    @SequenceGenerator(name = "rubric_sheet_part_seq", sequenceName = "rubric_sheet_part_seq", allocationSize = 50)
    public Long id;

    @Column(name = "rubric_sheet_id", nullable = false)
    public Long rubricSheetId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(name = "max_points", nullable = false)
    public int maxPoints;

    @Column(nullable = false)
    public int position;
}
