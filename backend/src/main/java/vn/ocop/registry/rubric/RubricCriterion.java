package vn.ocop.registry.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A criterion (tiêu chí) of a sheet; score sheets of evaluations reference it by id. */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rubric_criterion_seq")
    @SequenceGenerator(name = "rubric_criterion_seq", sequenceName = "rubric_criterion_seq", allocationSize = 50)
    public Long id;

    @Column(name = "rubric_sheet_id", nullable = false)
    public Long rubricSheetId;

    @Column(name = "part_id", nullable = false)
    public Long partId;

    @Column(nullable = false)
    public String code;

    @Column(name = "source_number")
    public String sourceNumber;

    @Column(name = "group_name")
    public String groupName;

    @Column(name = "group_max_points")
    public Integer groupMaxPoints;

    /** The sub-group a nested criterion belongs to (tea, coffee: "6.1 Ngoại hình") and its printed total. */
    public String subgroup;

    @Column(name = "subgroup_max_points")
    public Integer subgroupMaxPoints;

    @Column(nullable = false)
    public String text;

    @Column(name = "max_points", nullable = false)
    public int maxPoints;

    /** Points this criterion must reach for a 3★ ranking (148, 26/2026); null: no minimum. */
    @Column(name = "star3_min_points")
    public Integer star3MinPoints;

    @Column(name = "star4_min_points")
    public Integer star4MinPoints;

    @Column(name = "star5_min_points")
    public Integer star5MinPoints;

    /** The source's notes, one per line. */
    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "scoring_rule", nullable = false)
    public ScoringRule scoringRule = ScoringRule.ONE_OPTION;

    @Column(nullable = false)
    public int position;
}
