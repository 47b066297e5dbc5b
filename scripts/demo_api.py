"""The demo loaders' shared parts: JSON over HTTP as the real demo users (Keycloak password grant), tax codes with
their check digit, and score-sheet choices that add up to a target. Python 3 standard library only."""
import base64
import json
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "demo"
# Access tokens last 5 minutes and a load takes longer: a token this close to its end is fetched anew.
RENEW_BEFORE_SECONDS = 60
TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


class ApiError(Exception):
    pass


class Interrupted(Exception):
    pass


class Api:
    """JSON over HTTP with a bearer token per demo user; every non-2xx answer is an ApiError."""

    def __init__(self, api, keycloak, stop_after=None):
        self.api = api.rstrip("/")
        self.token_url = keycloak.rstrip("/") + "/realms/ocop/protocol/openid-connect/token"
        self.tokens = {}  # user → (access token, time.monotonic() at which it expires)
        self.calls = 0
        self.writes = 0
        self.stop_after = stop_after

    def login(self, user):
        form = urllib.parse.urlencode({"grant_type": "password", "client_id": "ocop-spa", "username": user,
                                       "password": PASSWORD, "scope": "openid"}).encode()
        try:
            requested = time.monotonic()
            with urllib.request.urlopen(urllib.request.Request(self.token_url, data=form), timeout=30) as r:
                answer = json.load(r)
                self.tokens[user] = answer["access_token"], requested + answer["expires_in"]
        except urllib.error.HTTPError as e:
            raise ApiError(f"Keycloak refused user {user!r} ({e.code}): {e.read().decode(errors='replace')}\n"
                           "Is the demo overlay applied (keycloak/demo-overlay.json)? Restart Keycloak: scripts/keycloak.sh applies it.")
        except urllib.error.URLError as e:
            raise ApiError(f"Keycloak is not reachable at {self.token_url}: {e.reason}")

    def token(self, user):
        """The user's access token, fetched anew when it is about to run out."""
        if user not in self.tokens or self.tokens[user][1] - time.monotonic() < RENEW_BEFORE_SECONDS:
            self.login(user)
        return self.tokens[user][0]

    def full_name(self, user):
        """The user's name as Keycloak holds it, Vietnamese order: family name, then given names."""
        payload = self.token(user).split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        name = " ".join(n for n in (claims.get("family_name"), claims.get("given_name")) if n)
        if not name:
            raise ApiError(f"Keycloak gives user {user!r} no name (firstName/lastName in keycloak/demo-overlay.json)")
        return name

    def call(self, user, method, path, body=None, if_match=None, query=None):
        url = self.api + path + ("?" + urllib.parse.urlencode(query) if query else "")
        headers = {"Authorization": "Bearer " + self.token(user), "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if if_match is not None:
            headers["If-Match"] = if_match
        if method != "GET":
            if self.stop_after is not None and self.writes >= self.stop_after:
                raise Interrupted(f"interrupted after {self.writes} writes (OCOP_DEMO_STOP_AFTER)")
            self.writes += 1
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


def scorable(criterion, keep_stars):
    """The options a sheet may take for the criterion: with points; with keep_stars, those of its first case
    (alternative scales: one case applies) meeting its minimums up to that many stars."""
    options = [o for o in criterion["options"] if o.get("points") is not None]
    if not keep_stars:
        return options
    first_case = options[0].get("case") if options else None
    minimum = max([v for k, v in (criterion.get("starMinimums") or {}).items() if int(k) <= keep_stars] or [0])
    return [o for o in options if o.get("case") == first_case and o["points"] >= minimum]


def choose(sheet, target, keep_stars=0):
    """Options of every criterion of the sheet summing exactly to target (or the nearest reachable total),
    each criterion scored near the same share of its maximum, so sheets read plausibly; with keep_stars, every
    criterion meets its star minimums up to that many stars (148 and 26/2026 sheets have them)."""
    criteria = [c for p in sheet["parts"] for c in p["criteria"]]
    options = [scorable(c, keep_stars) for c in criteria]
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


def submit_sheet(api, office, member, entry_id, choices_of):
    """A member's sheet of an entry, filled in with choices_of() and submitted. A sheet already submitted stays; a
    draft left by an interrupted load is filled in and submitted."""
    found = api.get(office, "/api/v1/score-sheets", entryId=entry_id, memberUsername=member)["items"]
    if found and found[0]["status"] != "DRAFT":
        return
    choices = choices_of()
    if found:
        sheet_id = found[0]["id"]
        etag = api.call(member, "GET", f"/api/v1/score-sheets/{sheet_id}")[1]
    else:
        created, etag = api.call(member, "POST", "/api/v1/score-sheets", {"entryId": entry_id})
        sheet_id = created["id"]
    api.call(member, "PUT", f"/api/v1/score-sheets/{sheet_id}", {"choices": choices}, if_match=etag)
    api.post(member, f"/api/v1/score-sheets/{sheet_id}/submit")
