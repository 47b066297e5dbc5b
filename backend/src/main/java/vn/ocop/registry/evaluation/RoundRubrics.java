package vn.ocop.registry.evaluation;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.productgroup.LegalBasis;
import vn.ocop.registry.rubric.RubricStatus;
import vn.ocop.registry.rubric.RubricVersion;
import vn.ocop.registry.rubric.RubricVersionChoice;

/**
 * The rubric version a round scores on: PUBLISHED, of the basis whose sheets its legal basis uses
 * ({@link LegalBasis#criteriaBasisCode}: 1489 scores on 148's sheets) and in effect on the round's opening day.
 */
@ApplicationScoped
class RoundRubrics {
    @Inject
    RubricVersionChoice choice;

    /**
     * The version named, or the one {@link RubricVersionChoice} has in force on {@code opensOn}; null with an error on
     * rubricVersionId.
     */
    RubricVersion version(LegalBasis basis, Long requested, LocalDate opensOn, List<Problem.FieldError> errors) {
        String sheetsOf = basis.criteriaBasisCode;
        if (requested == null) {
            RubricVersion latest = choice.inForce(sheetsOf, opensOn).orElse(null);
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
