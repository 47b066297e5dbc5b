"""An open district round of Cầu Kè that is in scoring, for the council workspace (issue 12): the district council
(dc-cauke-1 chairing, dc-cauke-2, dc-cauke-3) has Cầu Kè products to score and no sheet submitted yet, so a member
who logs in finds work to do.

The round opens on 2025-03-03 and closes on 2025-06-27: a district round is held by a district, and the districts
of Trà Vinh existed until 2025-06-30 (the API refuses a unit that is not valid on the round's opening day, and the
merger of 1 July 2025 ended the districts). The legal basis and rubric version are left to the API: those in force on
the opening day. The products entered are 2019 products of Cầu Kè that were certified 3★ in 2019 (their entries of
2019 stay as they were; the 2★ ones are left out, as the 2019 figures say they were entered once), so the 2019
report's figures do not change. Like the other loaders it looks its objects up first and does only what is missing.
"""

YEAR = 2025
UNIT = "845"
DATES = {"opensOn": "2025-03-03", "closesOn": "2025-06-27"}
MEMBERS = ("dc-cauke-1", "dc-cauke-2", "dc-cauke-3")
PRODUCTS = ("Kẹo Đậu Phộng", "Dừa sáp Cầu Kè", "Chuối sấy dẻo")


def load(api, loader, positions):
    """The round, its council, its entries and the start of scoring; loader is the 2019 Loader (products by name)."""
    found = api.get("office", "/api/v1/evaluation-rounds", year=YEAR, level="DISTRICT", adminUnitCode=UNIT)["items"]
    r = found[0] if found else api.post("office", "/api/v1/evaluation-rounds", {
        "year": YEAR, "level": "DISTRICT", "adminUnitCode": UNIT, **DATES})
    loader.set_council(r, list(MEMBERS), positions)
    if r["status"] == "OPEN":
        entered = {e["productId"] for e in api.items("office", f"/api/v1/evaluation-rounds/{r['id']}/entries")}
        for name in PRODUCTS:
            product_id = loader.products[name]["id"]
            if product_id not in entered:
                api.post("office", f"/api/v1/evaluation-rounds/{r['id']}/entries", {"productId": product_id})
        api.post("office", f"/api/v1/evaluation-rounds/{r['id']}/start-scoring")
