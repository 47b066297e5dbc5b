#!/usr/bin/env python3
"""`make bench`: one table of throughput and latency at national scale (docs/performance.md, issue 15).

scripts/bench.sh prepares the machine (wrk, the jar, Keycloak, a private PostgreSQL cluster holding a fresh copy of
the dataset) and runs this. Here: the packaged backend is started twice (the second start is the measured cold start
to ready on a migrated database), a scoring fixture is made through the API, the SQL that each scenario's request
sends is captured once from the cluster's statement log, then each scenario runs under wrk at fixed concurrency and
its SQL under `pgbench -M prepared` at the same concurrency. Prints one markdown table and writes it to
.run/bench-<UTC time>.md. Python 3 standard library only.
"""
import argparse
import concurrent.futures
import datetime
import json
import math
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
from demo_api import Api, ApiError, choose  # noqa: E402  (the demo loaders' HTTP client and score choices)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CONNECTIONS = 8

# name → (user, method and path or a mode, description). The framework floor comes first.
SCENARIOS = [
    ("me", "office", "/api/v1/me", "framework floor: `GET /api/v1/me`"),
    ("product-search", "office", "/api/v1/products?q=" + urllib.parse.quote("tra sam dinh lang"),
     "product search `q=tra sam dinh lang`"),
    ("producer-search", "office", "/api/v1/producers?q=" + urllib.parse.quote("hop tac xa dua sap"),
     "producer search `q=hop tac xa dua sap`"),
    ("product-list", "office", "/api/v1/products?size=20", "product list, first page"),
    ("producer-list", "office", "/api/v1/producers?size=20", "producer list, first page"),
    ("product-detail", "office", "/api/v1/products/{product}", "product detail"),
    ("report-country", "office", "/api/v1/reports/annual?year={year}", "annual report {year}, whole country"),
    ("report-province", "office", "/api/v1/reports/annual?year={year}&unit={province}",
     "annual report {year}, province {province}"),
    ("sheet-save", "pc1", "save", "score-sheet save (PUT, If-Match)"),
    ("sheet-submit", "pc1", "submit", "score-sheet submit"),
    # With a staff token: anonymous callers are rate-limited per address (429), and one address is all wrk has.
    ("certificate", "office", "/api/v1/public/certificates/{certificate}", "public certificate lookup"),
    ("changes", "office", "/api/v1/changes?limit=100", "change feed, first page (`after=0`)"),
]
# The demo's provincial council of Trà Vinh (keycloak/demo-overlay.json); its round opens before the province merged
# into Vĩnh Long on 2025-07-01 (a round's unit must be valid on its opening day).
COUNCIL = ("pc1", "pc2", "pc3")
ROUND_UNIT = "84"
POSITIONS = ("Chủ tịch Hội đồng", "Thành viên", "Thành viên")


def log(msg):
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


class Pg:
    """psql against the private cluster."""

    def __init__(self, port, db):
        self.port, self.db = port, db

    def run(self, sql, db=None, user="ocop"):
        out = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
                              str(self.port), "-U", user, "-d", db or self.db, "-c", sql],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()

    def superuser(self, sql):
        return self.run(sql, user="postgres")


class Backend:
    def __init__(self, args):
        self.args, self.proc = args, None
        self.url = f"http://127.0.0.1:{args.port}"

    def start(self):
        env = dict(os.environ, QUARKUS_HTTP_PORT=str(self.args.port),
                   QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:{self.args.pg_port}/{self.args.db}")
        # From the jar's folder, as scripts/lib.sh's backend_exec: the AppCDS archive holds for that class path only.
        cmd = ["java"] + self.args.jvm_opts.split() + ["-jar", os.path.basename(self.args.jar)]
        logf = open(self.args.backend_log, "a")
        t0 = time.monotonic()
        self.proc = subprocess.Popen(cmd, env=env, stdout=logf, stderr=subprocess.STDOUT,
                                     cwd=os.path.dirname(self.args.jar))
        while time.monotonic() - t0 < 180:
            if self.proc.poll() is not None:
                raise SystemExit(f"the backend exited ({self.args.backend_log})")
            try:
                with urllib.request.urlopen(self.url + "/q/health/ready", timeout=2) as r:
                    if r.status == 200:
                        return time.monotonic() - t0
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.05)
        raise SystemExit(f"the backend was not ready after 180 s ({self.args.backend_log})")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def cpu_seconds(self):
        """The backend's CPU time so far (user + system): per request, the figure a busy machine inflates least."""
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")


# ---------------------------------------------------------------- server-side figures (Micrometer, /q/metrics)

# Label values may hold braces (uri="/api/v1/products/{id}"): a label set ends at a brace outside quotes.
METRIC = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[^"}]|"(?:[^"\\]|\\.)*")*\})?\s+(\S+)')


def metrics(base):
    """{(name, labels): value} from /q/metrics, or None when the backend has no Prometheus endpoint."""
    try:
        with urllib.request.urlopen(base + "/q/metrics", timeout=5) as r:
            text = r.read().decode()
    except (urllib.error.URLError, OSError):
        return None
    out = {}
    for line in text.splitlines():
        m = METRIC.match(line)
        if m and not line.startswith("#"):
            try:
                out[(m.group(1), m.group(2) or "")] = float(m.group(3))
            except ValueError:
                pass
    return out


def label(labels, key):
    m = re.search(key + r'="([^"]*)"', labels)
    return m.group(1) if m else None


def server_side(before, after):
    """Mean and p99 (from the histogram buckets) of the API's requests between two scrapes, in ms."""
    if before is None or after is None:
        return None, None

    def api(labels):
        uri = label(labels, "uri") or ""
        return uri.startswith("/api/")

    def delta(name):
        return sum(v - before.get(k, 0) for k, v in after.items() if k[0] == name and api(k[1]))

    count, total = delta("http_server_requests_seconds_count"), delta("http_server_requests_seconds_sum")
    if count <= 0:
        return None, None
    buckets = {}
    for k, v in after.items():
        if k[0] == "http_server_requests_seconds_bucket" and api(k[1]):
            le = label(k[1], "le")
            buckets[le] = buckets.get(le, 0) + v - before.get(k, 0)
    p99 = None
    finite = sorted((float(le), n) for le, n in buckets.items() if le not in (None, "+Inf"))
    for le, n in finite:
        if n >= 0.99 * count:
            p99 = le * 1000
            break
    return total / count * 1000, p99


class PoolWatch(threading.Thread):
    """Polls the connection pool's gauges once a second during a run; keeps the highest."""

    def __init__(self, base):
        super().__init__(daemon=True)
        self.base, self.stop, self.active, self.awaiting, self.seen = base, threading.Event(), 0, 0, False

    def run(self):
        while not self.stop.wait(1):
            m = metrics(self.base)
            if not m:
                continue
            for (name, _), v in m.items():
                if name.startswith("agroal_active_count"):
                    self.seen, self.active = True, max(self.active, v)
                elif name.startswith("agroal_awaiting_count"):
                    self.seen, self.awaiting = True, max(self.awaiting, v)


# ---------------------------------------------------------------- wrk

def wrk(args, url, seconds, headers=(), mode="get", sheets=None):
    env = dict(os.environ, BENCH_MODE=mode, BENCH_THREADS=str(args.threads))
    if sheets:
        env["BENCH_SHEETS"] = sheets
    cmd = ["wrk", "-t", str(args.threads), "-c", str(CONNECTIONS), "-d", f"{seconds}s", "--timeout", "10s",
           "-s", os.path.join(HERE, "wrk.lua")]
    for h in headers:
        cmd += ["-H", h]
    out = subprocess.run(cmd + [url], env=env, capture_output=True, text=True)
    m = re.search(r"BENCH-RESULT (\{.*\})", out.stdout)
    if not m:
        raise RuntimeError(f"wrk printed no result: {out.stdout}\n{out.stderr}")
    r = json.loads(m.group(1))
    if mode == "get":
        r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    else:  # sheets: only the 2xx answers count, over the time they took
        r["rps"] = r["ok"] / (r["span_us"] / 1e6) if r["span_us"] else 0
        r["errors"] = r["bad"]
    return r


# ---------------------------------------------------------------- the scoring fixture

def fixture(api, sizes, year):
    """A provincial round in scoring with the council pc1 (chair), pc2, pc3 and enough entries for every member's
    sheets: DRAFT sheets with every criterion answered, from which save and submit draw. Made through the API."""
    needed = sum(sizes.values())
    entries_needed = math.ceil(needed / len(COUNCIL))
    r = api.post("office", "/api/v1/evaluation-rounds", {
        "year": year, "level": "PROVINCIAL", "adminUnitCode": ROUND_UNIT,
        "opensOn": f"{year}-03-03", "closesOn": f"{year}-06-27"})
    _, etag = api.call("office", "GET", f"/api/v1/evaluation-rounds/{r['id']}")
    api.call("office", "PUT", f"/api/v1/evaluation-rounds/{r['id']}/council", {"members": [
        {"username": u, "fullName": api.full_name(u), "position": POSITIONS[i], "chair": i == 0}
        for i, u in enumerate(COUNCIL)]}, if_match=etag)
    pool = concurrent.futures.ThreadPoolExecutor(CONNECTIONS)

    def enter(product_id):
        try:  # products of a set without a sheet in the round's rubric are refused (400): others are taken
            return api.post("office", f"/api/v1/evaluation-rounds/{r['id']}/entries", {"productId": product_id})
        except ApiError:
            return None
    entries, page = [], 0
    while len(entries) < entries_needed:
        got = api.get("office", "/api/v1/products", size=200, page=page)
        if not got["items"]:
            raise SystemExit(f"the dataset has fewer than {entries_needed} products that round {r['id']} accepts")
        entries += [e for e in pool.map(enter, [p["id"] for p in got["items"]]) if e]
        page += 1
    api.post("office", f"/api/v1/evaluation-rounds/{r['id']}/start-scoring")
    rubric = {}
    for e in entries:
        sid = e["rubricSheetId"]
        if sid not in rubric:
            sheet = api.get("office", f"/api/v1/rubric-sheets/{sid}")
            rubric[sid] = (choose(sheet, 55)[0], choose(sheet, 80)[0])

    def make(job):
        entry, member = job
        created, etag = api.call(member, "POST", "/api/v1/score-sheets", {"entryId": entry["id"]})
        a, b = rubric[entry["rubricSheetId"]]
        _, etag = api.call(member, "PUT", f"/api/v1/score-sheets/{created['id']}", {"choices": a}, if_match=etag)
        return {"id": created["id"], "member": member, "etag": etag, "a": a, "b": b}

    jobs = [(e, m) for e in entries for m in COUNCIL][:needed]
    made = list(pool.map(make, jobs))
    pool.shutdown()
    out, i = {}, 0
    for name, n in sizes.items():
        out[name] = made[i:i + n]
        i += n
    return r["id"], out


def sheets_file(path, api, sheets):
    with open(path, "w") as f:
        for s in sheets:
            token = api.token(s["member"])
            f.write("\t".join([str(s["id"]), token, s["etag"], json.dumps({"choices": s["a"]}),
                               json.dumps({"choices": s["b"]})]) + "\n")
    return path


# ---------------------------------------------------------------- SQL capture and pgbench

LOG_LINE = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] (LOG|DETAIL):  (.*)$")
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")


def statements(text):
    """(sql, {n: value or None}) of each statement executed in a slice of the server log (log_statement=all)."""
    records = []
    for line in text.split("\n"):
        m = LOG_LINE.match(line)
        if m:
            records.append([m.group(2), m.group(3)])
        elif line.startswith("\t") and records:
            records[-1][1] += "\n" + line[1:]
    out = []
    for kind, body in records:
        if kind == "LOG":
            m = re.match(r"(?:execute [^:]*|statement): (.*)", body, re.S)
            out.append([m.group(1), {}] if m else None)
        elif kind == "DETAIL" and out and out[-1] is not None and body.startswith("parameters: "):
            out[-1][1] = {int(n): (None if v == "NULL" else v[1:-1].replace("''", "'"))
                          for n, v in PARAM.findall(body)}
    return [tuple(s) for s in out if s is not None and s[0].strip()]


def strip_comments(sql):
    return " ".join(re.sub(r"--[^\n]*", "", line).strip() for line in sql.split("\n")).strip()


def pgbench_script(stmts, sequences):
    """A pgbench script replaying the statements with their parameters as pgbench variables (sent as parameters
    with -M prepared) and the -D definitions. Replays must not fail: rows inserted take fresh ids from their
    table's sequence, rows a replay inserts again are skipped (ON CONFLICT DO NOTHING) and optimistic-lock
    conditions (`version=$n` after WHERE) are dropped. A replayed write therefore does at most the work of the
    real one (rows it deletes are gone, rows it inserts are there): its floor is an upper bound."""
    lines, defs, k = [], [], 0
    for sql, params in stmts:
        sql = strip_comments(sql)
        ins = re.match(r"insert into (\w+)\s*\(([^)]*)\)\s*values\s*\(([^)]*)\)", sql, re.I)
        fresh = {}
        if ins and ins.group(1) in sequences:
            cols = [c.strip() for c in ins.group(2).split(",")]
            vals = [v.strip() for v in ins.group(3).split(",")]
            if "id" in cols and vals[cols.index("id")].startswith("$"):
                fresh[int(vals[cols.index("id")][1:])] = f"nextval('{sequences[ins.group(1)]}')"
        where = re.search(r"\bwhere\b", sql, re.I)
        if where and re.match(r"\s*update\b", sql, re.I):
            tail = re.sub(r"\b(\w+\.)?version\s*=\s*\$\d+", "true", sql[where.start():])
            sql = sql[:where.start()] + tail

        def sub(m):
            nonlocal k
            n = int(m.group(1))
            if n in fresh:
                return fresh[n]
            v = params.get(n)
            if v is None:
                return "NULL"
            k += 1
            defs.append(f"v{k}={v}")
            return f":v{k}"
        sql = re.sub(r"\$(\d+)", sub, sql)
        if ins and not re.search(r"\bon conflict\b|\breturning\b", sql, re.I):
            sql += " ON CONFLICT DO NOTHING"  # rows a replay inserts again (choices keyed by sheet and option)
        lines.append(sql + ";")
    return "\n".join(lines) + "\n", defs


def backend_session_options():
    """The session settings of the backend's connections (e.g. `-c jit=off`), so that the floor runs the same SQL alike."""
    with open(os.path.join(ROOT, "backend/src/main/resources/application.properties")) as f:
        for line in f:
            if line.startswith("quarkus.datasource.jdbc.additional-jdbc-properties.options="):
                return line.split("=", 1)[1].strip()
    return ""


def pgbench(args, script, defs, seconds, workdir, name):
    path = os.path.join(workdir, f"{name}.pgbench.sql")
    with open(path, "w") as f:
        f.write(script)
    prefix = os.path.join(workdir, f"{name}.pgbench-log")
    cmd = ["pgbench", "-n", "-M", "prepared", "-c", str(CONNECTIONS), "-j", str(args.threads), "-T", str(seconds),
           "-h", "127.0.0.1", "-p", str(args.pg_port), "-U", "ocop", "-f", path, "-l", "--log-prefix", prefix]
    for d in defs:
        cmd += ["-D", d]
    out = subprocess.run(cmd + [args.db], capture_output=True, text=True, cwd=workdir,
                         env=dict(os.environ, PGOPTIONS=backend_session_options()))
    tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", out.stdout)
    failed = re.search(r"number of failed transactions: (\d+)", out.stdout)
    if out.returncode != 0 or not tps:
        return {"error": (out.stderr.strip().splitlines() or ["pgbench failed"])[-1][:200]}
    lat = []
    for fn in os.listdir(workdir):
        if fn.startswith(os.path.basename(prefix) + "."):
            with open(os.path.join(workdir, fn)) as f:
                lat += [int(line.split()[2]) for line in f if line.strip()]
            os.remove(os.path.join(workdir, fn))
    lat.sort()
    return {"tps": float(tps.group(1)), "p50_ms": lat[len(lat) // 2] / 1000 if lat else None,
            "p99_ms": lat[min(len(lat) - 1, int(len(lat) * 0.99))] / 1000 if lat else None,
            "failed": int(failed.group(1)) if failed else 0}


class Capture:
    """The statements one request sends, from the private cluster's log with log_statement=all (and the plans, with
    auto_explain, kept beside the table for docs/performance.md)."""

    def __init__(self, pg, logfile):
        self.pg, self.logfile = pg, logfile

    def on(self):
        self.pg.superuser("ALTER SYSTEM SET log_statement = 'all'")
        self.pg.superuser("ALTER SYSTEM SET auto_explain.log_min_duration = 0")
        self.pg.superuser("SELECT pg_reload_conf()")
        time.sleep(0.5)

    def off(self):
        self.pg.superuser("ALTER SYSTEM RESET log_statement")
        self.pg.superuser("ALTER SYSTEM RESET auto_explain.log_min_duration")
        self.pg.superuser("SELECT pg_reload_conf()")

    def around(self, fn):
        time.sleep(0.3)  # let the log settle
        start = os.path.getsize(self.logfile)
        fn()
        time.sleep(0.5)
        with open(self.logfile, errors="replace") as f:
            f.seek(start)
            return f.read()


# ---------------------------------------------------------------- the run

def fmt(v, digits=0, unit=""):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "n/a"
    return f"{v:,.{digits}f}{unit}"


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    return f"{os.cpu_count()} CPUs ({cpu}), {mem:.1f} GiB RAM"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", required=True)
    p.add_argument("--port", type=int, default=8090)
    p.add_argument("--pg-port", type=int, default=5452)
    p.add_argument("--db", required=True)
    p.add_argument("--pg-log", required=True)
    p.add_argument("--backend-log", required=True)
    p.add_argument("--keycloak", default="http://localhost:8180")
    p.add_argument("--jvm-opts", default="")
    p.add_argument("--out", required=True)
    p.add_argument("--dataset", default="")
    args = p.parse_args()
    args.threads = int(os.environ.get("BENCH_THREADS", min(os.cpu_count() or 2, CONNECTIONS)))
    seconds = int(os.environ.get("BENCH_SECONDS", "15"))
    warmup = int(os.environ.get("BENCH_WARMUP_SECONDS", "5"))
    year = int(os.environ.get("BENCH_YEAR", "2025"))
    province = os.environ.get("BENCH_PROVINCE", "86")
    wanted = os.environ.get("BENCH_SCENARIOS", "").replace(",", " ").split()
    chosen = [s for s in SCENARIOS if not wanted or s[0] in wanted or s[0] == "me"]
    workdir = args.out[:-3]
    os.makedirs(workdir, exist_ok=True)
    pg = Pg(args.pg_port, args.db)

    backend = Backend(args)
    try:
        first = backend.start()
        log(f"first start (migrations, file cache): {first:.1f} s")
        backend.stop()
        cold = backend.start()
        log(f"cold start to ready: {cold:.1f} s")
        time.sleep(3)
        rss_idle = backend.rss_mib()
        api = Api(backend.url, args.keycloak)
        values = {"year": year, "province": province}
        values["product"] = api.get("office", "/api/v1/products", size=1)["items"][0]["id"]
        values["certificate"] = pg.run("SELECT public_code FROM ocop_certificate ORDER BY id LIMIT 1") or None

        names = [s[0] for s in chosen]
        sheets = {}
        if "sheet-save" in names or "sheet-submit" in names:
            sizes = {"capture-save": 1, "capture-submit": 1, "save": 8 * args.threads,
                     "submit-warm": 0, "submit": 0}
            if "sheet-submit" in names:
                sizes["submit-warm"] = int(os.environ.get("BENCH_SUBMIT_WARM_SHEETS", "60"))
                sizes["submit"] = int(os.environ.get("BENCH_SUBMIT_SHEETS", "800"))
            t0 = time.monotonic()
            round_id, sheets = fixture(api, sizes, year)
            log(f"scoring fixture: round {round_id}, {sum(sizes.values())} draft sheets in "
                f"{time.monotonic() - t0:.0f} s")

        def url_of(path):
            return backend.url + path.format(**values)

        def headers_of(user):
            return [f"Authorization: Bearer {api.token(user)}"] if user else []

        def once(name, user, path):
            """The scenario's request, once, as wrk would send it: returns the call, after what must precede it (the
            save's ETag), so that a capture holds the request's own statements only."""
            if path == "save":
                s = sheets["capture-save"][0]
                _, etag = api.call(s["member"], "GET", f"/api/v1/score-sheets/{s['id']}")
                return lambda: api.call(s["member"], "PUT", f"/api/v1/score-sheets/{s['id']}", {"choices": s["b"]},
                                        if_match=etag)
            if path == "submit":
                s = sheets["capture-submit"][0]
                return lambda: api.post(s["member"], f"/api/v1/score-sheets/{s['id']}/submit")
            req = urllib.request.Request(url_of(path), headers=dict(h.split(": ", 1) for h in headers_of(user)))

            def get():
                with urllib.request.urlopen(req, timeout=60) as r:
                    r.read()
            return get

        # Capture: a few requests first (the driver prepares statements on the server from the fifth use),
        # then one under log_statement=all.
        sequences = dict(line.split("|") for line in pg.run(
            "SELECT c.relname, s.relname FROM pg_class c JOIN pg_depend d ON d.refobjid = c.oid "
            "JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' WHERE c.relkind = 'r' "
            "UNION SELECT regexp_replace(relname, '_seq$', ''), relname FROM pg_class WHERE relkind = 'S'"
        ).splitlines() if "|" in line)
        captured = {}
        cap = Capture(pg, args.pg_log)
        for name, user, path, _ in chosen:
            if name == "certificate" and not values["certificate"]:
                continue
            if path not in ("save", "submit"):
                for _ in range(6):
                    once(name, user, path)()
        cap.on()
        try:
            for name, user, path, _ in chosen:
                if name == "certificate" and not values["certificate"]:
                    continue
                text = cap.around(once(name, user, path))
                with open(os.path.join(workdir, f"{name}.log"), "w") as f:
                    f.write(text)
                captured[name] = statements(text)
        finally:
            cap.off()

        rows = []
        for name, user, path, desc in chosen:
            desc = desc.format(**values)
            row = {"name": name, "desc": desc}
            rows.append(row)
            if name == "certificate" and not values["certificate"]:
                row["skip"] = "no OCOP certificate in the dataset"
                continue
            log(f"{name}: warm-up {warmup} s, run {seconds} s")
            pg.superuser("SELECT pg_stat_statements_reset()")
            if path == "save":
                f = sheets_file(os.path.join(workdir, "save.tsv"), api, sheets["save"])
                wrk(args, backend.url, warmup, mode="save", sheets=f)
                # the warm-up changed the ETags: the run starts from the sheets' current ones
                for s in sheets["save"]:
                    s["etag"] = api.call(s["member"], "GET", f"/api/v1/score-sheets/{s['id']}")[1]
                run = lambda: wrk(args, backend.url, seconds, mode="save",  # noqa: E731
                                  sheets=sheets_file(f, api, sheets["save"]))
            elif path == "submit":
                wrk(args, backend.url, warmup, mode="submit",
                    sheets=sheets_file(os.path.join(workdir, "submit-warm.tsv"), api, sheets["submit-warm"]))
                f = sheets_file(os.path.join(workdir, "submit.tsv"), api, sheets["submit"])
                run = lambda: wrk(args, backend.url, seconds, mode="submit", sheets=f)  # noqa: E731
            else:
                wrk(args, url_of(path), warmup, headers_of(user))
                hs = headers_of(user)
                run = lambda: wrk(args, url_of(path), seconds, hs)  # noqa: E731
            pg.superuser("SELECT pg_stat_statements_reset()")
            before = metrics(backend.url)
            watch = PoolWatch(backend.url)
            watch.start()
            cpu_before = backend.cpu_seconds()
            r = run()
            cpu = backend.cpu_seconds() - cpu_before
            watch.stop.set()
            after = metrics(backend.url)
            stats = pg.superuser(
                "SELECT coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0) FROM pg_stat_statements "
                f"WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '{args.db}') "
                "AND query NOT LIKE '%pg_stat_statements%'").split("|")
            done = r["requests"] if path not in ("save", "submit") else r["ok"] + r["bad"]
            row.update(rps=r["rps"], p50=r["p50_us"] / 1000, p99=r["p99_us"] / 1000, errors=r["errors"],
                       requests=done)
            row["srv_mean"], row["srv_p99"] = server_side(before, after)
            row["pool"] = f"{watch.active:.0f}/{watch.awaiting:.0f}" if watch.seen else "n/a"
            row["cpu_ms"] = cpu * 1000 / done if done else None
            row["stmts"] = float(stats[0]) / done if done else None
            row["db_ms"] = float(stats[1]) / done if done else None
            if name != "me" and captured.get(name):
                script, defs = pgbench_script(captured[name], sequences)
                row["sql_count"] = len(captured[name])
                log(f"{name}: pgbench {seconds} s ({len(captured[name])} statements)")
                row["pgbench"] = pgbench(args, script, defs, seconds, workdir, name)
        rss_load = backend.rss_mib()
    finally:
        backend.stop()
        for f in os.listdir(workdir):  # the sheets' files hold access tokens
            if f.endswith(".tsv"):
                os.remove(os.path.join(workdir, f))

    floor = next((r for r in rows if r["name"] == "me"), None)
    commit = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h %s"], capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = [f"## make bench — {now}", "",
           f"- machine: {machine()}",
           f"- commit: {commit}{' (with uncommitted changes)' if dirty else ''}",
           f"- dataset: {args.dataset}",
           f"- load: wrk, {CONNECTIONS} connections, {args.threads} threads, {seconds} s after {warmup} s of warm-up; "
           f"database floor: pgbench -M prepared, {CONNECTIONS} clients, {seconds} s; JVM options: "
           f"`{args.jvm_opts or '(none)'}`",
           f"- cold start to ready (migrated database): **{cold:.1f} s**; RSS idle **{rss_idle:.0f} MiB**, "
           f"after load **{rss_load:.0f} MiB**", "",
           "| scenario | req/s | p50 ms | p99 ms | errors | server mean / p99 ms | backend CPU ms/req | "
           "pool active/awaiting | SQL stmts/req | DB ms/req | pgbench tps | pgbench p50 / p99 ms | API/framework | "
           "API/database |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        if "skip" in r:
            out.append(f"| {r['desc']} | {r['skip']} |" + " |" * 12)
            continue
        pgb = r.get("pgbench") or {}
        if "error" in pgb:
            pg_tps, pg_lat, ratio_db = f"error: {pgb['error']}", "n/a", "n/a"
        elif pgb:
            pg_tps = fmt(pgb["tps"]) + (f" ({pgb['failed']} failed)" if pgb.get("failed") else "")
            pg_lat = f"{fmt(pgb['p50_ms'], 1)} / {fmt(pgb['p99_ms'], 1)}"
            ratio_db = f"{r['rps'] / pgb['tps']:.0%}" if pgb["tps"] else "n/a"
        else:
            pg_tps, pg_lat, ratio_db = "—", "—", "—"
        ratio_fw = f"{r['rps'] / floor['rps']:.0%}" if floor and r is not floor and floor.get("rps") else "—"
        out.append(f"| {r['desc']} | {fmt(r['rps'])} | {fmt(r['p50'], 1)} | {fmt(r['p99'], 1)} | {r['errors']} | "
                   f"{fmt(r['srv_mean'], 1)} / {fmt(r['srv_p99'], 1)} | {fmt(r['cpu_ms'], 2)} | {r['pool']} | "
                   f"{fmt(r['stmts'], 1)} | "
                   f"{fmt(r['db_ms'], 2)} | {pg_tps} | {pg_lat} | {ratio_fw} | {ratio_db} |")
    out += ["", f"Captured SQL, pgbench scripts and plans (auto_explain): `{os.path.relpath(workdir, ROOT)}/`."]
    table = "\n".join(out) + "\n"
    with open(args.out, "w") as f:
        f.write(table)
    print(table)


if __name__ == "__main__":
    main()
