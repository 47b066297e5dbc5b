#!/usr/bin/env python3
"""Generates the Flyway data migration of the admin units of 2025 from tools/data/admin-units-2025/ (a copy of
shared/data/admin-units-2025, whose README gives the sources and checks).

Run when that data changes:
  python3 tools/gen_admin_units.py > backend/src/main/resources/db/migration/V91__admin_units_2025.sql

What it loads (V2 already holds Tỉnh Trà Vinh 84 and its nine district-level units, valid to 2025-06-30):
- Trà Vinh's communes before the reform under their districts: the 104 of 2025, each valid from its district's
  start (the lists are confirmed back to 2021 only; earlier changes are not known to the data), Phường 2 and 6 of
  TP Trà Vinh until 2024-12-31 and Phường 3 in two versions (before and after it took them in on 2025-01-01);
- the other two provinces that formed the new Vĩnh Long, Bến Tre (83) and the old Vĩnh Long (86), with the
  districts and communes the conversion table names, known as of the GSO list of 2025-01-04 (loaded from
  2025-01-01 to 2025-06-30: their earlier history is not in the data);
- the new Tỉnh Vĩnh Long (86 again, from 2025-07-01) and its 124 communes and wards directly under it;
- the successions: each old commune into its new one (WHOLE, or PART for the five split ones), each old district
  into the new communes its communes went to (PART unless it went into one), the three provinces into the new one,
  and Phường 2, 6 and the first Phường 3 into the second Phường 3 on 2025-01-01.
"""
import json
import pathlib
from datetime import date, timedelta

DATA = pathlib.Path(__file__).resolve().parent / "data" / "admin-units-2025"
REFORM = date(2025, 7, 1)
LAST_OLD = REFORM - timedelta(days=1)
TV_WARD_MERGER = date(2025, 1, 1)
OLD_KNOWN_FROM = date(2025, 1, 1)
# V2's district-level units of Trà Vinh: their start dates, the start of their communes here.
TV_DISTRICT_FROM = {"842": "2010-03-04", "851": "2015-05-15"}
TV_DEFAULT_FROM = "1992-05-01"
OLD_TYPES = {"xã": "COMMUNE", "phường": "WARD", "thị trấn": "TOWNSHIP"}
NEW_TYPES = {"XA": "COMMUNE", "PHUONG": "WARD"}


def q(s):
    return "NULL" if s is None else "'" + str(s).replace("'", "''") + "'"


def district_type(name):
    if name.startswith("Thành phố"):
        return "CITY"
    if name.lower().startswith("thị xã"):
        return "TOWN"
    return "DISTRICT"


def main():
    tv = json.loads((DATA / "admin-units-travinh-communes-pre2025.json").read_text(encoding="utf-8"))
    vl = json.loads((DATA / "admin-units-vinhlong-2025.json").read_text(encoding="utf-8"))
    units = []  # (code, name, type, parent_code, valid_from, valid_to)
    links = []  # (pred_code, pred_valid_to, succ_code, succ_valid_from, portion)

    # Trà Vinh before the reform.
    for c in tv["communes"]:
        start = TV_DISTRICT_FROM.get(c["districtCode"], TV_DEFAULT_FROM)
        if c["code"] == "29242":  # Phường 3: enlarged on 2025-01-01
            units.append((c["code"], c["fullName"], OLD_TYPES[c["type"]], c["districtCode"], start,
                          str(TV_WARD_MERGER - timedelta(days=1))))
            units.append((c["code"], c["fullName"], OLD_TYPES[c["type"]], c["districtCode"], str(TV_WARD_MERGER),
                          str(LAST_OLD)))
            links.append((c["code"], str(TV_WARD_MERGER - timedelta(days=1)), c["code"], str(TV_WARD_MERGER), "WHOLE"))
        else:
            units.append((c["code"], c["fullName"], OLD_TYPES[c["type"]], c["districtCode"], start, str(LAST_OLD)))
    for c in tv["unitsRetiredBefore2025"]:
        start = TV_DISTRICT_FROM.get(c["districtCode"], TV_DEFAULT_FROM)
        units.append((c["code"], c["fullName"], OLD_TYPES[c["type"]], c["districtCode"], start, c["validUntil"]))
        links.append((c["code"], c["validUntil"], c["mergedInto"]["code"], c["mergedInto"]["from"], "WHOLE"))

    # Bến Tre and the old Vĩnh Long: provinces, districts and communes as the conversion table names them.
    units.append(("83", "Tỉnh Bến Tre", "PROVINCE", None, "1976-02-20", str(LAST_OLD)))
    units.append(("86", "Tỉnh Vĩnh Long", "PROVINCE", None, "1992-05-01", str(LAST_OLD)))
    districts, seen = {}, set()
    for n in vl["communes"]:
        for f in n["formedFrom"]:
            if f["oldProvinceCode"] == "84":
                continue
            districts.setdefault(f["oldDistrictCode"], (" ".join(f["oldDistrictName"].split()), f["oldProvinceCode"]))
            if f["oldCode"] not in seen:
                seen.add(f["oldCode"])
                units.append((f["oldCode"], f["oldName"], OLD_TYPES[f["oldType"]], f["oldDistrictCode"],
                              str(OLD_KNOWN_FROM), str(LAST_OLD)))
    for code, (name, province) in sorted(districts.items()):
        units.append((code, name, district_type(name), province, str(OLD_KNOWN_FROM), str(LAST_OLD)))

    # The new province and its communes.
    units.append(("86", "Tỉnh Vĩnh Long", "PROVINCE", None, str(REFORM), None))
    for p in ("83", "84", "86"):
        links.append((p, str(LAST_OLD), "86", str(REFORM), "WHOLE"))
    district_links = {}
    for n in vl["communes"]:
        units.append((n["code"], n["fullName"], NEW_TYPES[n["type"]], "86", str(REFORM), None))
        for f in n["formedFrom"]:
            links.append((f["oldCode"], str(LAST_OLD), n["code"], str(REFORM),
                          "PART" if f["portion"] == "part" else "WHOLE"))
            district_links.setdefault(f["oldDistrictCode"], set()).add(n["code"])
    for d, news in sorted(district_links.items()):
        for n in sorted(news):
            links.append((d, str(LAST_OLD), n, str(REFORM), "WHOLE" if len(news) == 1 else "PART"))

    order = {"PROVINCE": 0, "CITY": 1, "TOWN": 1, "DISTRICT": 1}
    units.sort(key=lambda u: (order.get(u[2], 2), u[4], u[0]))
    out = ["-- Generated by tools/gen_admin_units.py from tools/data/admin-units-2025 (a copy of",
           "-- shared/data/admin-units-2025; sources and checks in its README). Do not edit; re-run the generator.",
           "-- Trà Vinh's communes before the reform, Bến Tre (83) and the old Vĩnh Long (86) as the conversion table",
           "-- names them, the new Tỉnh Vĩnh Long (86 from 2025-07-01) with its 124 communes, and the successions.",
           "-- Provinces, then districts, then communes: each under the version of its parent valid on its first day."]
    for level in (0, 1, 2):
        batch = [u for u in units if order.get(u[2], 2) == level]
        out.append("INSERT INTO admin_unit (id, code, name, type, parent_code, parent_id, valid_from, valid_to, "
                   "created_at, updated_at)")
        out.append("SELECT nextval('admin_unit_seq'), v.code, v.name, v.type, v.parent,")
        out.append("       (SELECT p.id FROM admin_unit p WHERE p.code = v.parent AND p.valid_from <= v.valid_from::date")
        out.append("            AND (p.valid_to IS NULL OR p.valid_to >= v.valid_from::date)),")
        out.append("       v.valid_from::date, v.valid_to::date, now(), now()")
        out.append("FROM (VALUES")
        out.append(",\n".join(f"    ({q(c)}, {q(n)}, {q(t)}, {q(p)}, {q(f)}, {q(to)})" for c, n, t, p, f, to in batch))
        out.append(") AS v(code, name, type, parent, valid_from, valid_to);")
        out.append("")
    out.append("INSERT INTO admin_unit_succession (predecessor_id, successor_id, effective_on, portion)")
    out.append("SELECT p.id, s.id, v.succ_from::date, v.portion")
    out.append("FROM (VALUES")
    out.append(",\n".join(f"    ({q(a)}, {q(b)}, {q(c)}, {q(d)}, {q(e)})" for a, b, c, d, e in links))
    out.append(") AS v(pred, pred_to, succ, succ_from, portion)")
    out.append("JOIN admin_unit p ON p.code = v.pred AND p.valid_to = v.pred_to::date")
    out.append("JOIN admin_unit s ON s.code = v.succ AND s.valid_from = v.succ_from::date;")
    out.append(f"""
DO $$ BEGIN
    IF (SELECT count(*) FROM admin_unit_succession) <> {len(links)} THEN
        RAISE EXCEPTION 'a succession names a unit version that is not loaded';
    END IF;
END $$;

SELECT admin_unit_placement_refresh();""")
    print("\n".join(out))


if __name__ == "__main__":
    main()
