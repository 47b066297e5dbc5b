package vn.ocop.registry.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.UnitVersions;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.common.UnitScope.Confinement;
import vn.ocop.registry.common.UnitScope.Level;

/**
 * Which unit version a report covers. A code means the version valid on {@code unitAsOf} when the caller gives one;
 * otherwise the version of the report year's last day, else the latest that began before it, else the first (845 for
 * 2026 is the district that ended on 2025-06-30; 86 for 2019 is the smaller Vĩnh Long of then, for 2026 the new one).
 * Confined callers get their own unit: a district officer or council member the district named by their claim, a
 * commune officer their commune of today; another unit is a 403.
 */
@ApplicationScoped
public class ReportUnits {
    /** Codes are short digit strings; anything else is refused before it reaches the database. */
    private static final int MAX_CODE = 10;

    @Inject
    UnitScope scope;
    @Inject
    ProvinceClock clock;

    /** The unit version of the report, or null for everything (province-wide callers asking for no unit). */
    AdminUnit resolve(int year, String requested, LocalDate asOf) {
        String code = requested == null || requested.isBlank() ? null : requested.trim();
        Confinement own = scope.confinement();
        if (own.level() == Level.NONE) {
            return code == null ? null : version(code, asOf, yearEnd(year));
        }
        if (AdminUnit.count("code", own.unit()) == 0) {
            throw ProblemException.forbidden("You have no unit assigned (" + own.unit() + ")");
        }
        if (code != null && !code.equals(own.unit())) {
            throw ProblemException.forbidden("You may only report on your own "
                    + (own.level() == Level.COMMUNE ? "commune" : "district") + " (" + own.unit() + ")");
        }
        if (own.level() == Level.COMMUNE) {
            // A commune officer's unit is a commune of today, whatever the year reported on.
            AdminUnit today = version(own.unit(), clock.today(), clock.today());
            if (asOf != null && !today.isValidOn(asOf)) {
                throw ProblemException.forbidden("You may only report on your own commune of today (" + own.unit() + ")");
            }
            return today;
        }
        return version(own.unit(), asOf, yearEnd(year));
    }

    private static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The version of {@code code} valid on {@code asOf} (exactly), or the one a record of {@code near} would mean. */
    private static AdminUnit version(String code, LocalDate asOf, LocalDate near) {
        List<AdminUnit> versions = code.length() > MAX_CODE ? List.of() : AdminUnit.list("code", code);
        if (versions.isEmpty()) {
            throw ProblemException.invalid("unit", "must be the code of an admin unit (a province, a district of the "
                    + "past or a commune), e.g. 86, 845 or 29308; there is no unit " + abbreviated(code));
        }
        if (asOf != null) {
            return UnitVersions.on(versions, AdminUnit::validity, asOf).orElseThrow(() -> ProblemException
                    .invalid("unit", "admin unit " + code + " did not exist on " + asOf + " (unitAsOf)"));
        }
        return UnitVersions.nearest(versions, AdminUnit::validity, near).orElseThrow();
    }

    private static String abbreviated(String code) {
        return code.length() > MAX_CODE ? code.substring(0, MAX_CODE) + "…" : code;
    }
}
