package vn.ocop.registry.productgroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProblemTypes;
import vn.ocop.registry.common.ProvinceClock;

/**
 * Which legal basis governs a day on the province's calendar, from the data on the legal bases: each is in force
 * from {@code inForceFrom} to {@code inForceTo} (both inclusive), and the periods never overlap (the database
 * excludes it). 1048 from 2019-08-21 to 2023-02-23, 148 as issued to 2025-07-05, 148 as amended by 1489 to
 * 2026-07-20, 26/2026 from 2026-07-21.
 */
@ApplicationScoped
public class LegalBases {
    @Inject
    ProvinceClock clock;

    /** The basis in force on {@code day}; empty before the first one (1048, 2019-08-21). */
    @Transactional
    public Optional<LegalBasis> inForceOn(LocalDate day) {
        return LegalBasis.<LegalBasis>find("inForceFrom <= ?1 and (inForceTo is null or inForceTo >= ?1)", day)
                .firstResultOptional();
    }

    /** The basis in force on {@code day}, today when null; 404 when none was. */
    @Transactional
    public LegalBasis requireInForceOn(LocalDate day) {
        LocalDate on = day == null ? clock.today() : day;
        return inForceOn(on).orElseThrow(() -> new ProblemException(404, ProblemTypes.NOT_FOUND, "Not found",
                "No legal basis of the OCOP programme was in force on " + on
                        + "; the first, 1048/QĐ-TTg, applies from 2019-08-21",
                null));
    }

    /**
     * The basis that governs new work begun on {@code day} (a round opening, a paper decision): the one in force. A
     * null {@code requested} takes it; naming another is a 400 on {@code field} that names the one in force.
     */
    @Transactional
    public LegalBasis requireGoverning(String requested, LocalDate day, String dayField, String field, String what) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LegalBasis basis = governing(requested, day, dayField, field, what, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return basis;
    }

    /** As {@link #requireGoverning}, adding the refusal to {@code errors} and returning null instead of throwing. */
    @Transactional
    public LegalBasis governing(String requested, LocalDate day, String dayField, String field, String what,
            List<Problem.FieldError> errors) {
        LegalBasis inForce = inForceOn(day).orElse(null);
        if (inForce == null) {
            errors.add(new Problem.FieldError(dayField, "no legal basis of the OCOP programme was in force on " + day
                    + "; the first, 1048/QĐ-TTg, applies from 2019-08-21"));
            return null;
        }
        if (requested != null && !requested.isBlank() && !requested.trim().equals(inForce.code)) {
            String code = requested.trim();
            LegalBasis other = LegalBasis.findById(code);
            String follows = "; " + what + " on " + day + " follows " + inForce.code + ", " + inForce.describe();
            if (other == null) {
                errors.add(new Problem.FieldError(field, "unknown legal basis " + code + follows));
            } else if (day.isBefore(other.inForceFrom)) {
                // the day is too early for the basis named: the day is what is wrong
                errors.add(new Problem.FieldError(dayField, "is before " + other.decisionNumber + " took effect ("
                        + other.inForceFrom + ")" + follows));
            } else {
                errors.add(new Problem.FieldError(field, code + " is no longer in force on " + day + " (it was until "
                        + other.inForceTo + ")" + follows));
            }
            return null;
        }
        return inForce;
    }
}
