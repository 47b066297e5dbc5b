"""Loads the Vĩnh Long 2026 demo data (scripts/demo/vinh-long-2026.json) through the API, after Trà Vinh 2019.

As the real demo users of today's map: the office of the new Vĩnh Long (office-vinhlong) completes the communes of
the 2019 producers from their addresses (one bulk request), registers a producer on today's map and opens, under
26/2026 (the basis and rubric version follow the opening day), a commune round in Xã Cầu Kè and in Phường Trà Vinh
and the provincial round; it enters the re-rated 2019 products and the new one in the round of the commune they lie
in today; each commune officer (co-cauke, co-travinh) checks its dossiers and rates the local-origin items; the
office forwards them; the provincial council (pc-vinhlong chairing) scores on the 26/2026 sheets; the office closes,
finalises and records the province's decision, whose certificates carry T-X codes (86-<commune>-NNN-2026).
Then it opens a second commune round of 2026 in each of the two communes ("đợt 2", openRounds) and enters one product
in each, whose dossiers wait for the commune officer's check: the rounds stay OPEN.

Like the 2019 load, every step looks its objects up first and does only what is missing.
"""
import datetime
import json
from pathlib import Path

from demo_api import ApiError, choose, submit_sheet, tax_code

DATA = Path(__file__).resolve().parent / "demo" / "vinh-long-2026.json"
OFFICE = "office-vinhlong"
LEVELS = ("COMMUNE", "PROVINCIAL")
# Target totals of the council's three members by stars (26/2026 bands: 3★ 50–69, 4★ 70–89).
TARGETS = {3: (60, 58, 62), 4: (77, 79, 75)}
POSITIONS = ("Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Nông nghiệp và Môi trường", "Giám đốc Sở Công Thương")


def users(data):
    return [OFFICE] + list(data["rounds"]["council"]) + [c["officer"] for c in data["communes"].values()]


def province_today():
    """Today in the province (UTC+7, no daylight saving): a decision is never dated after it."""
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7)).date()


class Loader2026:
    def __init__(self, api, data, year2019):
        self.api = api
        self.d = data
        self.y2019 = year2019  # the Trà Vinh 2019 data: producers' keys and tax codes
        self.products = {}  # product id → {"name", "stars", "commune"}
        self.sheets = {}
        self.open_round_ids = []

    def communes(self):
        """The office records the commune of each 2019 producer that has none, in one all-or-nothing request."""
        by_tax = {tax_code(p["taxSeq"]): p["key"] for p in self.y2019["producers"]}
        missing = self.api.items(OFFICE, "/api/v1/producers", missingCommune="true")
        items = [{"producerId": p["id"], "version": p["version"],
                  "communeCode": self.d["communesOf2019Producers"][by_tax[p["taxCode"]]]}
                 for p in missing if by_tax.get(p.get("taxCode")) in self.d["communesOf2019Producers"]]
        if items:
            self.api.post(OFFICE, "/api/v1/producers/communes", {"items": items})

    def register(self):
        """Producers of today's map: a commune and no district; their products under 26/2026's sets."""
        sets = {s["number"]: s["id"] for s in self.api.items(OFFICE, "/api/v1/product-sets",
                                                               legalBasis="DECISION_26_2026")}
        registered = {x["taxCode"]: x["id"] for x in self.api.items(OFFICE, "/api/v1/producers") if x.get("taxCode")}
        for p in self.d["newProducers"]:
            code = tax_code(p["taxSeq"])
            producer_id = registered.get(code) or self.api.post(OFFICE, "/api/v1/producers", {
                "type": p["type"], "name": p["name"], "taxCode": code, "representative": p["representative"],
                "phone": f"0294 36{p['taxSeq'] % 100000:05d}", "address": p["address"], "communeCode": p["commune"],
                "registeredOn": p["registeredOn"]})["id"]
            have = {x["name"]: x["id"] for x in self.api.items(OFFICE, "/api/v1/products", producerId=producer_id)}
            for pr in p["products"]:
                product_id = have.get(pr["name"]) or self.api.post(OFFICE, "/api/v1/products", {
                    "name": pr["name"], "description": pr["desc"], "producerId": producer_id,
                    "productSetId": sets[pr["set"]], "yearEntered": self.d["year"], "status": "ACTIVE"})["id"]
                self.products[product_id] = {"name": pr["name"], "stars": pr["stars"], "commune": p["commune"]}
        by_tax = {tax_code(p["taxSeq"]): p for p in self.y2019["producers"]}
        of2019 = {}
        for x in self.api.items(OFFICE, "/api/v1/producers"):
            if x.get("taxCode") in by_tax:
                for pr in self.api.items(OFFICE, "/api/v1/products", producerId=x["id"]):
                    of2019[pr["name"]] = pr["id"]
        for r in self.d["reRated"]:
            if r["product"] not in of2019:
                raise ApiError(f"the 2019 product {r['product']!r} is not there: load Trà Vinh 2019 first")
            self.products[of2019[r["product"]]] = {"name": r["product"], "stars": r["stars"], "commune": r["commune"]}

    def round(self, level, unit):
        """The 2026 round of the level in the unit, opened when missing without naming a basis or a rubric version:
        both follow the opening day (26/2026 and its version in effect)."""
        found = [r for r in self.api.items(OFFICE, "/api/v1/evaluation-rounds", year=self.d["year"], level=level,
                                           adminUnitCode=unit) if r["opensOn"] == self.d["rounds"]["opensOn"]]
        if found:
            return found[0]
        made = self.api.post(OFFICE, "/api/v1/evaluation-rounds", {
            "year": self.d["year"], "level": level, "adminUnitCode": unit, "opensOn": self.d["rounds"]["opensOn"],
            "closesOn": self.d["rounds"]["closesOn"]})
        if made["legalBasisCode"] != "DECISION_26_2026":
            raise ApiError(f"the {level} round of {unit} opened under {made['legalBasisCode']}, not 26/2026")
        return made

    def status(self, round_id):
        return self.api.get(OFFICE, f"/api/v1/evaluation-rounds/{round_id}")["status"]

    def council(self, round_view):
        if round_view["memberCount"] > 0:
            return
        members = [{"username": u, "fullName": self.api.full_name(u), "position": POSITIONS[i], "chair": i == 0}
                   for i, u in enumerate(self.d["rounds"]["council"])]
        _, etag = self.api.call(OFFICE, "GET", f"/api/v1/evaluation-rounds/{round_view['id']}")
        self.api.call(OFFICE, "PUT", f"/api/v1/evaluation-rounds/{round_view['id']}/council", {"members": members},
                      if_match=etag)

    def check(self, officer, round_id):
        """The commune officer reads its commune's entries and checks each dossier not yet checked."""
        ratings = [{"item": item, "confirmed": True, "note": note}
                   for item, note in self.d["localOriginNotes"].items()]
        for e in self.api.items(officer, "/api/v1/evaluation-entries", roundId=round_id):
            if e.get("dossierCheck") is None:
                self.api.post(officer, f"/api/v1/evaluation-entries/{e['id']}/dossier-check",
                              {"status": "PASSED", "note": self.d["dossierNote"], "localOrigin": ratings})

    def commune_round(self, unit, officer, provincial_id):
        r = self.round("COMMUNE", unit)
        if r["status"] == "OPEN":
            entered = {e["productId"] for e in self.api.items(OFFICE, f"/api/v1/evaluation-rounds/{r['id']}/entries")}
            for product_id, p in self.products.items():
                if p["commune"] == unit and product_id not in entered:
                    self.api.post(OFFICE, f"/api/v1/evaluation-rounds/{r['id']}/entries", {"productId": product_id})
        if self.status(r["id"]) in ("OPEN", "SCORING"):
            self.check(officer, r["id"])
        if self.status(r["id"]) == "OPEN":
            self.api.post(OFFICE, f"/api/v1/evaluation-rounds/{r['id']}/start-scoring")
        if self.status(r["id"]) == "SCORING":
            self.api.post(OFFICE, f"/api/v1/evaluation-rounds/{r['id']}/close", {"forwardToRoundId": provincial_id})

    def sheet(self, sheet_id):
        if sheet_id not in self.sheets:
            self.sheets[sheet_id] = self.api.get(OFFICE, f"/api/v1/rubric-sheets/{sheet_id}")
        return self.sheets[sheet_id]

    def score(self, round_id):
        """Each council member fills in and submits their sheet of every entry; sheets submitted stay."""
        for e in self.api.items(OFFICE, f"/api/v1/evaluation-rounds/{round_id}/entries"):
            stars = self.products[e["productId"]]["stars"]
            for m, member in enumerate(self.d["rounds"]["council"]):
                submit_sheet(self.api, OFFICE, member, e["id"], lambda: choose(
                    self.sheet(e["rubricSheetId"]), TARGETS[stars][m], keep_stars=stars)[0])

    def evaluate(self):
        provincial = self.round("PROVINCIAL", self.d["province"])
        self.council(provincial)
        pid = provincial["id"]
        for unit, c in self.d["communes"].items():
            self.commune_round(unit, c["officer"], pid)
        if self.status(pid) == "OPEN":
            self.api.post(OFFICE, f"/api/v1/evaluation-rounds/{pid}/start-scoring")
        if self.status(pid) == "SCORING":
            self.score(pid)
            self.api.post(OFFICE, f"/api/v1/evaluation-rounds/{pid}/close", {})
        if self.status(pid) == "CLOSED":
            self.api.post(OFFICE, f"/api/v1/evaluation-rounds/{pid}/finalize")
        decision_id = self.api.get(OFFICE, f"/api/v1/evaluation-rounds/{pid}")["decisionId"]
        if decision_id is None:
            body = dict(self.d["rounds"]["decision"])
            body["decidedOn"] = min(body["decidedOn"], province_today().isoformat())
            decision_id = self.api.post(OFFICE, f"/api/v1/evaluation-rounds/{pid}/decision", body)["id"]
        self.decision = self.api.get(OFFICE, f"/api/v1/recognition-decisions/{decision_id}")
        self.certificates = self.api.items(OFFICE, "/api/v1/ocop-certificates", decisionId=decision_id, sort="productCode")


    def open_rounds(self):
        """The second commune round of the year in each commune, left OPEN with a dossier to check."""
        o = self.d["openRounds"]
        for unit, names in o["entries"].items():
            found = [r for r in self.api.items(OFFICE, "/api/v1/evaluation-rounds", year=self.d["year"],
                                               level="COMMUNE", adminUnitCode=unit) if r["opensOn"] == o["opensOn"]]
            r = found[0] if found else self.api.post(OFFICE, "/api/v1/evaluation-rounds", {
                "year": self.d["year"], "level": "COMMUNE", "adminUnitCode": unit, "opensOn": o["opensOn"],
                "closesOn": o["closesOn"], "name": o["name"].format(commune=self.d["communes"][unit]["name"])})
            self.open_round_ids.append(r["id"])
            if r["status"] != "OPEN":
                continue
            entered = {e["productId"] for e in self.api.items(OFFICE, f"/api/v1/evaluation-rounds/{r['id']}/entries")}
            products = {p["name"]: p["id"] for p in self.api.items(OFFICE, "/api/v1/products", communeCode=unit)}
            for name in names:
                if name not in products:
                    raise ApiError(f"no product {name!r} in commune {unit}")
                if products[name] not in entered:
                    self.api.post(OFFICE, f"/api/v1/evaluation-rounds/{r['id']}/entries", {"productId": products[name]})


def load(api, year2019):
    """Loads the 2026 data; returns the line to print."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    for u in users(data):
        api.login(u)
    writes = api.writes
    loader = Loader2026(api, data, year2019)
    loader.communes()
    loader.register()
    loader.evaluate()
    loader.open_rounds()
    if api.writes == writes:
        return "Vĩnh Long 2026 demo data already loaded"
    codes = ", ".join(f"{c['productName']} {c['productCode']} ({c['stars']}★)" for c in loader.certificates)
    return (f"Vĩnh Long 2026 demo data loaded: {len(loader.products)} products re-rated or rated under 26/2026 in "
            f"{len(data['communes'])} communes, decision {loader.decision['number']}: {codes}; open commune rounds "
            f"{', '.join(map(str, loader.open_round_ids))} with dossiers to check")
