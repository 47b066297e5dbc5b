package vn.ocop.registry.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An option (phương án) of a criterion; a score sheet picks one per criterion by id. */
@Entity
@Table(name = "rubric_option")
public class RubricOption extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rubric_option_seq")
    @SequenceGenerator(name = "rubric_option_seq", sequenceName = "rubric_option_seq", allocationSize = 50)
    public Long id;

    @Column(name = "rubric_sheet_id", nullable = false)
    public Long rubricSheetId;

    @Column(name = "criterion_id", nullable = false)
    public Long criterionId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    /** Null only where the source printed no points (flagged by a finding). */
    public Integer points;

    /** The star level this option is the minimum for (the source's *** / **** / ***** marker). */
    @Column(name = "required_for_stars")
    public Integer requiredForStars;

    /** The alternative option set it belongs to (1048 criterion 3.2 "Trường hợp 1/2"). */
    @Column(name = "case_label")
    public String caseLabel;

    public String note;
}
