#!/usr/bin/env python3
"""Generates the national dataset (issue 15) as a psql script of COPY blocks, deterministically from a seed.

    scripts/dataset.py --ref DIR [--seed N] [--scale F] > data.sql

DIR holds the reference rows of a freshly migrated database (scripts/dataset.sh dumps them: the admin units of
the migrations, product sets, rubric versions and sheets with their criteria and options): the generated rows refer
to them by id, so the same seed on the same migrations gives the same bytes. At scale 1: the 2025 map (34 provinces,
3,321 communes) and the map before 2025-07-01 (63 provinces, their districts and communes) with the successions,
8,000 producers, 17,000 products, certifications, partners and sales contracts, evaluation rounds of 2019–2026 under
the three decisions with councils, entries, score sheets and their choices, results, recognition decisions and
OCOP certificates. Python 3 standard library only.
"""
import argparse
import csv
import datetime as dt
import os
import random
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dataset_names as N  # noqa: E402

DAY = dt.date
OLD_MAP_END = DAY(2025, 6, 30)
NEW_MAP_START = DAY(2025, 7, 1)
OLD_FROM = DAY(2008, 8, 1)
ACTOR = "system/dataset"
# Ids of generated rows start here (the migrations' own rows are far below); scripts/dataset.sh moves the
# sequences past them.
ID_BASE = 1_000_000


def tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [[None if v == "\\N" else v for v in row] for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]


def esc(v):
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    s = str(v)
    if "\\" in s or "\t" in s or "\n" in s:
        s = s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
    return s


class Out:
    """Writes COPY blocks; counts rows per table."""

    def __init__(self, f):
        self.f = f
        self.counts = {}

    def copy(self, table, columns, rows):
        w = self.f.write
        w(f"COPY {table} ({', '.join(columns)}) FROM STDIN;\n")
        n = 0
        for r in rows:
            w("\t".join(map(esc, r)))
            w("\n")
            n += 1
        w("\\.\n")
        self.counts[table] = self.counts.get(table, 0) + n


def ts(d, rng, hour_from=8, hour_to=17):
    """A timestamp on day d, office hours in Viet Nam (UTC+7), as text."""
    h = rng.randrange(hour_from, hour_to)
    return f"{d.isoformat()} {h:02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}+07"


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def date_between(rng, a, b):
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


class Ids:
    def __init__(self):
        self.next = defaultdict(lambda: ID_BASE)

    def __call__(self, table):
        self.next[table] += 1
        return self.next[table]


def person(rng, female=None):
    if female is None:
        female = rng.random() < 0.45
    family = weighted(rng, N.FAMILY_NAMES)
    if female:
        return f"{family} {rng.choice(N.MIDDLE_FEMALE)} {rng.choice(N.GIVEN_FEMALE)}"
    return f"{family} {rng.choice(N.MIDDLE_MALE)} {rng.choice(N.GIVEN_MALE)}"


def place_name(rng):
    a = rng.choice(N.PLACE_FIRST)
    b = rng.choice(N.PLACE_SECOND)
    while b == a:
        b = rng.choice(N.PLACE_SECOND)
    return f"{a} {b}"


def ascii_slug(s):
    import unicodedata
    s = s.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_code(prefix, seq):
    nine = f"{prefix}{seq:07d}"
    check = 10 - sum(int(d) * w for d, w in zip(nine, TAX_WEIGHTS)) % 11
    return None if check == 10 else nine + str(check)


# ------------------------------------------------------------------------------------------------------------------
# The two maps
# ------------------------------------------------------------------------------------------------------------------
class Map:
    """Unit versions: the migrations' (ref) and the generated; each as a dict."""

    def __init__(self, ref_rows):
        self.units = {}          # id -> unit dict
        self.new_rows = []       # generated admin_unit rows (in insert order: parents first)
        self.successions = []    # (pred_id, succ_id, portion)
        for r in ref_rows:
            u = dict(id=int(r[0]), code=r[1], name=r[2], type=r[3], parent_code=r[4],
                     parent_id=int(r[5]) if r[5] else None, valid_from=DAY.fromisoformat(r[6]),
                     valid_to=DAY.fromisoformat(r[7]) if r[7] else None, generated=False)
            self.units[u["id"]] = u
        # The new map's communes per new province code; the old map's communes per new province code.
        self.new_communes = defaultdict(list)
        self.old_communes = defaultdict(list)
        self.new_province = {}

    def add(self, ids, code, name, type_, parent, valid_from, valid_to):
        u = dict(id=ids("admin_unit"), code=code, name=name, type=type_,
                 parent_code=parent["code"] if parent else None, parent_id=parent["id"] if parent else None,
                 valid_from=valid_from, valid_to=valid_to, generated=True)
        self.units[u["id"]] = u
        self.new_rows.append(u)
        return u

    def by_code_on(self, code, day):
        for u in self.units.values():
            if u["code"] == code and u["valid_from"] <= day and (u["valid_to"] is None or u["valid_to"] >= day):
                return u
        return None


def build_map(rng, ref_units, ids):
    m = Map(ref_units)
    # Vĩnh Long (86) of today and Trà Vinh's communes before the reform come from the migrations.
    vl = m.by_code_on("86", NEW_MAP_START)
    m.new_province["86"] = vl
    for u in m.units.values():
        if u["parent_id"] == vl["id"] and u["type"] in ("COMMUNE", "WARD"):
            m.new_communes["86"].append(u)
        parent = m.units.get(u["parent_id"]) if u["parent_id"] else None
        if (u["type"] in ("COMMUNE", "WARD", "TOWNSHIP") and parent and parent["parent_code"] == "84"
                and u["valid_to"] == OLD_MAP_END):
            m.old_communes["86"].append(u)
    m.new_communes["86"].sort(key=lambda u: u["id"])
    m.old_communes["86"].sort(key=lambda u: u["id"])

    # Which old communes each new commune is made of: new province -> list of (old province, [k old communes]).
    plan = []
    for code, name, n_communes, olds in N.PROVINCES_2025:
        if code == "86":
            continue
        communes = []
        for i in range(n_communes):
            k = weighted(rng, [(1, 12), (2, 24), (3, 32), (4, 20), (5, 12)])
            communes.append((rng.choice(olds), k))
        plan.append((code, name, olds, communes))

    # Old provinces, their districts and communes, codes in province order (as GSO numbers them).
    old_prov = {}
    for code, name, _, olds in N.PROVINCES_2025:
        if code == "86":
            continue
        unchanged = olds == [code]
        for oc in olds:
            oname = N.PROVINCES_OLD[oc][0]
            old_prov[oc] = m.add(ids, oc, oname, "PROVINCE", None, DAY(1997, 1, 1),
                                 None if unchanged else OLD_MAP_END)
        m.new_province[code] = old_prov[code] if unchanged else m.add(ids, code, name, "PROVINCE", None,
                                                                      NEW_MAP_START, None)
        if not unchanged:
            for oc in olds:
                m.successions.append((old_prov[oc]["id"], m.new_province[code]["id"], "WHOLE"))

    # Old communes per old province, in plan order.
    per_old = defaultdict(list)   # old province code -> list of (new province code, new commune index)
    for code, _, _, communes in plan:
        for i, (oc, k) in enumerate(communes):
            per_old[oc].extend([(code, i)] * k)
    district_cursor = 1
    commune_cursor = 1
    taken_district = {u["code"] for u in m.units.values() if u["type"] in ("CITY", "TOWN", "DISTRICT")}
    taken_commune = {u["code"] for u in m.units.values() if u["type"] in ("COMMUNE", "WARD", "TOWNSHIP")}
    old_of_new = defaultdict(list)  # (new code, index) -> old commune units
    for oc in sorted(per_old):
        members = per_old[oc]
        rng.shuffle(members)
        n_d = max(4, round(len(members) / 15))
        if oc in ("92", "93") or oc > "86":
            district_cursor = max(district_cursor, 864)
            commune_cursor = max(commune_cursor, 30001)
        districts = []
        used = set()
        for j in range(n_d):
            while f"{district_cursor:03d}" in taken_district:
                district_cursor += 1
            dcode = f"{district_cursor:03d}"
            district_cursor += 1
            if j == 0:
                dtype, dname = "CITY", "Thành phố " + N.PROVINCES_OLD[oc][1]
            elif j == 1 and n_d > 6:
                dtype, dname = "TOWN", "Thị xã " + place_name(rng)
            else:
                nm = place_name(rng)
                while nm in used:
                    nm = place_name(rng)
                used.add(nm)
                dtype, dname = "DISTRICT", "Huyện " + nm
            districts.append(m.add(ids, dcode, dname, dtype, old_prov[oc], OLD_FROM, OLD_MAP_END))
        per_district = defaultdict(list)
        for idx, member in enumerate(members):
            per_district[idx % n_d].append(member)
        for j, d in enumerate(districts):
            names = set()
            for ci, (ncode, ni) in enumerate(sorted(per_district[j])):
                if d["type"] == "CITY" or (d["type"] == "TOWN" and ci % 2 == 0):
                    ctype, prefix = "WARD", "Phường"
                elif ci == 0:
                    ctype, prefix = "TOWNSHIP", "Thị trấn"
                else:
                    ctype, prefix = "COMMUNE", "Xã"
                nm = place_name(rng)
                while nm in names:
                    nm = place_name(rng)
                names.add(nm)
                while f"{commune_cursor:05d}" in taken_commune:
                    commune_cursor += 1
                c = m.add(ids, f"{commune_cursor:05d}", f"{prefix} {nm}", ctype, d, OLD_FROM, OLD_MAP_END)
                commune_cursor += 3 if commune_cursor < 28000 or oc > "86" else 1
                old_of_new[(ncode, ni)].append(c)
                m.old_communes[ncode].append(c)

    # The new communes: each takes the code of its first predecessor; its predecessors go into it whole, their
    # districts in part.
    for code, name, olds, communes in plan:
        province = m.new_province[code]
        names = set()
        for i in range(len(communes)):
            preds = old_of_new[(code, i)]
            first = preds[0]
            ctype = "WARD" if first["type"] == "WARD" else "COMMUNE"
            base = base_name(first)
            while base in names:
                base = place_name(rng)
            names.add(base)
            c = m.add(ids, first["code"], ("Phường " if ctype == "WARD" else "Xã ") + base, ctype, province,
                      NEW_MAP_START, None)
            m.new_communes[code].append(c)
            districts = []
            for p in preds:
                m.successions.append((p["id"], c["id"], "WHOLE"))
                if p["parent_id"] not in districts:
                    districts.append(p["parent_id"])
            for did in districts:
                m.successions.append((did, c["id"], "PART"))
    return m


def emit_map(out, m, rng):
    out.copy("admin_unit", ["id", "code", "name", "type", "parent_code", "parent_id", "valid_from", "valid_to",
                            "created_at", "updated_at"],
             ([u["id"], u["code"], u["name"], u["type"], u["parent_code"], u["parent_id"], u["valid_from"],
               u["valid_to"], "2026-01-05 08:00:00+07", "2026-01-05 08:00:00+07"] for u in m.new_rows))
    out.copy("admin_unit_succession", ["predecessor_id", "successor_id", "effective_on", "portion"],
             ([p, s, NEW_MAP_START, portion] for p, s, portion in m.successions))


# ------------------------------------------------------------------------------------------------------------------
# Producers and products
# ------------------------------------------------------------------------------------------------------------------
def registration_day(rng):
    # Most producers joined in the programme's first years; a few every year since.
    year = weighted(rng, [(2019, 24), (2020, 18), (2021, 14), (2022, 12), (2023, 11), (2024, 9), (2025, 7), (2026, 5)])
    d = date_between(rng, DAY(year, 1, 2), DAY(year, 12, 28) if year < 2026 else DAY(2026, 10, 30))
    return d


def build_producers(rng, m, n, ids):
    provinces = [(code, count) for code, _, count, _ in N.PROVINCES_2025]
    producers = []
    tax_seq = 0
    for i in range(n):
        pcode = weighted(rng, provinces)
        reg = registration_day(rng)
        if reg <= OLD_MAP_END:
            olds = [c for c in m.old_communes[pcode] if c["valid_from"] <= reg]
            commune = rng.choice(olds)
            district = m.units[commune["parent_id"]]
        else:
            commune = rng.choice(m.new_communes[pcode])
            district = None
        type_, _, patterns = weighted(rng, [(t, t[1]) for t in N.PRODUCER_TYPES])
        rep_female = rng.random() < 0.45
        rep = person(rng, rep_female)
        place = base_name(commune)
        name = rng.choice(patterns).format(field=rng.choice(N.FIELDS), place=place, brand=rng.choice(N.BRANDS),
                                           person=rep)
        tax = None
        if type_ != "HOUSEHOLD_BUSINESS" or rng.random() < 0.5:
            while tax is None:
                tax_seq += 1
                tax = tax_code(f"{int(pcode):02d}", tax_seq)
        province = m.new_province[pcode]
        phone = "0" + rng.choice(["90", "91", "93", "94", "96", "97", "98", "86", "88", "35", "37", "39", "70", "77"]) \
            + f"{rng.randrange(10 ** 7):07d}"
        producers.append(dict(
            id=ids("producer"), type=type_, name=name, tax_code=tax, representative=rep, phone=phone,
            email=(ascii_slug(rep.split()[-1]) + ascii_slug(rep.split()[0]) + f"{i}@gmail.com")
            if rng.random() < 0.6 else None,
            address=f"{rng.choice(N.HAMLET)} {rng.choice(N.PLACE_FIRST)} {rng.randrange(1, 12)}, {commune['name']}, "
                    f"{province['name']}",
            district=district, commune=commune, registered_on=reg, province=pcode,
            created_at=ts(reg, rng)))
    return producers


def emit_producers(out, producers):
    out.copy("producer", ["id", "type", "name", "tax_code", "representative", "phone", "email", "address",
                          "district_code", "district_id", "commune_code", "commune_id", "registered_on", "version",
                          "created_at", "created_by", "updated_at", "updated_by"],
             ([p["id"], p["type"], p["name"], p["tax_code"], p["representative"], p["phone"], p["email"],
               p["address"], p["district"]["code"] if p["district"] else None,
               p["district"]["id"] if p["district"] else None, p["commune"]["code"], p["commune"]["id"],
               p["registered_on"], 0, p["created_at"], ACTOR, p["created_at"], ACTOR] for p in producers))


def basis_on(day):
    if day <= DAY(2023, 2, 23):
        return "DECISION_1048_2019"
    if day <= DAY(2026, 7, 20):
        return "DECISION_148_2023"
    return "DECISION_26_2026"


class Sets:
    """Product sets by legal basis and number."""

    def __init__(self, rows, successions):
        self.by_number = {}
        self.by_id = {}
        for r in rows:
            st = dict(id=int(r[0]), basis=r[1], number=int(r[2]), name=r[3], group=r[4])
            self.by_number[(st["basis"], st["number"])] = st
            self.by_id[st["id"]] = st
        self.next = {int(r[0]): int(r[1]) for r in successions}

    def of_kind(self, kind, basis):
        _, n1048, n148 = N.KINDS[kind]
        number = n1048 if basis == "DECISION_1048_2019" else n148
        return self.by_number[(basis, number)]

    def under(self, set_id, criteria_basis):
        """The set a product of set_id is scored on under criteria_basis (following the successions); None if gone."""
        st = self.by_id[set_id]
        while st is not None and st["basis"] != criteria_basis:
            nxt = self.next.get(st["id"])
            st = self.by_id[nxt] if nxt else None
        return st


def base_name(unit):
    """A unit's name without its kind: Xã Mỹ Cẩm → Mỹ Cẩm."""
    for prefix in ("Thị trấn ", "Thành phố ", "Thị xã ", "Huyện ", "Phường ", "Xã ", "Tỉnh "):
        if unit["name"].startswith(prefix):
            return unit["name"][len(prefix):]
    return unit["name"]


def build_products(rng, producers, n, sets, ids):
    products = []
    names_of = defaultdict(set)
    kinds = [(k, v[0]) for k, v in N.KINDS.items()]
    for i in range(n):
        # Every producer has a product; the rest go more to some producers than to others.
        owner = producers[i] if i < len(producers) else producers[int(len(producers) * rng.random() ** 1.7)]
        kind = weighted(rng, kinds)
        packaging = N.PACKAGING["drink" if kind in N.DRINKS else "other" if kind in N.NON_FOOD else "food"]
        for attempt in range(30):
            template = rng.choice(N.PRODUCTS[kind])
            region = base_name(owner["commune"]) if rng.random() < 0.6 else \
                N.PROVINCES_OLD[owner["province"]][1] if owner["province"] in N.PROVINCES_OLD else base_name(
                    owner["commune"])
            name = template.format(place=region) + rng.choice(packaging)
            if attempt > 10:
                name = f"{name} {rng.choice(N.BRANDS)}"
            if name.lower() not in names_of[owner["id"]]:
                break
        names_of[owner["id"]].add(name.lower())
        year = max(owner["registered_on"].year, weighted(rng, [(2019, 20), (2020, 16), (2021, 14), (2022, 13),
                                                               (2023, 12), (2024, 10), (2025, 8), (2026, 7)]))
        if N.KINDS[kind][1] is None:
            year = max(year, 2023)
        if year == owner["registered_on"].year:
            entered = owner["registered_on"]
        else:
            entered = date_between(rng, DAY(year, 1, 2), DAY(year, 10, 30))
        if N.KINDS[kind][1] is None and entered < DAY(2023, 2, 24):
            entered = DAY(2023, 3, 1) + dt.timedelta(days=rng.randrange(200))
        products.append(dict(id=ids("product"), producer=owner, name=name, kind=kind,
                             set=sets.of_kind(kind, basis_on(entered)), year=year, entered=entered,
                             status="DISCONTINUED" if rng.random() < 0.04 else "ACTIVE",
                             created_at=ts(entered, rng),
                             description=f"{name} — sản phẩm của {owner['name']}, {owner['commune']['name']}."))
    return products


def emit_products(out, products):
    out.copy("product", ["id", "producer_id", "name", "description", "product_set_id", "year_entered", "status",
                         "version", "created_at", "created_by", "updated_at", "updated_by"],
             ([p["id"], p["producer"]["id"], p["name"], p["description"], p["set"]["id"], p["year"], p["status"], 0,
               p["created_at"], ACTOR, p["created_at"], ACTOR] for p in products))


# ------------------------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", required=True, help="directory of the reference rows (scripts/dataset.sh dumps them)")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--scale", type=float, default=1.0, help="1 = national scale; 0.01 for a quick check")
    ap.add_argument("--counts", help="write the generated row counts per table here (table<TAB>rows)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    ref = lambda name: tsv(os.path.join(args.ref, name + ".tsv"))  # noqa: E731
    ids = Ids()
    scaled = lambda n: max(1, round(n * args.scale))  # noqa: E731
    out = Out(sys.stdout)

    m = build_map(random.Random(args.seed * 7919 + 1), ref("admin_unit"), ids)
    emit_map(out, m, rng)
    producers = build_producers(random.Random(args.seed * 7919 + 2), m, scaled(8000), ids)
    emit_producers(out, producers)
    sets = Sets(ref("product_set"), ref("product_set_succession"))
    products = build_products(random.Random(args.seed * 7919 + 3), producers, scaled(17000), sets, ids)
    emit_products(out, products)
    sys.stdout.flush()
    if args.counts:
        with open(args.counts, "w", encoding="utf-8") as f:
            for t, n in out.counts.items():
                f.write(f"{t}\t{n}\n")


if __name__ == "__main__":
    main()
