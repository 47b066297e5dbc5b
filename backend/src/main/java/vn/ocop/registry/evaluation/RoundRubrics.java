package vn.ocop.registry.evaluation;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.panache.common.Sort;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.productgroup.LegalBasis;
import vn.ocop.registry.rubric.RubricStatus;
import vn.ocop.registry.rubric.RubricVersion;

/**
 * The rubric version a round scores on: PUBLISHED, of the basis whose sheets its legal basis uses
 * ({@link LegalBasis#criteriaBasisCode}: 1489 scores on 148's sheets) and in effect on the round's opening day.
 */
final class RoundRubrics {
    private RoundRubrics() {
    }

    /** The version named, or the latest one in effect on {@code opensOn}; null with an error on rubricVersionId. */
    static RubricVersion version(LegalBasis basis, Long requested, LocalDate opensOn, List<Problem.FieldError> errors) {
        String sheetsOf = basis.criteriaBasisCode;
        if (requested == null) {
            RubricVersion latest = RubricVersion.<RubricVersion>find("legalBasisCode = ?1 and status = ?2 and "
                    + "effectiveFrom <= ?3 and (effectiveTo is null or effectiveTo >= ?3)",
                    Sort.descending("effectiveFrom").and("id", Sort.Direction.Descending), sheetsOf,
                    RubricStatus.PUBLISHED, opensOn).firstResult();
            if (latest == null) {
                errors.add(new Problem.FieldError("rubricVersionId", "no PUBLISHED rubric version of " + sheetsOf
                        + " is in effect on " + opensOn + "; publish one or name one"));
            }
            return latest;
        }
        RubricVersion version = RubricVersion.findById(requested);
        String problem = null;
        if (version == null) {
            problem = "no rubric version " + requested;
        } else if (version.status != RubricStatus.PUBLISHED) {
            problem = "rubric version " + version.id + " is a " + version.status + "; rounds score on PUBLISHED versions";
        } else if (!version.legalBasisCode.equals(sheetsOf)) {
            problem = "rubric version " + version.id + " belongs to " + version.legalBasisCode + "; a round under "
                    + basis.code + " scores on a version of " + sheetsOf;
        } else if (version.effectiveFrom.isAfter(opensOn)
                || version.effectiveTo != null && version.effectiveTo.isBefore(opensOn)) {
            problem = "rubric version " + version.id + " is in effect " + version.effectiveFrom + " – "
                    + (version.effectiveTo == null ? "" : version.effectiveTo) + ", not on " + opensOn;
        }
        if (problem != null) {
            errors.add(new Problem.FieldError("rubricVersionId", problem));
            return null;
        }
        return version;
    }
}
