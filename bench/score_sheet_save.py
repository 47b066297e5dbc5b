#!/usr/bin/env python3
"""Sets up the score-sheet save scenario against a running backend and writes the wrk script's data.

A 148 district round of Cầu Kè (845), SCORING, with CLIENTS entries of fresh products; dc-cauke-1 starts a sheet of
each. Writes a Lua table with, per sheet, its id, its ETag and two bodies of choices (totals 60 and 75) that differ on
most criteria, so that each save replaces choices (deletes and inserts rows), as a member changing their mind does.
Usage: score_sheet_save.py BASE_URL KEYCLOAK_URL CLIENTS OUT.lua
       score_sheet_save.py BASE_URL KEYCLOAK_URL --refresh OUT.lua   (the sheets' ETags of now, after a run)
"""
import json
import sys
import uuid

sys.path.insert(0, __import__("os").path.join(__import__("os").path.dirname(__file__), "..", "scripts"))
from demo_api import Api, choose  # noqa: E402

base, keycloak, clients, out = sys.argv[1:5]
OFFICE, MEMBERS, BASIS = "office", ["dc-cauke-1", "dc-cauke-2", "dc-cauke-3"], "DECISION_148_2023"
member = MEMBERS[0]
api = Api(base, keycloak)


def write(sheets):
    """The wrk script's data; the same as JSON beside it, for --refresh."""
    with open(out + ".json", "w") as f:
        json.dump(sheets, f)
    lines = ["{id=%d, etag=%s, bodies={%s, %s}}" % (s["id"], json.dumps(s["etag"]), json.dumps(s["bodies"][0]),
                                                    json.dumps(s["bodies"][1])) for s in sheets]
    with open(out, "w") as f:
        f.write("token = %s\nsheets = {\n  %s\n}\n" % (json.dumps(api.token(member)), ",\n  ".join(lines)))


if clients == "--refresh":
    with open(out + ".json") as f:
        sheets = json.load(f)
    for s in sheets:
        s["etag"] = api.call(member, "GET", f"/api/v1/score-sheets/{s['id']}")[1]
    write(sheets)
    sys.exit(0)
clients = int(clients)
version = api.get(OFFICE, "/api/v1/rubric-versions", legalBasisCode=BASIS, status="PUBLISHED", sort="id")["items"][0]
round_ = api.post(OFFICE, "/api/v1/evaluation-rounds", {
    "year": 2024, "level": "DISTRICT", "adminUnitCode": "845", "legalBasisCode": BASIS, "rubricVersionId": version["id"],
    "opensOn": "2024-03-01", "closesOn": "2024-07-01"})
_, etag = api.call(OFFICE, "GET", f"/api/v1/evaluation-rounds/{round_['id']}")
api.call(OFFICE, "PUT", f"/api/v1/evaluation-rounds/{round_['id']}/council", {"members": [
    {"username": u, "fullName": "Thành viên " + u, "position": "Chủ tịch Hội đồng" if i == 0 else "Ủy viên",
     "chair": i == 0} for i, u in enumerate(MEMBERS)]}, if_match=etag)
product_set = api.get(OFFICE, "/api/v1/product-sets", legalBasis=BASIS, size=1)["items"][0]["id"]
entries = []
for i in range(clients):
    marker = uuid.uuid4().hex[:6]
    producer = api.post(OFFICE, "/api/v1/producers", {
        "type": "COOPERATIVE", "name": f"Hợp tác xã Dừa sáp Bench {marker}", "representative": "Thạch Thị Sa Rum",
        "address": "Ấp 4, xã Hòa Ân", "districtCode": "845", "registeredOn": "2019-01-02"})["id"]
    product = api.post(OFFICE, "/api/v1/products", {"name": f"Mứt dừa sáp {marker}", "producerId": producer,
                                                    "productSetId": product_set, "yearEntered": 2024,
                                                    "status": "ACTIVE"})["id"]
    entries.append(api.post(OFFICE, f"/api/v1/evaluation-rounds/{round_['id']}/entries", {"productId": product})["id"])
api.post(OFFICE, f"/api/v1/evaluation-rounds/{round_['id']}/start-scoring")
sheets = []
for entry in entries:
    sheet = api.post(member, "/api/v1/score-sheets", {"entryId": entry})
    rubric = api.get(OFFICE, f"/api/v1/rubric-sheets/{sheet['rubricSheetId']}")
    bodies = [json.dumps({"choices": choose(rubric, target, 3)[0]}) for target in (60, 75)]
    sheets.append({"id": sheet["id"], "etag": api.call(member, "GET", f"/api/v1/score-sheets/{sheet['id']}")[1],
                   "bodies": bodies})
write(sheets)
print(f"round {round_['id']}: {len(entries)} sheets of {member} on rubric version {version['id']}")
