package vn.ocop.registry.procedure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

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
}
