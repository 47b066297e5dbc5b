"""Compares two running backends, one on a database and one on its restored backup: the annual report, the audit
trail (the history of every record that has one) and the public certificate lookup must be byte-for-byte equal.
Prints `backup-restore: N passed, N failed`; exits 1 on any difference. Python 3 standard library only.

    python3 scripts/restore_compare.py --original URL --restored URL --keycloak URL [--year 2019]
"""
import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

# Every list whose records have a history (GET /api/v1/<list>/{id}/history), read as the office.
AUDITED = ("producers", "products", "sales-contracts", "support-requests", "recognition-decisions",
           "evaluation-rounds", "evaluation-entries", "procedures", "rubric-versions")


def token(keycloak, user):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "ocop-spa", "username": user,
                                   "password": "demo"}).encode()
    url = keycloak.rstrip("/") + "/realms/ocop/protocol/openid-connect/token"
    with urllib.request.urlopen(urllib.request.Request(url, data=form), timeout=30) as r:
        return json.load(r)["access_token"]


def get(base, path, bearer=None):
    """The status and the raw body of a GET."""
    headers = {"Accept": "application/json"}
    if bearer:
        headers["Authorization"] = "Bearer " + bearer
    try:
        with urllib.request.urlopen(urllib.request.Request(base + path, headers=headers), timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def ids(base, path, bearer, key="id"):
    """Every record of a paged list (size 200), in the list's order."""
    found, page = [], 0
    while True:
        status, body = get(base, f"{path}{'&' if '?' in path else '?'}size=200&page={page}", bearer)
        if status != 200:
            raise SystemExit(f"GET {path} answered {status}: {body[:300]!r}")
        doc = json.loads(body)
        found += [item[key] for item in doc["items"]]
        if (page + 1) * 200 >= doc["total"]:
            return found
        page += 1


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--original", required=True)
    p.add_argument("--restored", required=True)
    p.add_argument("--keycloak", required=True)
    p.add_argument("--year", default="2019")
    a = p.parse_args()
    office = token(a.keycloak, "office")

    reads = [(f"/api/v1/reports/annual?year={a.year}", office)]
    for listed in AUDITED:
        reads += [(f"/api/v1/{listed}/{i}/history?size=200", office) for i in ids(a.original, f"/api/v1/{listed}", office)]
    codes = ids(a.original, "/api/v1/ocop-certificates", office, "publicCode")
    reads += [(f"/api/v1/public/certificates/{urllib.parse.quote(c)}", None) for c in codes]

    passed, failed, histories = 0, 0, 0
    for path, bearer in reads:
        original, restored = get(a.original, path, bearer), get(a.restored, path, bearer)
        if original[0] == 200 and original == restored:
            passed += 1
            histories += "/history" in path and len(json.loads(original[1])["items"])
        else:
            failed += 1
            print(f"DIFFERENT {path}:\n  original {original[0]} {original[1][:400]!r}\n"
                  f"  restored {restored[0]} {restored[1][:400]!r}", file=sys.stderr)
    if not codes or histories == 0:
        failed += 1
        print("nothing to compare: the original database holds no certificates or no audit events", file=sys.stderr)
    print(f"compared {len(reads)} reads: the annual report {a.year}, {histories} audit events in "
          f"{sum('/history' in r for r, _ in reads)} histories, {len(codes)} certificate lookups")
    print(f"backup-restore: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
