package vn.ocop.registry.procedure;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureLevelView;

/** One level of a procedure: what it checks, whether it scores, what it recognises and when it forwards. */
@Entity
@Table(name = "procedure_level")
public class ProcedureLevel extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "procedure_id", nullable = false)
    public Long procedureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationLevel level;

    @Column(name = "checks_dossier", nullable = false)
    public boolean checksDossier;

    @Column(name = "rates_local_origin", nullable = false)
    public boolean ratesLocalOrigin;

    @Column(nullable = false)
    public boolean scores;

    @Column(name = "forward_min_score")
    public BigDecimal forwardMinScore;

    @Column(name = "min_recognised_stars")
    public Integer minRecognisedStars;

    @Column(name = "max_recognised_stars")
    public Integer maxRecognisedStars;

    public String description;

    /** The levels of the procedure of a legal basis, lowest first; empty when it has no procedure. */
    public static List<ProcedureLevel> ofBasis(String legalBasisCode) {
        return ProcedureLevel.<ProcedureLevel>list("procedureId = (select p.id from EvaluationProcedure p "
                + "where p.legalBasisCode = ?1)", Sort.by("procedureId"), legalBasisCode).stream()
                .sorted((a, b) -> a.level.compareTo(b.level)).toList();
    }

    public ProcedureLevelView rules() {
        return new ProcedureLevelView(level, checksDossier, ratesLocalOrigin, scores, forwardMinScore, minRecognisedStars,
                maxRecognisedStars, description);
    }
}
