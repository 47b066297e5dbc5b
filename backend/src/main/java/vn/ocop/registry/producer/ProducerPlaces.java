package vn.ocop.registry.producer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitPlacement;
import vn.ocop.registry.adminunit.AdminUnitService;
import vn.ocop.registry.adminunit.AdminUnitType;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;

/**
 * Where producers are: the unit versions they were registered in, checked against the map of their registration day,
 * and where they lie today through the successions (batched for a page: two queries, whatever its size).
 */
@ApplicationScoped
public class ProducerPlaces {
    @Inject
    EntityManager em;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    ProvinceClock clock;

    /** The units of a registration: a district (only before 2025-07-01) and a commune of that day. */
    record Registered(AdminUnit district, AdminUnit commune) {
    }

    /**
     * The units a request names, as versions of {@code on}: from 2025-07-01 a commune of the new map and no district
     * (there are none); before, a district-level unit and optionally one of its communes (a commune alone brings its
     * district).
     */
    Registered registered(String districtCode, String communeCode, LocalDate on) {
        AdminUnit district = null;
        if (districtCode != null) {
            district = adminUnits.requireOn(districtCode, on, "districtCode");
            if (!district.type.isDistrictLevel()) {
                throw ProblemException.invalid("districtCode",
                        "must be a district-level unit (CITY, TOWN or DISTRICT), not " + district.type);
            }
        }
        AdminUnit commune = null;
        if (communeCode != null) {
            commune = adminUnits.requireOn(communeCode, on, "communeCode");
            if (!commune.type.isCommuneLevel()) {
                throw ProblemException.invalid("communeCode", "must be a commune, ward or township, not " + commune.type);
            }
            AdminUnit parent = commune.parentId == null ? null : AdminUnit.findById(commune.parentId);
            if (district != null && !district.id.equals(commune.parentId)) {
                throw ProblemException.invalid("communeCode", "must be a commune or ward of unit " + district.code);
            }
            if (district == null && parent != null && parent.type.isDistrictLevel()) {
                district = parent;
            }
        }
        if (district == null && commune == null) {
            throw ProblemException.invalid("communeCode", "is required: the commune or ward of the producer"
                    + (AdminUnit.count("type in ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2)",
                            List.of(AdminUnitType.CITY, AdminUnitType.TOWN, AdminUnitType.DISTRICT), on) > 0
                                    ? " (or, on " + on + ", its district: districtCode)"
                                    : ""));
        }
        return new Registered(district, commune);
    }

    /** The commune each of the units lies in on {@code on}, as a whole; units without one are left out. */
    public Map<Long, AdminUnit> communesOn(Collection<Long> unitIds, LocalDate on) {
        List<Long> ids = unitIds.stream().filter(i -> i != null).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<AdminUnitPlacement> placements = AdminUnitPlacement.list("unitId in ?1 and portion = 'WHOLE' "
                + "and placedType in ?2 and placedFrom <= ?3 and (placedTo is null or placedTo >= ?3)", ids,
                List.of(AdminUnitType.COMMUNE, AdminUnitType.WARD, AdminUnitType.TOWNSHIP), on);
        Map<Long, AdminUnit> units = adminUnits.byIds(placements.stream().map(p -> p.placedId).toList());
        Map<Long, AdminUnit> byUnit = new HashMap<>();
        placements.forEach(p -> byUnit.put(p.unitId, units.get(p.placedId)));
        return byUnit;
    }

    /** Today's commune of each producer's recorded commune. */
    public Map<Long, AdminUnit> communesToday(Collection<Long> communeIds) {
        return communesOn(communeIds, clock.today());
    }

    /** The commune one producer lies in today (null: no commune recorded, or not placed as a whole). */
    public AdminUnit communeToday(Producer p) {
        return p.communeId == null ? null : communesToday(List.of(p.communeId)).getOrDefault(p.communeId, null);
    }

    /** The code of the commune {@code p} lies in today, for scope checks. */
    public String communeTodayCode(Producer p) {
        AdminUnit u = communeToday(p);
        return u == null ? null : u.code;
    }

    public LocalDate today() {
        return clock.today();
    }
}
