#!/usr/bin/env python3
"""Incremental sync of the OCOP Registry through its change feed, as an integrator (Python 3, stdlib only).

The README's integrator guide as code: get a token with the client-credentials grant, follow
GET /api/v1/changes from the cursor kept in a file up to now, fetch what changed with If-None-Match (304: the copy
held is current), drop what was deleted (tombstones), keep the new cursor, print what it got.

    python3 examples/integrator-sync.py                      # against http://localhost:8080, the demo client
    python3 examples/integrator-sync.py --state-dir /tmp/sync --no-fetch --events-out events.jsonl

Environment (or options): OCOP_API_URL, OCOP_TOKEN_URL, OCOP_CLIENT_ID, OCOP_CLIENT_SECRET.
Exit status: 0 when up to date, 1 on a problem the script cannot handle (printed as the problem's type and detail).
"""
import argparse
import collections
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


class Problem(Exception):
    """An RFC 9457 problem answer (application/problem+json), or an HTTP error without one."""

    def __init__(self, status, body):
        self.status = status
        self.body = body if isinstance(body, dict) else {"type": "about:blank", "title": str(body)}
        super().__init__(f"{status} {self.body.get('type')}: {self.body.get('title')} — {self.body.get('detail', '')}")


class Client:
    def __init__(self, api, token_url, client_id, client_secret):
        self.api = api.rstrip("/")
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.token = None

    def fetch_token(self):
        form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": self.client_id,
                                       "client_secret": self.client_secret}).encode()
        with urllib.request.urlopen(urllib.request.Request(self.token_url, data=form), timeout=30) as r:
            self.token = json.load(r)["access_token"]

    def get(self, path, params=None, etag=None):
        """GET path: (status, body or None, ETag). Retries on 429 (after Retry-After) and once on 401 (new token)."""
        url = self.api + path + ("?" + urllib.parse.urlencode(params) if params else "")
        renewed = False
        for attempt in range(10):
            if self.token is None:
                self.fetch_token()
            headers = {"Authorization": "Bearer " + self.token, "Accept": "application/json"}
            if etag:
                headers["If-None-Match"] = etag
            try:
                with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60) as r:
                    return r.status, json.load(r), r.headers.get("ETag")
            except urllib.error.HTTPError as e:
                if e.code == 304:
                    return 304, None, e.headers.get("ETag")
                body = e.read()
                try:
                    body = json.loads(body)
                except ValueError:
                    body = body.decode(errors="replace")
                if e.code == 401 and not renewed:
                    self.token, renewed = None, True  # expired token: get a new one, once
                    continue
                if e.code == 429:
                    wait = int(e.headers.get("Retry-After", "1"))
                    print(f"  429 rate limited: waiting {wait} s (Retry-After)", file=sys.stderr)
                    time.sleep(wait)
                    continue
                raise Problem(e.code, body) from None
            except urllib.error.URLError:
                if attempt == 9:
                    raise
                time.sleep(min(2 ** attempt, 10))  # the server restarting: try again
        raise Problem(429, {"type": "about:blank", "title": "still rate limited after 10 tries"})


def load(path, default):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return default


def save(path, value):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False)
    os.replace(tmp, path)  # the cursor only moves once what it covers is saved


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--api", default=os.environ.get("OCOP_API_URL", "http://localhost:8080"))
    ap.add_argument("--token-url", default=os.environ.get(
        "OCOP_TOKEN_URL", "http://localhost:8180/realms/ocop/protocol/openid-connect/token"))
    ap.add_argument("--client-id", default=os.environ.get("OCOP_CLIENT_ID", "ocop-integrator-demo"))
    ap.add_argument("--client-secret", default=os.environ.get("OCOP_CLIENT_SECRET", "ocop-integrator-demo-secret"))
    ap.add_argument("--state-dir", default=".ocop-sync", help="where the cursor and the local copy are kept")
    ap.add_argument("--limit", type=int, default=200, help="events per page (1-1000)")
    ap.add_argument("--no-fetch", action="store_true", help="follow the feed only, without reading each resource")
    ap.add_argument("--events-out", help="append each event read as a JSON line to this file")
    args = ap.parse_args()

    os.makedirs(args.state_dir, exist_ok=True)
    cursor_file = os.path.join(args.state_dir, "cursor")
    mirror_file = os.path.join(args.state_dir, "mirror.json")
    cursor = load(cursor_file, "0")
    mirror = load(mirror_file, {})  # "TYPE/id" -> {"etag": ..., "body": ...}
    client = Client(args.api, args.token_url, args.client_id, args.client_secret)
    counts = collections.Counter()
    print(f"sync from cursor {cursor} at {args.api}")
    try:
        while True:
            _, page, _ = client.get("/api/v1/changes", {"after": cursor, "limit": args.limit})
            for e in page["items"]:
                key = f"{e['resourceType']}/{e['resourceId']}"
                counts[e["action"]] += 1
                print(f"  {e['cursor']:>8} {e['action']:<8} {key:<28} v{e['version']:<4} {e['at']} by {e['actor']}")
                if args.events_out:
                    with open(args.events_out, "a", encoding="utf-8") as out:
                        out.write(json.dumps(e, ensure_ascii=False) + "\n")
                if e["action"] == "DELETED":
                    mirror.pop(key, None)
                elif not args.no_fetch:
                    held = mirror.get(key)
                    if held and int(held["etag"].strip('W/"')) >= e["version"]:
                        counts["already current"] += 1  # a later read already brought this version
                        continue
                    try:
                        status, body, etag = client.get(e["href"], etag=held and held["etag"])
                    except Problem as p:
                        if p.status == 404:
                            counts["gone since"] += 1  # deleted later: its tombstone follows in the feed
                            continue
                        raise
                    if status == 304:
                        counts["304 not modified"] += 1
                    else:
                        counts["fetched"] += 1
                        mirror[key] = {"etag": etag, "body": body}
            if not args.no_fetch:
                save(mirror_file, mirror)
            cursor = page["next"]
            save(cursor_file, cursor)
            if not page["hasMore"]:
                break
    except Problem as p:
        print(f"problem: {p}", file=sys.stderr)
        for err in p.body.get("errors", []):
            print(f"  {err.get('field')}: {err.get('message')}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "nothing new"
    print(f"up to date at cursor {cursor}: {summary}; {len(mirror)} resources held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
