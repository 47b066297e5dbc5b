#!/usr/bin/env python3
"""Loads the Trà Vinh 2019 demo dataset (scripts/demo/tra-vinh-2019.json) through the application's own API.

Every row is created as the real demo user who would create it, so every rule of the API applies: the OCOP
office registers producers, products, certifications, partners, contracts, fairs and support requests and runs
the rounds; each district's three council members and the provincial council (pc1..pc3) fill in and submit
their own score sheets; closing the district rounds forwards the products scoring at least 50 to the one
provincial round, whose decision issues the certificates. Loading twice changes nothing: when the first
producer's tax code is already registered, the script says so and exits 0.

Usage: scripts/demo_data.py --api http://localhost:8080 --keycloak http://localhost:8180
Python 3 standard library only. Exits non-zero on any API error, printing the problem+json.
"""
import argparse
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

DATA = Path(__file__).resolve().parent / "demo" / "tra-vinh-2019.json"
BASIS = "DECISION_1048_2019"
PROVINCE = "84"
PASSWORD = "demo"
TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
# Target totals of a product's three council members by its stars: the means land clearly inside the bands
# (2★ 30–49, 3★ 50–69, 4★ 70–89); members differ by a point or two, products by a few points.
BASE_TOTAL = {2: 40, 3: 58, 4: 77}
MEMBER_OFFSETS = ((0, -1, 1), (1, 0, -2), (-1, 2, 0))
COUNCIL_NAMES = ("Nguyễn Văn An", "Trần Thị Bích", "Lê Minh Châu", "Thạch Văn Dũng", "Kim Thị Em", "Huỳnh Quốc Giang",
                 "Sơn Thị Hạnh", "Phạm Văn Khánh", "Lâm Thị Lan", "Võ Thanh Phong", "Đặng Thị Quyên", "Dương Văn Sang")
DISTRICT_POSITIONS = ("Phó Chủ tịch UBND huyện", "Trưởng phòng Nông nghiệp và Phát triển nông thôn",
                      "Trưởng phòng Kinh tế - Hạ tầng")
PROVINCIAL_POSITIONS = ("Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
                        "Phó Giám đốc Sở Công Thương")


class ApiError(Exception):
    pass


class Api:
    """JSON over HTTP with a bearer token per demo user; every non-2xx answer is an ApiError."""

    def __init__(self, api, keycloak):
        self.api = api.rstrip("/")
        self.token_url = keycloak.rstrip("/") + "/realms/ocop/protocol/openid-connect/token"
        self.tokens = {}
        self.calls = 0

    def login(self, user):
        form = urllib.parse.urlencode({"grant_type": "password", "client_id": "ocop-spa", "username": user,
                                       "password": PASSWORD, "scope": "openid"}).encode()
        try:
            with urllib.request.urlopen(urllib.request.Request(self.token_url, data=form), timeout=30) as r:
                self.tokens[user] = json.load(r)["access_token"]
        except urllib.error.HTTPError as e:
            raise ApiError(f"Keycloak refused user {user!r} ({e.code}): {e.read().decode(errors='replace')}\n"
                           "Is the realm up to date (keycloak/ocop-realm.json)? Restart Keycloak to import it.")
        except urllib.error.URLError as e:
            raise ApiError(f"Keycloak is not reachable at {self.token_url}: {e.reason}")

    def call(self, user, method, path, body=None, if_match=None, query=None):
        url = self.api + path + ("?" + urllib.parse.urlencode(query) if query else "")
        headers = {"Authorization": "Bearer " + self.tokens[user], "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if if_match is not None:
            headers["If-Match"] = if_match
        self.calls += 1
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data=data, method=method, headers=headers),
                                        timeout=60) as r:
                raw = r.read()
                return (json.loads(raw) if raw else None), r.headers.get("ETag")
        except urllib.error.HTTPError as e:
            raise ApiError(f"{method} {path} as {user} → {e.code}\n{e.read().decode(errors='replace')}")
        except urllib.error.URLError as e:
            raise ApiError(f"{method} {url} failed: {e.reason}")

    def get(self, user, path, **query):
        return self.call(user, "GET", path, query=query or None)[0]

    def post(self, user, path, body=None):
        return self.call(user, "POST", path, body if body is not None else {})[0]

    def items(self, user, path, **query):
        """Every item of a paged list."""
        out, page = [], 0
        while True:
            got = self.get(user, path, page=page, size=200, **query)
            out += got["items"]
            if len(out) >= got["total"] or not got["items"]:
                return out
            page += 1


def tax_code(seq):
    """A 2100xxxxx (Trà Vinh) enterprise code with its check digit; None when the check digit would be 10."""
    nine = f"2100{seq:05d}"
    check = 10 - sum(int(d) * w for d, w in zip(nine, TAX_WEIGHTS)) % 11
    return None if check == 10 else nine + str(check % 10)


def gtin13(twelve):
    """The GS1 check digit: weights 3,1,3,1… from the rightmost data digit."""
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(twelve)))
    return twelve + str((10 - s % 10) % 10)


def choose(sheet, target):
    """Options of every criterion of the sheet summing exactly to target (or the nearest reachable total),
    each criterion scored near the same share of its maximum, so sheets read plausibly."""
    criteria = [c for p in sheet["parts"] for c in p["criteria"]]
    options = [[o for o in c["options"] if o.get("points") is not None] for c in criteria]
    reach = [None] * (len(criteria) + 1)  # reach[i]: totals reachable by criteria i..n
    reach[-1] = {0}
    for i in range(len(criteria) - 1, -1, -1):
        reach[i] = {s + o["points"] for s in reach[i + 1] for o in options[i]}
    total = min(reach[0], key=lambda s: (abs(s - target), s))
    share = total / max(1, sum(c["maxPoints"] for c in criteria))
    choices, left = [], total
    for i, c in enumerate(criteria):
        for o in sorted(options[i], key=lambda o: (abs(o["points"] - share * c["maxPoints"]), -o["points"])):
            if left - o["points"] in reach[i + 1]:
                choices.append({"criterionId": c["id"], "optionId": o["id"]})
                left -= o["points"]
                break
    return choices, total


class Loader:
    def __init__(self, api, data):
        self.api = api
        self.d = data
        self.producers = {}  # key → id
        self.products = {}  # name → {"id", "stars", "district", "sheet", "index"}
        self.sheets = {}  # sheet id → sheet document
        self.timings = []

    def step(self, name, fn):
        start = time.monotonic()
        fn()
        self.timings.append((name, time.monotonic() - start))

    def reference(self):
        self.version_id = self.api.get("office", "/api/v1/rubric-versions", legalBasisCode=BASIS,
                                       status="PUBLISHED", sort="id")["items"][0]["id"]
        self.sheet_by_set = {s["number"]: s["id"] for s in
                             self.api.items("office", f"/api/v1/rubric-versions/{self.version_id}/sheets")}
        self.set_ids = {s["number"]: s["id"] for s in self.api.items("office", "/api/v1/product-sets",
                                                                     legalBasis=BASIS)}

    def register(self):
        index = 0
        for p in self.d["producers"]:
            code = tax_code(p["taxSeq"])
            created = self.api.post("office", "/api/v1/producers", {
                "type": p["type"], "name": p["name"], "taxCode": code, "representative": p["representative"],
                "phone": f"0294 38{p['taxSeq'] % 100000:05d}",
                "address": p["address"], "districtCode": p["district"]})
            self.producers[p["key"]] = created["id"]
            for pr in p["products"]:
                made = self.api.post("office", "/api/v1/products", {
                    "name": pr["name"], "description": pr["desc"], "producerId": created["id"],
                    "productSetId": self.set_ids[pr["set"]], "yearEntered": self.d["year"], "status": "ACTIVE"})
                # The shared data holds only three 1048 sheets (sets 1, 7, 23): a product of another set is
                # scored on the closest of them, named explicitly; its product set stays its true one.
                sheet = self.sheet_by_set[pr["sheet"]] if "sheet" in pr else None
                self.products[pr["name"]] = {"id": made["id"], "stars": pr["stars"], "district": p["district"],
                                             "sheet": sheet, "index": index}
                index += 1

    def certify(self):
        for i, q in enumerate(self.d["qualityAndBarcode"]):
            pid = self.products[q["product"]]["id"]
            self.api.post("office", "/api/v1/certifications", {
                "productId": pid, "type": "QUALITY_STANDARD", "number": q["standard"], "issuer": q["issuer"],
                "issuedOn": q["issuedOn"]})
            self.api.post("office", "/api/v1/certifications", {
                "productId": pid, "type": "BARCODE", "number": gtin13(f"893604821{i + 1:03d}"),
                "issuer": "GS1 Việt Nam", "issuedOn": q["barcodeIssuedOn"]})
        for i, ip in enumerate(self.d["intellectualProperty"]):
            issued = f"2019-{3 + i % 9:02d}-{10 + i:02d}"
            self.api.post("office", "/api/v1/certifications", {
                "productId": self.products[ip["product"]]["id"], "type": ip["type"],
                "number": f"4-0{321400 + 37 * i}-000", "issuer": "Cục Sở hữu trí tuệ", "issuedOn": issued,
                "expiresOn": f"{2029}{issued[4:]}"})

    def council(self, usernames, positions):
        return {"members": [{"username": u, "fullName": COUNCIL_NAMES[hash_index(u) % len(COUNCIL_NAMES)],
                             "position": positions[i], "chair": i == 0} for i, u in enumerate(usernames)]}

    def round(self, level, unit, dates):
        return self.api.post("office", "/api/v1/evaluation-rounds", {
            "year": self.d["year"], "level": level, "adminUnitCode": unit, "legalBasisCode": BASIS,
            "rubricVersionId": self.version_id, "opensOn": dates["opensOn"], "closesOn": dates["closesOn"]})

    def set_council(self, round_view, usernames, positions):
        _, etag = self.api.call("office", "GET", f"/api/v1/evaluation-rounds/{round_view['id']}")
        self.api.call("office", "PUT", f"/api/v1/evaluation-rounds/{round_view['id']}/council",
                      self.council(usernames, positions), if_match=etag)

    def sheet(self, sheet_id):
        if sheet_id not in self.sheets:
            self.sheets[sheet_id] = self.api.get("office", f"/api/v1/rubric-sheets/{sheet_id}")
        return self.sheets[sheet_id]

    def score(self, round_id, members, shift):
        """Each member creates, fills in and submits their own sheet of every entry of the round."""
        entries = self.api.items("office", f"/api/v1/evaluation-rounds/{round_id}/entries")
        for e in entries:
            product = next(p for p in self.products.values() if p["id"] == e["productId"])
            base = BASE_TOTAL[product["stars"]] + (product["index"] * 3) % 7 - 3 + shift
            for m, member in enumerate(members):
                target = base + MEMBER_OFFSETS[product["index"] % 3][m]
                choices, _ = choose(self.sheet(e["rubricSheetId"]), target)
                created, etag = self.api.call(member, "POST", "/api/v1/score-sheets", {"entryId": e["id"]})
                self.api.call(member, "PUT", f"/api/v1/score-sheets/{created['id']}",
                              {"choices": choices}, if_match=etag)
                self.api.post(member, f"/api/v1/score-sheets/{created['id']}/submit")

    def evaluate(self):
        rounds = self.d["rounds"]
        provincial = self.round("PROVINCIAL", PROVINCE, rounds["provincial"])
        pcs = ["pc1", "pc2", "pc3"]
        self.set_council(provincial, pcs, PROVINCIAL_POSITIONS)
        for unit, prefix in self.d["districtCouncils"].items():
            members = [f"{prefix}-{i}" for i in (1, 2, 3)]
            r = self.round("DISTRICT", unit, rounds["district"])
            self.set_council(r, members, DISTRICT_POSITIONS)
            for p in self.products.values():
                if p["district"] == unit:
                    self.api.post("office", f"/api/v1/evaluation-rounds/{r['id']}/entries",
                                  {"productId": p["id"], "rubricSheetId": p["sheet"]})
            self.api.post("office", f"/api/v1/evaluation-rounds/{r['id']}/start-scoring")
            self.score(r["id"], members, 0)
            self.api.post("office", f"/api/v1/evaluation-rounds/{r['id']}/close", {"forwardToRoundId": provincial["id"]})
        self.api.post("office", f"/api/v1/evaluation-rounds/{provincial['id']}/start-scoring")
        self.score(provincial["id"], pcs, 1)
        self.api.post("office", f"/api/v1/evaluation-rounds/{provincial['id']}/close", {})
        self.api.post("office", f"/api/v1/evaluation-rounds/{provincial['id']}/finalize")
        self.decision = self.api.post("office", f"/api/v1/evaluation-rounds/{provincial['id']}/decision",
                                      rounds["decision"])

    def commerce(self):
        partners = {}
        for p in self.d["partners"]:
            body = {k: v for k, v in p.items() if k != "key"}
            partners[p["key"]] = self.api.post("office", "/api/v1/partners", body)["id"]
        for c in self.d["salesContracts"]:
            lines = [{"productId": self.products[li["product"]]["id"], "quantity": li["quantity"], "unit": li["unit"],
                      "unitPriceVnd": li["unitPriceVnd"]} for li in c["lines"]]
            made = self.api.post("office", "/api/v1/sales-contracts", {
                "number": c["number"], "partnerId": partners[c["partner"]], "producerId": self.producers[c["producer"]],
                "lines": lines, "signedOn": c["signedOn"], "startsOn": c["startsOn"], "endsOn": c["endsOn"]})
            self.api.post("office", f"/api/v1/sales-contracts/{made['id']}/activate", {})
        for f in self.d["tradeFairs"]:
            event = self.api.post("office", "/api/v1/trade-events", {
                "name": f["name"], "kind": "FAIR", "hostProvince": f["hostProvince"], "venue": f["venue"],
                "startsOn": f["startsOn"], "endsOn": f["endsOn"]})
            for key, names in f["participants"].items():
                self.api.post("office", f"/api/v1/trade-events/{event['id']}/participants", {
                    "producerId": self.producers[key], "productIds": [self.products[n]["id"] for n in names]})

    def support(self):
        for s in self.d["supportRequests"]:
            made = self.api.post("office", "/api/v1/support-requests", {
                "producerId": self.producers[s["producer"]], "type": s["type"], "description": s["description"],
                "requestedOn": s["requestedOn"]})
            # The office follows each request towards its outcome: approve → start → complete.
            for step in s["steps"]:
                self.api.post("office", f"/api/v1/support-requests/{made['id']}/{step}",
                              {"note": self.d["supportStepNotes"][step]})

    def already_loaded(self):
        first = self.d["producers"][0]
        code = tax_code(first["taxSeq"])
        return any(p.get("taxCode") == code for p in self.api.items("office", "/api/v1/producers", q=first["name"]))


def hash_index(username):
    """A stable small number per username (Python's hash() changes between runs)."""
    return sum(username.encode())


def users(data):
    out = ["office", "pc1", "pc2", "pc3"]
    for prefix in data["districtCouncils"].values():
        out += [f"{prefix}-{i}" for i in (1, 2, 3)]
    return out


def main():
    ap = argparse.ArgumentParser(description="Load the Trà Vinh 2019 demo dataset through the API.")
    ap.add_argument("--api", default="http://localhost:8080")
    ap.add_argument("--keycloak", default="http://localhost:8180")
    args = ap.parse_args()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    bad = [p["name"] for p in data["producers"] if tax_code(p["taxSeq"]) is None]
    if bad:
        raise ApiError(f"taxSeq gives no valid tax code (check digit 10) for: {', '.join(bad)}")
    api = Api(args.api, args.keycloak)
    start = time.monotonic()
    for u in users(data):
        api.login(u)
    loader = Loader(api, data)
    if loader.already_loaded():
        print("Trà Vinh 2019 demo data already loaded")
        return
    loader.step("reference data", loader.reference)
    loader.step("producers and products", loader.register)
    loader.step("certifications", loader.certify)
    loader.step("evaluation rounds", loader.evaluate)
    loader.step("contracts and fairs", loader.commerce)
    loader.step("support requests", loader.support)
    stars = {}
    for p in loader.products.values():
        stars[p["stars"]] = stars.get(p["stars"], 0) + 1
    print(f"Trà Vinh 2019 demo data loaded: {len(loader.producers)} producers, {len(loader.products)} products "
          f"({stars.get(2, 0)}×2★, {stars.get(3, 0)}×3★, {stars.get(4, 0)}×4★), decision "
          f"{loader.decision['number']}, {api.calls} API calls in {time.monotonic() - start:.1f}s ("
          + ", ".join(f"{n} {t:.1f}s" for n, t in loader.timings) + ")")


if __name__ == "__main__":
    try:
        main()
    except ApiError as e:
        print(f"demo_data: {e}", file=sys.stderr)
        sys.exit(1)
