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

    def units_by_code_on(self, code, day):
        """admin_unit_version(code, day) of V90: the version valid that day, else the latest before, else the first."""
        if not hasattr(self, "_by_code"):
            self._by_code = defaultdict(list)
            for u in self.units.values():
                self._by_code[u["code"]].append(u)
        vs = self._by_code[code]
        valid = [u for u in vs if u["valid_from"] <= day and (u["valid_to"] is None or u["valid_to"] >= day)]
        if valid:
            return valid[0]["id"]
        before = sorted((u for u in vs if u["valid_from"] <= day), key=lambda u: u["valid_from"])
        if before:
            return before[-1]["id"]
        return min(vs, key=lambda u: u["valid_from"])["id"]

    def by_code_on(self, code, day):
        for u in self.units.values():
            if u["code"] == code and u["valid_from"] <= day and (u["valid_to"] is None or u["valid_to"] >= day):
                return u
        return None


def build_map(rng, ref_units, ref_successions, ids):
    m = Map(ref_units)
    m.ref_successions = [(int(r[0]), int(r[1]), r[2]) for r in ref_successions]
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
# Certifications, partners, sales contracts
# ------------------------------------------------------------------------------------------------------------------
CERT_TYPES = [  # type, share among product certifications, validity in years (None: no end), issuer, number pattern
    ("QUALITY_SELF_DECLARATION", 30, None, "{producer}", "{n:02d}/{y}/CBCL"),
    ("BARCODE", 24, None, "Viện Tiêu chuẩn Chất lượng Việt Nam (GS1 Việt Nam)", None),
    ("FOOD_SAFETY", 14, 3, "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản {province}", "{n}/{y}/ATTP-CNĐK"),
    ("IP_TRADEMARK", 14, 10, "Cục Sở hữu trí tuệ", "4-{y}-{n:05d}"),
    ("VIETGAP", 6, 2, "Trung tâm Chứng nhận VietGAP", "VietGAP-TT-{n:04d}-{y}"),
    ("QUALITY_STANDARD", 4, 3, "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng {region}", "TCCS {n:02d}:{y}"),
    ("HACCP", 2, 3, "Công ty TNHH Chứng nhận Quốc tế ICV", "HACCP-{n:05d}"),
    ("ISO_22000", 2, 3, "Bureau Veritas Việt Nam", "ISO22000-{y}-{n:04d}"),
    ("ORGANIC", 2, 3, "Trung tâm Chứng nhận Hữu cơ Việt Nam", "HC-{n:04d}/{y}"),
    ("IP_COLLECTIVE_MARK", 1, 10, "Cục Sở hữu trí tuệ", "4-{y}-{n:05d}"),
    ("IP_GEOGRAPHICAL_INDICATION", 1, None, "Cục Sở hữu trí tuệ", "CDĐL-{n:05d}"),
]


def add_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def add_months(d, months):
    """Java's LocalDate.plusMonths: the same day, or the month's last day when it has none."""
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    last = (DAY(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return DAY(y, m, min(d.day, last))


def gtin13(twelve):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(twelve)))
    return twelve + str((10 - s % 10) % 10)


def build_certifications(rng, producers, products, n, ids, m):
    """n certifications: a tenth of them the facility's (producer), the rest of products; issued before the product's
    first evaluation, expiring after their validity."""
    certs = []
    seen = set()
    serial = defaultdict(int)
    types = [(t, t[1]) for t in CERT_TYPES]

    def make(owner_product, owner_producer, t, issued):
        type_, _, years, issuer, pattern = t
        serial[type_] += 1
        k = serial[type_]
        producer = owner_producer or owner_product["producer"]
        province = m.new_province[producer["province"]]
        if type_ == "BARCODE":
            number = gtin13(f"893{k:09d}")
        else:
            number = pattern.format(n=k % 100000, y=issued.year)
        return dict(id=ids("certification"), product=owner_product, producer=owner_producer, type=type_, number=number,
                    issuer=issuer.format(producer=producer["name"], province=base_name(province),
                                         region=rng.choice(["1", "2", "3"])),
                    issued_on=issued, expires_on=add_years(issued, years) if years else None,
                    created_at=ts(max(issued, producer["registered_on"]), rng))

    n_facility = n // 10
    for i in range(n_facility):
        p = producers[rng.randrange(len(producers))]
        t = CERT_TYPES[2] if rng.random() < 0.8 else CERT_TYPES[4]
        if (p["id"], t[0]) in seen:
            continue
        seen.add((p["id"], t[0]))
        issued = p["registered_on"] - dt.timedelta(days=rng.randrange(30, 700))
        certs.append(make(None, p, t, issued))
    while len(certs) < n:
        pr = products[rng.randrange(len(products))]
        t = weighted(rng, types)
        if (pr["id"], t[0]) in seen:
            continue
        seen.add((pr["id"], t[0]))
        issued = pr["entered"] - dt.timedelta(days=rng.randrange(10, 500))
        certs.append(make(pr, None, t, issued))
    certs.sort(key=lambda c: c["id"])
    by_product = defaultdict(list)
    by_producer = defaultdict(list)
    for c in certs:
        if c["product"]:
            by_product[c["product"]["id"]].append(c)
        else:
            by_producer[c["producer"]["id"]].append(c)
    return certs, by_product, by_producer


def emit_certifications(out, certs):
    out.copy("certification", ["id", "product_id", "producer_id", "type", "number", "issuer", "issued_on",
                               "expires_on", "version", "created_at", "created_by", "updated_at", "updated_by"],
             ([c["id"], c["product"]["id"] if c["product"] else None, c["producer"]["id"] if c["producer"] else None,
               c["type"], c["number"], c["issuer"], c["issued_on"], c["expires_on"], 0, c["created_at"], ACTOR,
               c["created_at"], ACTOR] for c in certs))


PARTNER_TYPES = [("DISTRIBUTOR", 30), ("SUPERMARKET_CHAIN", 12), ("RETAILER", 30), ("EXPORTER", 10),
                 ("E_COMMERCE", 10), ("OTHER", 8)]
TODAY = DAY(2026, 11, 30)


def build_partners(rng, n, ids):
    partners = []
    for i in range(n):
        name = rng.choice(N.PARTNER_NAMES).format(place=place_name(rng), brand=rng.choice(N.BRANDS))
        contact = person(rng)
        tax = None
        seq = 5_000_000 + i * 3
        while tax is None:
            seq += 1
            tax = tax_code("03", seq)
        day = date_between(rng, DAY(2019, 1, 2), DAY(2026, 6, 30))
        partners.append(dict(id=ids("partner"), type=weighted(rng, PARTNER_TYPES), name=f"{name} {i + 1}",
                             tax_code=tax, address=f"Số {rng.randrange(1, 400)} đường {place_name(rng)}",
                             contact=contact, phone="028" + f"{rng.randrange(10 ** 8):08d}",
                             email=f"lienhe{i + 1}@{ascii_slug(rng.choice(N.BRANDS))}.vn",
                             created_at=ts(day, rng), day=day))
    return partners


def build_contracts(rng, producers, products, partners, n, ids):
    by_producer = defaultdict(list)
    for p in products:
        by_producer[p["producer"]["id"]].append(p)
    contracts, lines = [], []
    numbers = defaultdict(int)
    units = [("kg", 30_000, 400_000), ("hộp", 50_000, 500_000), ("chai", 40_000, 600_000), ("thùng", 200_000, 2_000_000),
             ("cái", 20_000, 3_000_000)]
    for i in range(n):
        producer = producers[int(len(producers) * rng.random() ** 1.5)]
        partner = partners[int(len(partners) * rng.random() ** 1.3)]
        mine = by_producer[producer["id"]]
        chosen = rng.sample(mine, min(len(mine), rng.choice([1, 1, 2, 2, 3, 4])))
        earliest = max([p["entered"] for p in chosen] + [partner["day"]])
        if earliest > DAY(2026, 11, 20):
            earliest = DAY(2026, 11, 20)
        signed = date_between(rng, earliest, min(DAY(2026, 11, 25), earliest + dt.timedelta(days=900)))
        starts = signed + dt.timedelta(days=rng.randrange(0, 30))
        ends = add_months(starts, rng.choice([6, 12, 12, 24, 36])) if rng.random() < 0.9 else None
        if signed > DAY(2026, 10, 1) and rng.random() < 0.3:
            status = "DRAFT"
        elif ends is not None and ends < TODAY:
            status = "COMPLETED" if rng.random() < 0.9 else "TERMINATED"
        else:
            status = "ACTIVE" if rng.random() < 0.95 else "TERMINATED"
        numbers[partner["id"]] += 1
        cid = ids("sales_contract")
        total = 0
        for pos, pr in enumerate(chosen, 1):
            unit, lo, hi = rng.choice(units)
            qty = rng.randrange(10, 5000)
            price = rng.randrange(lo // 1000, hi // 1000) * 1000
            total += qty * price
            lines.append([ids("sales_contract_line"), cid, pos, pr["id"], qty, unit, price])
        contracts.append([cid, f"HĐ-{numbers[partner['id']]:04d}/{signed.year}", partner["id"], producer["id"], signed,
                          starts, ends, total, status, 0, ts(signed, rng)])
    return contracts, lines


def emit_commerce(out, partners, contracts, lines):
    out.copy("partner", ["id", "type", "name", "tax_code", "address", "contact_person", "contact_phone",
                         "contact_email", "version", "created_at", "created_by", "updated_at", "updated_by"],
             ([p["id"], p["type"], p["name"], p["tax_code"], p["address"], p["contact"], p["phone"], p["email"], 0,
               p["created_at"], ACTOR, p["created_at"], ACTOR] for p in partners))
    out.copy("sales_contract", ["id", "number", "partner_id", "producer_id", "signed_on", "starts_on", "ends_on",
                                "total_value_vnd", "status", "version", "created_at", "created_by", "updated_at",
                                "updated_by"],
             (c[:10] + [c[10], ACTOR, c[10], ACTOR] for c in contracts))
    out.copy("sales_contract_line", ["id", "contract_id", "position", "product_id", "quantity", "unit",
                                     "unit_price_vnd"], lines)


# ------------------------------------------------------------------------------------------------------------------
# Evaluations: rounds, councils, entries, score sheets and choices, results, decisions, OCOP certificates
# ------------------------------------------------------------------------------------------------------------------
def d(s):
    return DAY.fromisoformat(s)


# The evaluation periods: (name, legal basis, [(level, opens, closes)], status of the rounds). Before 2025-07-01 the
# district scores first; since then the commune checks the dossier. The last period is under way on the dataset's day.
PERIODS = [("2019", "DECISION_1048_2019", [("DISTRICT", "2019-09-16", "2019-10-15"),
                                           ("PROVINCIAL", "2019-11-04", "2019-11-29"),
                                           ("CENTRAL", "2019-12-09", "2019-12-20")])]
for _y in (2020, 2021, 2022, 2023, 2024):
    PERIODS.append((str(_y), "DECISION_1048_2019" if _y < 2023 else "DECISION_148_2023",
                    [("DISTRICT", f"{_y}-06-01", f"{_y}-06-30"), ("PROVINCIAL", f"{_y}-08-03", f"{_y}-08-28"),
                     ("CENTRAL", f"{_y}-10-05", f"{_y}-10-23")]))
PERIODS += [
    ("2025a", "DECISION_148_2023", [("DISTRICT", "2025-03-03", "2025-03-28"), ("PROVINCIAL", "2025-04-14", "2025-05-09"),
                                    ("CENTRAL", "2025-05-26", "2025-06-13")]),
    ("2025b", "DECISION_1489_2025", [("COMMUNE", "2025-08-04", "2025-08-29"), ("PROVINCIAL", "2025-09-22", "2025-10-17"),
                                     ("CENTRAL", "2025-11-10", "2025-11-28")]),
    ("2026a", "DECISION_1489_2025", [("COMMUNE", "2026-02-23", "2026-03-20"), ("PROVINCIAL", "2026-04-06", "2026-05-01"),
                                     ("CENTRAL", "2026-05-18", "2026-06-12")]),
    ("2026b", "DECISION_26_2026", [("COMMUNE", "2026-08-03", "2026-08-28"), ("PROVINCIAL", "2026-10-05", "2026-12-04")]),
]
SCORING_ROUND = ("2026b", "PROVINCIAL")  # under way: sheets being filled in, no results yet
COUNCIL_SIZE = {"DISTRICT": (3, 5), "PROVINCIAL": (4, 7), "CENTRAL": (7, 9)}
LEVEL_NAME = {"COMMUNE": "cấp xã", "DISTRICT": "cấp huyện", "PROVINCIAL": "cấp tỉnh", "CENTRAL": "cấp Trung ương"}
POSITIONS = {"DISTRICT": ["Phó Chủ tịch UBND huyện", "Trưởng phòng Nông nghiệp và PTNT", "Trưởng phòng Kinh tế",
                          "Phó Trưởng phòng Tài chính - Kế hoạch", "Chuyên viên Văn phòng Điều phối NTM",
                          "Trưởng phòng Văn hóa - Thông tin", "Giám đốc Trung tâm Dịch vụ nông nghiệp"],
             "PROVINCIAL": ["Phó Chủ tịch UBND tỉnh", "Phó Giám đốc Sở Nông nghiệp và Môi trường",
                            "Chánh Văn phòng Điều phối NTM tỉnh", "Phó Giám đốc Sở Công Thương",
                            "Phó Giám đốc Sở Khoa học và Công nghệ", "Phó Giám đốc Sở Y tế",
                            "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Chuyên gia Viện Cây ăn quả miền Nam",
                            "Giảng viên Trường Đại học Nông Lâm"],
             "CENTRAL": ["Thứ trưởng Bộ Nông nghiệp và Môi trường", "Cục trưởng Cục Kinh tế hợp tác và PTNT",
                         "Vụ trưởng Vụ Khoa học và Công nghệ", "Chuyên gia Hội đồng OCOP Trung ương",
                         "Đại diện Bộ Công Thương", "Đại diện Bộ Y tế", "Đại diện Bộ Văn hóa, Thể thao và Du lịch",
                         "Giáo sư Học viện Nông nghiệp Việt Nam", "Đại diện Liên minh HTX Việt Nam",
                         "Đại diện Hội Nông dân Việt Nam", "Chuyên gia thiết kế bao bì"]}
# The demo users of the provincial council of Vĩnh Long (keycloak/demo-overlay.json) sit on its round under way, so
# that a benchmark can fill in their sheets.
DEMO_COUNCIL = ["pc-vinhlong", "pc1", "pc2", "pc3"]
PUBLIC_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LOCAL_ORIGIN = ["PRODUCT_AND_RAW_MATERIAL_ORIGIN", "LOCAL_LABOUR", "IDEA_ORIGIN", "LOCAL_IDENTITY"]


def half_up(num, den):
    """num/den with two decimals, half up, as text (BigDecimal.divide(…, 2, HALF_UP) of non-negative numbers)."""
    q, r = divmod(num * 100 * 2 + den, 2 * den)
    return q  # hundredths


def hundredths(h):
    return f"{h // 100}.{h % 100:02d}"


def jstr(v):
    import json
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


class Rubrics:
    def __init__(self, ref):
        self.basis = {r[0]: dict(criteria=r[1], start=d(r[2]), end=d(r[3]) if r[3] else None) for r in ref("legal_basis")}
        self.levels = defaultdict(dict)
        for r in ref("procedure_level"):
            self.levels[r[0]][r[1]] = dict(scores=r[2] == "t",
                                           forward=int(float(r[3]) * 100) if r[3] else None,
                                           min=int(r[4]) if r[4] else None, max=int(r[5]) if r[5] else None)
        self.versions = [dict(id=int(r[0]), basis=r[1], start=d(r[2]), end=d(r[3]) if r[3] else None)
                         for r in ref("rubric_version")]
        self.bands = defaultdict(list)
        for r in ref("rubric_star_band"):
            self.bands[int(r[0])].append((int(r[1]), int(float(r[2]) * 100),
                                          int(float(r[3]) * 100) if r[3] else None))
        self.sheet_of = {}
        for r in ref("rubric_sheet"):
            self.sheet_of[(int(r[1]), int(r[2]))] = int(r[0])
        self.parts = defaultdict(list)
        for r in ref("rubric_sheet_part"):
            self.parts[int(r[1])].append(dict(id=int(r[0]), code=r[2], criteria=[]))
        part_by_id = {p["id"]: p for ps in self.parts.values() for p in ps}
        self.criteria = {}
        for r in ref("rubric_criterion"):
            c = dict(id=int(r[0]), sheet=int(r[1]), code=r[3], sum=r[4] == "SUM_OF_SELECTED",
                     mins={s: int(v) for s, v in ((3, r[5]), (4, r[6]), (5, r[7])) if v is not None}, options=[])
            self.criteria[c["id"]] = c
            part_by_id[int(r[2])]["criteria"].append(c)
        for r in ref("rubric_option"):
            if r[2] is None:
                continue  # printed without points: cannot be chosen
            self.criteria[int(r[1])]["options"].append(dict(id=int(r[0]), points=int(r[2]), case=r[3]))

    def version(self, basis, on):
        crit = self.basis[basis]["criteria"]
        ok = [v for v in self.versions if v["basis"] == crit and v["start"] <= on and (v["end"] is None or v["end"] >= on)]
        ok.sort(key=lambda v: (v["start"], v["id"]))
        return ok[-1] if ok else None

    def band(self, version_id, h):
        for stars, lo, hi in self.bands[version_id]:
            if h >= lo and (hi is None or h < hi):
                return stars
        return 1


def fill_sheet(rng, parts, target, keep_stars):
    """One member's choices: about target points in all, each criterion near its share, options of one case, meeting
    the minimums up to keep_stars. Returns (choices [(criterion, option, points, sum)], part totals, total)."""
    choices = []
    totals = {}
    for p in parts:
        part_total = 0
        for c in p["criteria"]:
            opts = c["options"]
            if not opts:
                continue
            if c["sum"]:
                f = target / 100
                for o in opts:
                    if rng.random() < f:
                        choices.append((c["id"], o["id"], o["points"], True))
                        part_total += o["points"]
                continue
            case = opts[0]["case"]
            allowed = [o for o in opts if o["case"] == case]
            floor = max([v for s, v in c["mins"].items() if s <= keep_stars] or [0])
            if any(o["points"] >= floor for o in allowed):
                allowed = [o for o in allowed if o["points"] >= floor]
            top = max(o["points"] for o in allowed)
            want = top * min(1.0, max(0.0, target / 100 + rng.gauss(0, 0.12)))
            best = min(allowed, key=lambda o: (abs(o["points"] - want), o["points"]))
            choices.append((c["id"], best["id"], best["points"], False))
            part_total += best["points"]
        totals[p["code"]] = part_total
    total = sum(totals.values())
    while total > 100 and any(ch[3] for ch in choices):  # ticked contents beyond 100 points: untick the last
        i = max(i for i, ch in enumerate(choices) if ch[3])
        cid, _, pts, _ = choices.pop(i)
        for p in parts:
            if any(c["id"] == cid for c in p["criteria"]):
                totals[p["code"]] -= pts
        total -= pts
    return choices, totals, total


class Evaluations:
    def __init__(self, rng, m, rub, sets, ids, tmpdir, certs_of_product, certs_of_producer):
        self.rng, self.m, self.rub, self.sets, self.ids = rng, m, rub, sets, ids
        self.certs_of_product, self.certs_of_producer = certs_of_product, certs_of_producer
        self.rounds = {}            # (period, level, unit id) -> round dict
        self.round_rows = []
        self.members = []           # council_member rows
        self.entries = []
        self.results = []
        self.decisions = {}         # round id -> decision dict
        self.certificates = []
        self.people = {}
        self.public_codes = set()
        self.code_seq = defaultdict(int)
        self.decision_no = defaultdict(int)
        self.sheets = open(os.path.join(tmpdir, "sheets.tsv"), "w+", encoding="utf-8")
        self.choices = open(os.path.join(tmpdir, "choices.tsv"), "w+", encoding="utf-8")
        self.results_by_entry = {}
        self.n_sheets = 0
        self.n_choices = 0
        # Where each old-map unit lies on the new map, as a whole (successions of both the migrations and ours).
        self.whole = {}
        for pred, succ, portion in m.successions + m.ref_successions:
            if portion == "WHOLE":
                self.whole[pred] = succ

    # -- places
    def province_of(self, unit):
        u = unit
        while u["type"] != "PROVINCE":
            u = self.m.units[u["parent_id"]]
        return u

    def commune_today(self, producer):
        c = producer["commune"]
        if c["valid_to"] is None:
            return c
        nxt = self.whole.get(c["id"])
        return self.m.units[nxt] if nxt and self.m.units[nxt]["valid_to"] is None else None

    def unit_for(self, producer, level, basis_scheme_new):
        if level == "DISTRICT":
            return producer["district"]
        if level == "COMMUNE":
            return self.commune_today(producer)
        # PROVINCIAL, CENTRAL: the province of the first level's unit
        if basis_scheme_new:
            c = self.commune_today(producer)
            return self.province_of(c) if c else None
        return self.province_of(producer["district"]) if producer["district"] else None

    # -- rounds and councils
    def person_of(self, username):
        if username not in self.people:
            self.people[username] = person(self.rng)
        return self.people[username]

    def round(self, period, basis, level, unit, opens, closes):
        key = (period, level, unit["id"])
        r = self.rounds.get(key)
        if r:
            return r
        version = self.rub.version(basis, opens)
        under_way = (period, level) == SCORING_ROUND
        status = "SCORING" if under_way else "FINALIZED"
        year = int(period[:4])
        name = f"Đánh giá, phân hạng sản phẩm OCOP {LEVEL_NAME[level]} năm {year} — {unit['name']}"
        district_code = unit["code"] if level == "DISTRICT" else None
        if level == "COMMUNE" and unit["parent_id"] and self.m.units[unit["parent_id"]]["type"] in ("CITY", "TOWN", "DISTRICT"):
            district_code = self.m.units[unit["parent_id"]]["code"]
        closed_at = None if under_way else f"{closes.isoformat()} 16:30:00+07"
        final_at = None if under_way else f"{(closes + dt.timedelta(days=3)).isoformat()} 10:00:00+07"
        r = dict(id=self.ids("evaluation_round"), key=key, basis=basis, level=level, unit=unit, opens=opens,
                 closes=closes, status=status, version=version, year=year, members=[])
        created = f"{(opens - dt.timedelta(days=14)).isoformat()} 09:00:00+07"
        self.round_rows.append([r["id"], name, year, level, unit["code"], district_code, basis, version["id"], opens,
                                closes, status, 75, "10", closed_at, None if under_way else "office", final_at,
                                None if under_way else "office", 0 if under_way else 3, created, "office",
                                final_at or created, "office", unit["id"],
                                self.m.units_by_code_on(district_code, opens) if district_code else None])
        if self.rub.levels[basis][level]["scores"]:
            lo, hi = COUNCIL_SIZE[level]
            size = self.rng.randint(lo, hi)
            if under_way and unit["code"] == "86":
                names = list(DEMO_COUNCIL) + [f"hd.86.tinh.{k}" for k in range(1, size - len(DEMO_COUNCIL) + 1)]
            else:
                tag = {"DISTRICT": "huyen", "PROVINCIAL": "tinh", "CENTRAL": "tw"}[level]
                names = [f"hd.{unit['code']}.{tag}.{k}" for k in range(1, size + 1)]
            for k, username in enumerate(names):
                self.members.append([self.ids("council_member"), r["id"], username,
                                     self.person_of(username), POSITIONS[level][k % len(POSITIONS[level])], k == 0,
                                     k + 1, None])
                r["members"].append(username)
        self.rounds[key] = r
        return r

    # -- one product's evaluations
    def snapshot(self, product, day):
        producer = product["producer"]
        certs = [c for c in self.certs_of_product.get(product["id"], []) + self.certs_of_producer.get(producer["id"], [])
                 if c["issued_on"] <= day]
        certs.sort(key=lambda c: (c["issued_on"], c["id"]))
        st = product["set"]
        return jstr({"productId": product["id"], "name": product["name"], "description": product["description"],
                     "yearEntered": product["year"], "producerId": producer["id"], "producerName": producer["name"],
                     "producerType": producer["type"],
                     "districtCode": producer["district"]["code"] if producer["district"] else None,
                     "communeCode": producer["commune"]["code"], "productSetId": st["id"],
                     "productSetNumber": st["number"], "productSetName": st["name"], "legalBasisCode": st["basis"],
                     "certifications": [{"type": c["type"], "number": c["number"], "issuer": c["issuer"],
                                         "issuedOn": c["issued_on"].isoformat(),
                                         "expiresOn": c["expires_on"].isoformat() if c["expires_on"] else None}
                                        for c in certs]})

    def evaluate(self, product):
        rng = self.rng
        quality = rng.betavariate(2.6, 1.9)
        start = product["entered"]
        index = next((i for i, p in enumerate(PERIODS) if d(p[2][0][1]) >= start), None)
        while index is not None and index < len(PERIODS):
            certified_on = self.cycle(product, PERIODS[index], quality)
            quality = min(1.0, quality + rng.uniform(-0.02, 0.06))
            if certified_on:
                # Re-evaluated when the certificate nears its end (36 months), by most producers.
                if rng.random() > 0.85:
                    return
                due = add_months(certified_on, 33)
            else:
                if rng.random() > 0.2:
                    return
                due = d(PERIODS[index][2][0][1]) + dt.timedelta(days=300)
            index = next((i for i, p in enumerate(PERIODS) if i > index and d(p[2][0][1]) >= due), None)

    def cycle(self, product, period, quality):
        """One period of the procedure for a product; returns the day it was certified, or None."""
        rng = self.rng
        name, basis, levels = period
        scheme_new = basis in ("DECISION_1489_2025", "DECISION_26_2026")
        producer = product["producer"]
        if not scheme_new and producer["district"] is None:
            return None
        criteria_basis = self.rub.basis[basis]["criteria"]
        if self.sets.under(product["set"]["id"], criteria_basis) is None:
            return None  # its set left the programme (1048 #21, medical devices)
        # A period the product cannot go all the way through (no unit of its place at some level, no score sheet of
        # its set in the version) is left out: every entry a level forwards has its entry at the next.
        st = self.sets.under(product["set"]["id"], criteria_basis)
        for level, opens_s, _ in levels:
            if self.unit_for(producer, level, scheme_new) is None:
                return None
            version = self.rub.version(basis, d(opens_s))
            if version is None or (version["id"], st["id"]) not in self.rub.sheet_of:
                return None
        target = 35 + 60 * quality
        previous = None
        for level, opens_s, closes_s in levels:
            opens, closes = d(opens_s), d(closes_s)
            unit = self.unit_for(producer, level, scheme_new)
            if unit is None:
                return None
            rules = self.rub.levels[basis][level]
            r = self.round(name, basis, level, unit, opens, closes)
            st = self.sets.under(product["set"]["id"], criteria_basis)
            sheet_id = self.rub.sheet_of.get((r["version"]["id"], st["id"])) if st else None
            if rules["scores"] and sheet_id is None:
                return None  # no score sheet for the product's set in this version
            entry_day = opens if previous is None else d(levels[[lv[0] for lv in levels].index(level) - 1][2])
            eid = self.ids("evaluation_entry")
            entry = [eid, r["id"], product["id"], sheet_id, self.snapshot(product, entry_day), product["name"],
                     producer["name"], previous, None, None, None, None, None, None, None, 0,
                     f"{entry_day.isoformat()} 14:00:00+07", "office", f"{entry_day.isoformat()} 14:00:00+07", "office"]
            self.entries.append(entry)
            if previous is not None:
                self.results_by_entry[previous][15] = eid  # forwarded_to_entry_id
            if not rules["scores"]:
                passed = rng.random() < 0.95
                checked_at = f"{(opens + dt.timedelta(days=rng.randrange(3, 20))).isoformat()} 10:00:00+07"
                entry[10] = "PASSED" if passed else "FAILED"
                entry[11] = None if passed else "Hồ sơ thiếu phiếu kiểm nghiệm chỉ tiêu an toàn thực phẩm"
                if basis == "DECISION_26_2026":
                    entry[12] = jstr([{"item": item, "confirmed": rng.random() < 0.9, "note": None}
                                      for item in LOCAL_ORIGIN])
                entry[13] = f"cx.{unit['code']}"
                entry[14] = checked_at
                entry[15] = 1
                entry[18] = checked_at
                self.result(eid, r, dict(eligible=0, submitted=0, chair=False, quorum=True, mean=None, min=None,
                                         max=None, spread=False, band=None, stars=None, shortfalls=[],
                                         outcome="FORWARDED" if passed else "NOT_RECOGNISED"))
                if not passed:
                    return None
                previous = eid
                continue
            parts = self.rub.parts[sheet_id]
            band_target = self.rub.band(r["version"]["id"], int(target * 100))
            totals = []
            criterion_sums = defaultdict(int)
            under_way = r["status"] == "SCORING"
            for k, member in enumerate(r["members"]):
                if under_way and member in DEMO_COUNCIL:
                    status = "DRAFT"
                elif under_way and rng.random() < 0.4:
                    if rng.random() < 0.5:
                        continue  # not started yet
                    status = "DRAFT"
                else:
                    status = "SUBMITTED"
                choices, part_totals, total = fill_sheet(rng, parts, target + rng.gauss(0, 2.5), band_target)
                if status == "DRAFT" and rng.random() < 0.5:
                    choices, part_totals, total = [], {p["code"]: 0 for p in parts}, 0
                sid = self.ids("score_sheet")
                day = opens + dt.timedelta(days=rng.randrange(1, max(2, (min(closes, TODAY) - opens).days)))
                at = f"{day.isoformat()} {rng.randrange(8, 17):02d}:{rng.randrange(60):02d}:00+07"
                self.sheets.write("\t".join(map(esc, [sid, eid, member, status, total, jstr(part_totals), None,
                                                      at if status == "SUBMITTED" else None, 2 if choices else 1,
                                                      at, member, at, member])) + "\n")
                self.n_sheets += 1
                for cid, oid, pts, summed in choices:
                    self.choices.write(f"{sid}\t{cid}\t{oid}\t{pts}\t{'t' if summed else 'f'}\n")
                    if status == "SUBMITTED":
                        criterion_sums[cid] += pts
                self.n_choices += len(choices)
                if status == "SUBMITTED":
                    totals.append(total)
            if under_way:
                return None
            n = len(totals)
            mean = half_up(sum(totals), n)
            band = self.rub.band(r["version"]["id"], mean)
            stars = band
            shortfalls = []
            for p in parts:
                for c in p["criteria"]:
                    got = half_up(criterion_sums.get(c["id"], 0), n)
                    for s_, v in sorted(c["mins"].items()):
                        if s_ <= band and got < v * 100:
                            shortfalls.append({"criterionCode": c["code"], "stars": s_, "minPoints": v,
                                               "points": float(hundredths(got))})
                            stars = min(stars, s_ - 1)
            above = rules["max"] is None or stars > rules["max"]
            if rules["forward"] is not None and mean >= rules["forward"] and above:
                outcome = "FORWARDED"
            elif rules["min"] is not None and rules["min"] <= stars <= rules["max"]:
                outcome = "RECOGNISED" if stars >= 3 else "NOT_RECOGNISED"
            else:
                outcome = "NOT_RECOGNISED"
            self.result(eid, r, dict(eligible=len(r["members"]), submitted=n, chair=True, quorum=True,
                                     mean=hundredths(mean), min=min(totals), max=max(totals),
                                     spread=max(totals) - min(totals) > 10, band=band, stars=stars,
                                     shortfalls=shortfalls, outcome=outcome))
            if outcome == "RECOGNISED":
                return self.certify(product, r, stars, scheme_new)
            if outcome != "FORWARDED":
                return None
            previous = eid
        return None

    def result(self, eid, r, x):
        row = [eid, r["id"], x["eligible"], x["submitted"], x["chair"], x["quorum"], x["mean"], x["min"], x["max"],
               x["spread"], x["band"], x["stars"], jstr(x["shortfalls"]), "[]", x["outcome"], None,
               f"{r['closes'].isoformat()} 16:30:00+07"]
        self.results.append(row)
        self.results_by_entry[eid] = row

    def certify(self, product, r, stars, scheme_new):
        rng = self.rng
        dec = self.decisions.get(r["id"])
        if dec is None:
            unit = r["unit"]
            decided = r["closes"] + dt.timedelta(days=rng.randrange(10, 25))
            if unit["valid_to"] and decided > unit["valid_to"]:
                decided = unit["valid_to"]
            self.decision_no[unit["code"]] += 1
            level = r["level"]
            signer = ("Chủ tịch UBND " if level != "CENTRAL" else "Bộ trưởng Bộ Nông nghiệp và Môi trường ") + \
                person(rng)
            dec = dict(id=self.ids("recognition_decision"), decided=decided,
                       row=None, number=f"{self.decision_no[unit['code']]}/QĐ-UBND" if level != "CENTRAL"
                       else f"{self.decision_no[unit['code']]}/QĐ-BNNMT")
            at = f"{decided.isoformat()} 15:00:00+07"
            dec["row"] = [dec["id"], dec["number"], decided, signer, level, unit["code"], r["basis"], r["id"], 0, at,
                          "office", at, "office", self.m.units_by_code_on(unit["code"], decided)]
            self.decisions[r["id"]] = dec
        decided = dec["decided"]
        producer = product["producer"]
        if scheme_new:
            place = self.commune_today(producer)
        else:
            place = producer["district"]
        prefix = f"{self.province_of(place)['code']}-{place['code']}"
        self.code_seq[(prefix, decided.year)] += 1
        code = f"{prefix}-{self.code_seq[(prefix, decided.year)]:03d}-{decided.year}"
        public = "".join(rng.choice(PUBLIC_ALPHABET) for _ in range(10))
        while public in self.public_codes:
            public = "".join(rng.choice(PUBLIC_ALPHABET) for _ in range(10))
        self.public_codes.add(public)
        revoked = rng.random() < 0.01
        at = f"{decided.isoformat()} 15:00:00+07"
        valid_until = add_months(decided, 36) - dt.timedelta(days=1)
        revoked_on = decided + dt.timedelta(days=rng.randrange(60, 700)) if revoked else None
        if revoked_on and revoked_on > TODAY - dt.timedelta(days=5):
            revoked_on = None
        self.certificates.append([self.ids("ocop_certificate"), product["id"], dec["id"], stars, decided, valid_until,
                                  code, public, revoked_on,
                                  "NO_LONGER_MEETS_CRITERIA" if revoked_on else None,
                                  "Kiểm tra định kỳ: sản phẩm không còn đáp ứng tiêu chí" if revoked_on else None,
                                  "office" if revoked_on else None, 1 if revoked_on else 0, at, "office", at,
                                  "office"])
        return decided

    def emit(self, out):
        out.copy("evaluation_round", ["id", "name", "year", "level", "admin_unit_code", "district_code",
                                      "legal_basis_code", "rubric_version_id", "opens_on", "closes_on", "status",
                                      "quorum_percent", "spread_limit", "closed_at", "closed_by", "finalized_at",
                                      "finalized_by", "version", "created_at", "created_by", "updated_at",
                                      "updated_by", "admin_unit_id", "district_id"], self.round_rows)
        out.copy("council_member", ["id", "round_id", "username", "full_name", "position", "chair", "sort_order",
                                    "email"], self.members)
        out.copy("evaluation_entry", ["id", "round_id", "product_id", "rubric_sheet_id", "snapshot", "product_name",
                                      "producer_name", "forwarded_from_entry_id", "eliminated_by", "elimination_note",
                                      "dossier_status", "dossier_note", "local_origin", "dossier_checked_by",
                                      "dossier_checked_at", "version", "created_at", "created_by", "updated_at",
                                      "updated_by"], self.entries)
        self.copy_file(out, "score_sheet", ["id", "entry_id", "member_username", "status", "total", "part_totals",
                                            "comment", "submitted_at", "version", "created_at", "created_by",
                                            "updated_at", "updated_by"], self.sheets, self.n_sheets)
        self.copy_file(out, "score_choice", ["sheet_id", "criterion_id", "option_id", "points", "sum_of_selected"],
                       self.choices, self.n_choices)
        out.copy("evaluation_result", ["entry_id", "round_id", "eligible_members", "submitted_sheets",
                                       "chair_submitted", "quorum_met", "mean", "min_total", "max_total",
                                       "spread_flag", "band_stars", "stars", "shortfalls", "eliminated_by", "outcome",
                                       "forwarded_to_entry_id", "computed_at"], self.results)
        out.copy("recognition_decision", ["id", "number", "decided_on", "signer", "level", "admin_unit_code",
                                          "legal_basis_code", "evaluation_round_id", "version", "created_at",
                                          "created_by", "updated_at", "updated_by", "admin_unit_id"],
                 [dec["row"] for dec in sorted(self.decisions.values(), key=lambda x: x["id"])])
        out.copy("ocop_certificate", ["id", "product_id", "decision_id", "stars", "issued_on", "valid_until",
                                      "product_code", "public_code", "revoked_on", "revocation_reason",
                                      "revocation_note", "revoked_by", "version", "created_at", "created_by",
                                      "updated_at", "updated_by"], self.certificates)

    @staticmethod
    def copy_file(out, table, columns, f, n):
        f.flush()
        f.seek(0)
        out.f.write(f"COPY {table} ({', '.join(columns)}) FROM STDIN;\n")
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            out.f.write(chunk)
        out.f.write("\\.\n")
        out.counts[table] = out.counts.get(table, 0) + n
        f.close()


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
    scaled = lambda n: max(1, int(n * args.scale + 0.5))  # noqa: E731  (as SQL rounds, for the check)
    out = Out(sys.stdout)

    m = build_map(random.Random(args.seed * 7919 + 1), ref("admin_unit"), ref("admin_unit_succession"), ids)
    emit_map(out, m, rng)
    producers = build_producers(random.Random(args.seed * 7919 + 2), m, scaled(8000), ids)
    emit_producers(out, producers)
    sets = Sets(ref("product_set"), ref("product_set_succession"))
    products = build_products(random.Random(args.seed * 7919 + 3), producers, scaled(17000), sets, ids)
    emit_products(out, products)
    certs, certs_of_product, certs_of_producer = build_certifications(
        random.Random(args.seed * 7919 + 4), producers, products, scaled(40000), ids, m)
    emit_certifications(out, certs)
    crng = random.Random(args.seed * 7919 + 5)
    partners = build_partners(crng, scaled(1500), ids)
    contracts, lines = build_contracts(crng, producers, products, partners, scaled(10000), ids)
    emit_commerce(out, partners, contracts, lines)
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        ev = Evaluations(random.Random(args.seed * 7919 + 6), m, Rubrics(ref), sets, ids, tmp, certs_of_product,
                         certs_of_producer)
        for p in products:
            ev.evaluate(p)
        ev.emit(out)
    sys.stdout.flush()
    if args.counts:
        with open(args.counts, "w", encoding="utf-8") as f:
            for t, n in out.counts.items():
                f.write(f"{t}\t{n}\n")


if __name__ == "__main__":
    main()
