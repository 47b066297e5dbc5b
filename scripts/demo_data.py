#!/usr/bin/env python3
"""Loads the Trà Vinh 2019 demo dataset (scripts/demo/tra-vinh-2019.json) through the application's own API, then
the Vĩnh Long 2026 round of today's map under 26/2026 (scripts/demo_2026.py, scripts/demo/vinh-long-2026.json).

Every row is created as the real demo user who would create it, so every rule of the API applies: the OCOP
office registers producers, products, certifications, partners, contracts, fairs and support requests and runs
the rounds; each district's three council members and the provincial council (pc1..pc3) fill in and submit
their own score sheets; closing the district rounds forwards the products scoring at least 50 to the one
provincial round, whose decision issues the certificates. Council members appear under their names in
Keycloak (the tokens' family and given names), the one source of the demo users.

Every step looks its objects up by their natural keys (tax code, product name, round unit and level, sheet
member, contract number...) and creates or advances only what is missing, so a load that was interrupted is
finished by the next run, and a complete load is left as it is ("already loaded", exit 0). For tests,
OCOP_DEMO_STOP_AFTER=N interrupts the load after N writes (exit 3).

Usage: scripts/demo_data.py --api http://localhost:8080 --keycloak http://localhost:8180
Python 3 standard library only. Exits non-zero on any API error, printing the problem+json.
"""
import argparse
import json
import os
import sys
import time
from pathlib import Path

import demo_2026
import demo_council
from demo_api import Api, ApiError, Interrupted, choose, gtin13, submit_sheet, tax_code

DATA = Path(__file__).resolve().parent / "demo" / "tra-vinh-2019.json"
BASIS = "DECISION_1048_2019"
PROVINCE = "84"
# Target totals of a product's three council members by its stars: the means land clearly inside the bands
# (2★ 30–49, 3★ 50–69, 4★ 70–89); members differ by a point or two, products by a few points.
BASE_TOTAL = {2: 40, 3: 58, 4: 77}
MEMBER_OFFSETS = ((0, -1, 1), (1, 0, -2), (-1, 2, 0))
# What each support step leads to, in order.
SUPPORT_STATUS_AFTER = {"approve": "APPROVED", "start": "IN_PROGRESS", "complete": "DONE", "reject": "REJECTED"}
DISTRICT_POSITIONS = ("Phó Chủ tịch UBND huyện", "Trưởng phòng Nông nghiệp và Phát triển nông thôn",
                      "Trưởng phòng Kinh tế - Hạ tầng")
PROVINCIAL_POSITIONS = ("Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
                        "Phó Giám đốc Sở Công Thương")


class Loader:
    def __init__(self, api, data):
        self.api = api
        self.d = data
        self.producers = {}  # key → id
        self.products = {}  # name → {"id", "stars", "district", "index"}
        self.sheets = {}  # sheet id → sheet document
        self.timings = []

    def step(self, name, fn):
        start = time.monotonic()
        fn()
        self.timings.append((name, time.monotonic() - start))

    def reference(self):
        # The current 1048 version (all 26 sheets): every product is scored on its own set's sheet.
        self.version_id = next(v["id"] for v in self.api.items("office", "/api/v1/rubric-versions", legalBasisCode=BASIS,
                                                                status="PUBLISHED", sort="id") if v["current"])
        self.set_ids = {s["number"]: s["id"] for s in self.api.items("office", "/api/v1/product-sets",
                                                                     legalBasis=BASIS)}

    def register(self):
        index = 0
        registered = {x["taxCode"]: x["id"] for x in self.api.items("office", "/api/v1/producers") if x.get("taxCode")}
        for p in self.d["producers"]:
            code = tax_code(p["taxSeq"])
            producer_id = registered.get(code) or self.api.post("office", "/api/v1/producers", {
                "type": p["type"], "name": p["name"], "taxCode": code, "representative": p["representative"],
                "phone": f"0294 38{p['taxSeq'] % 100000:05d}",
                "address": p["address"], "districtCode": p["district"],
                # The 2019 producers name the districts of 2019: the units of their registration day.
                "registeredOn": f"{self.d['year']}-01-01"})["id"]
            self.producers[p["key"]] = producer_id
            have = {x["name"]: x["id"] for x in self.api.items("office", "/api/v1/products", producerId=producer_id)}
            for pr in p["products"]:
                product_id = have.get(pr["name"]) or self.api.post("office", "/api/v1/products", {
                    "name": pr["name"], "description": pr["desc"], "producerId": producer_id,
                    "productSetId": self.set_ids[pr["set"]], "yearEntered": self.d["year"], "status": "ACTIVE"})["id"]
                self.products[pr["name"]] = {"id": product_id, "stars": pr["stars"], "district": p["district"],
                                             "index": index}
                index += 1

    def certification(self, body):
        """Records the certification unless the product already holds one of that type and number."""
        held = {(c["type"], c["number"]) for c in
                self.api.items("office", "/api/v1/certifications", productId=body["productId"])}
        if (body["type"], body["number"]) not in held:
            self.api.post("office", "/api/v1/certifications", body)

    def certify(self):
        for i, q in enumerate(self.d["qualityAndBarcode"]):
            pid = self.products[q["product"]]["id"]
            self.certification({
                "productId": pid, "type": "QUALITY_STANDARD", "number": q["standard"], "issuer": q["issuer"],
                "issuedOn": q["issuedOn"]})
            self.certification({
                "productId": pid, "type": "BARCODE", "number": gtin13(f"893604821{i + 1:03d}"),
                "issuer": "GS1 Việt Nam", "issuedOn": q["barcodeIssuedOn"]})
        for i, ip in enumerate(self.d["intellectualProperty"]):
            issued = f"2019-{3 + i % 9:02d}-{10 + i:02d}"
            self.certification({
                "productId": self.products[ip["product"]]["id"], "type": ip["type"],
                "number": f"4-0{321400 + 37 * i}-000", "issuer": "Cục Sở hữu trí tuệ", "issuedOn": issued,
                "expiresOn": f"{2029}{issued[4:]}"})

    def council(self, usernames, positions):
        return {"members": [{"username": u, "fullName": self.api.full_name(u), "position": positions[i],
                             "chair": i == 0} for i, u in enumerate(usernames)]}

    def round(self, level, unit, dates):
        """The year's round of the level in the unit, created when missing, with its council."""
        found = self.api.get("office", "/api/v1/evaluation-rounds", year=self.d["year"], level=level,
                             adminUnitCode=unit, legalBasisCode=BASIS)["items"]
        return found[0] if found else self.api.post("office", "/api/v1/evaluation-rounds", {
            "year": self.d["year"], "level": level, "adminUnitCode": unit, "legalBasisCode": BASIS,
            "rubricVersionId": self.version_id, "opensOn": dates["opensOn"], "closesOn": dates["closesOn"]})

    def set_council(self, round_view, usernames, positions):
        if round_view["memberCount"] > 0:
            return
        _, etag = self.api.call("office", "GET", f"/api/v1/evaluation-rounds/{round_view['id']}")
        self.api.call("office", "PUT", f"/api/v1/evaluation-rounds/{round_view['id']}/council",
                      self.council(usernames, positions), if_match=etag)

    def status(self, round_id):
        return self.api.get("office", f"/api/v1/evaluation-rounds/{round_id}")["status"]

    def sheet(self, sheet_id):
        if sheet_id not in self.sheets:
            self.sheets[sheet_id] = self.api.get("office", f"/api/v1/rubric-sheets/{sheet_id}")
        return self.sheets[sheet_id]

    def score(self, round_id, members, shift):
        """Each member creates, fills in and submits their own sheet of every entry of the round; sheets
        already submitted stay, a draft left by an interrupted load is filled in and submitted."""
        entries = self.api.items("office", f"/api/v1/evaluation-rounds/{round_id}/entries")
        for e in entries:
            product = next(p for p in self.products.values() if p["id"] == e["productId"])
            base = BASE_TOTAL[product["stars"]] + (product["index"] * 3) % 7 - 3 + shift
            for m, member in enumerate(members):
                target = base + MEMBER_OFFSETS[product["index"] % 3][m]
                submit_sheet(self.api, "office", member, e["id"], lambda: choose(self.sheet(e["rubricSheetId"]), target)[0])

    def evaluate(self):
        rounds = self.d["rounds"]
        provincial = self.round("PROVINCIAL", PROVINCE, rounds["provincial"])
        pcs = ["pc1", "pc2", "pc3"]
        self.set_council(provincial, pcs, PROVINCIAL_POSITIONS)
        for unit, prefix in self.d["districtCouncils"].items():
            members = [f"{prefix}-{i}" for i in (1, 2, 3)]
            r = self.round("DISTRICT", unit, rounds["district"])
            self.set_council(r, members, DISTRICT_POSITIONS)
            if r["status"] == "OPEN":
                entered = {e["productId"] for e in self.api.items("office",
                                                                  f"/api/v1/evaluation-rounds/{r['id']}/entries")}
                for p in self.products.values():
                    if p["district"] == unit and p["id"] not in entered:
                        self.api.post("office", f"/api/v1/evaluation-rounds/{r['id']}/entries",
                                      {"productId": p["id"]})
                self.api.post("office", f"/api/v1/evaluation-rounds/{r['id']}/start-scoring")
            if self.status(r["id"]) == "SCORING":
                self.score(r["id"], members, 0)
                self.api.post("office", f"/api/v1/evaluation-rounds/{r['id']}/close",
                              {"forwardToRoundId": provincial["id"]})
        pid = provincial["id"]
        if self.status(pid) == "OPEN":
            self.api.post("office", f"/api/v1/evaluation-rounds/{pid}/start-scoring")
        if self.status(pid) == "SCORING":
            self.score(pid, pcs, 1)
            self.api.post("office", f"/api/v1/evaluation-rounds/{pid}/close", {})
        if self.status(pid) == "CLOSED":
            self.api.post("office", f"/api/v1/evaluation-rounds/{pid}/finalize")
        decision_id = self.api.get("office", f"/api/v1/evaluation-rounds/{pid}")["decisionId"]
        self.decision = (self.api.get("office", f"/api/v1/recognition-decisions/{decision_id}") if decision_id else
                         self.api.post("office", f"/api/v1/evaluation-rounds/{pid}/decision", rounds["decision"]))

    def commerce(self):
        known = {p["name"]: p["id"] for p in self.api.items("office", "/api/v1/partners")}
        partners = {}
        for p in self.d["partners"]:
            body = {k: v for k, v in p.items() if k != "key"}
            partners[p["key"]] = known.get(p["name"]) or self.api.post("office", "/api/v1/partners", body)["id"]
        for c in self.d["salesContracts"]:
            made = next((x for x in self.api.items("office", "/api/v1/sales-contracts", partnerId=partners[c["partner"]])
                         if x["number"] == c["number"]), None)
            if made is None:
                lines = [{"productId": self.products[li["product"]]["id"], "quantity": li["quantity"],
                          "unit": li["unit"], "unitPriceVnd": li["unitPriceVnd"]} for li in c["lines"]]
                made = self.api.post("office", "/api/v1/sales-contracts", {
                    "number": c["number"], "partnerId": partners[c["partner"]],
                    "producerId": self.producers[c["producer"]], "lines": lines, "signedOn": c["signedOn"],
                    "startsOn": c["startsOn"], "endsOn": c["endsOn"]})
            if made["status"] == "DRAFT":
                self.api.post("office", f"/api/v1/sales-contracts/{made['id']}/activate", {})
        events = {e["name"]: e["id"] for e in self.api.items("office", "/api/v1/trade-events", year=self.d["year"],
                                                              kind="FAIR")}
        for f in self.d["tradeFairs"]:
            event_id = events.get(f["name"]) or self.api.post("office", "/api/v1/trade-events", {
                "name": f["name"], "kind": "FAIR", "hostProvince": f["hostProvince"], "venue": f["venue"],
                "startsOn": f["startsOn"], "endsOn": f["endsOn"]})["id"]
            taking_part = {x["producerId"] for x in self.api.items("office",
                                                                   f"/api/v1/trade-events/{event_id}/participants")}
            for key, names in f["participants"].items():
                if self.producers[key] not in taking_part:
                    self.api.post("office", f"/api/v1/trade-events/{event_id}/participants", {
                        "producerId": self.producers[key], "productIds": [self.products[n]["id"] for n in names]})

    def support(self):
        for s in self.d["supportRequests"]:
            producer_id = self.producers[s["producer"]]
            made = next((x for x in self.api.items("office", "/api/v1/support-requests", producerId=producer_id)
                         if (x["type"], x["description"], x["requestedOn"]) ==
                         (s["type"], s["description"], s["requestedOn"])), None)
            if made is None:
                made = self.api.post("office", "/api/v1/support-requests", {
                    "producerId": producer_id, "type": s["type"], "description": s["description"],
                    "requestedOn": s["requestedOn"]})
            # The office follows each request towards its outcome: approve → start → complete.
            reached = [SUPPORT_STATUS_AFTER[step] for step in s["steps"]]
            done = reached.index(made["status"]) + 1 if made["status"] in reached else 0
            for step in s["steps"][done:]:
                self.api.post("office", f"/api/v1/support-requests/{made['id']}/{step}",
                              {"note": self.d["supportStepNotes"][step]})


def users(data):
    out = ["office", "pc1", "pc2", "pc3"]
    for prefix in data["districtCouncils"].values():
        out += [f"{prefix}-{i}" for i in (1, 2, 3)]
    return out


def main():
    ap = argparse.ArgumentParser(description="Load the Trà Vinh 2019 and Vĩnh Long 2026 demo data through the API.")
    ap.add_argument("--api", default="http://localhost:8080")
    ap.add_argument("--keycloak", default="http://localhost:8180")
    args = ap.parse_args()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    bad = [p["name"] for p in data["producers"] if tax_code(p["taxSeq"]) is None]
    if bad:
        raise ApiError(f"taxSeq gives no valid tax code (check digit 10) for: {', '.join(bad)}")
    stop_after = os.environ.get("OCOP_DEMO_STOP_AFTER")
    api = Api(args.api, args.keycloak, int(stop_after) if stop_after else None)
    start = time.monotonic()
    for u in users(data):
        api.login(u)
    loader = Loader(api, data)
    loader.step("reference data", loader.reference)
    loader.step("producers and products", loader.register)
    loader.step("certifications", loader.certify)
    loader.step("evaluation rounds", loader.evaluate)
    # An open Cầu Kè round of 2025 in scoring, for the council workspace: its members have sheets to fill in.
    loader.step("open council round", lambda: demo_council.load(api, loader, DISTRICT_POSITIONS))
    loader.step("contracts and fairs", loader.commerce)
    loader.step("support requests", loader.support)
    if api.writes == 0:
        print("Trà Vinh 2019 demo data already loaded")
    else:
        stars = {}
        for p in loader.products.values():
            stars[p["stars"]] = stars.get(p["stars"], 0) + 1
        print(f"Trà Vinh 2019 demo data loaded: {len(loader.producers)} producers, {len(loader.products)} products "
              f"({stars.get(2, 0)}×2★, {stars.get(3, 0)}×3★, {stars.get(4, 0)}×4★), decision "
              f"{loader.decision['number']}, {api.calls} API calls in {time.monotonic() - start:.1f}s ("
              + ", ".join(f"{n} {t:.1f}s" for n, t in loader.timings) + ")")
    # Today's map and law: the new Vĩnh Long's 2026 round under 26/2026, once the 2019 history is there.
    print(demo_2026.load(api, data))

if __name__ == "__main__":
    try:
        main()
    except ApiError as e:
        print(f"demo_data: {e}", file=sys.stderr)
        sys.exit(1)
    except Interrupted as e:
        print(f"demo_data: {e}", file=sys.stderr)
        sys.exit(3)
