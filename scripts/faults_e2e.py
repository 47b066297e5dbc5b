"""Injected faults against the packaged backend (issue 14 §4), run by scripts/faults-e2e.sh, which prepares a private
PostgreSQL cluster and cleans up. This driver starts the backend (and restarts it after killing it), puts a small HTTP
proxy between it and the shared Keycloak, and checks each fault's outcome over HTTP and in the database:

  keycloak      the proxy is cut: tokens issued before keep working, readiness is DOWN, then UP again
  pg-restart    PostgreSQL stopped and started under load: in-flight and outage requests are 503 problem+json with
                Retry-After (none hangs, none is a 500), readiness DOWN, recovery without a restart
  disk-full     a round close whose writes hit a full disk: 503, the round as it was
  close-pg      PostgreSQL stopped while a round close is in progress: 503, the round as it was
  close-kill    the backend killed -9 while a round close is in progress: the round as it was; the retry closes it once
  decide-pg     PostgreSQL stopped while a decision is being issued: 503, no decision, no certificate
  decide-kill   the backend killed -9 while a decision is being issued: nothing issued; the retry issues it once

"In progress" is made certain, not timed: a psql session locks a table that the step writes late (evaluation_result
for a close, product_code_sequence for a decision), the step's transaction waits on it with its earlier writes done,
and the fault strikes while pg_stat_activity shows it waiting. Python 3 standard library only.
"""
import argparse
import http.server
import json
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_api import Api, choose, submit_sheet  # noqa: E402

OFFICE = "office"
COUNCIL = ["dc-cauke-1", "dc-cauke-2", "dc-cauke-3"]
B148 = "DECISION_148_2023"
# The longest a request may take while the database is away: the pool's acquisition timeout (5 s) and some slack.
FAIL_FAST_SECONDS = 8


class Failed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failed(message)


class Answer:
    def __init__(self, status, headers, body, seconds):
        self.status, self.headers, self.body, self.seconds = status, headers, body, seconds

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def is_problem(self, status):
        return (self.status == status and self.headers.get("Content-Type", "").startswith("application/problem+json")
                and (self.json() or {}).get("status") == status)

    def unavailable(self):
        """503 problem+json with Retry-After: what a client may retry."""
        return self.is_problem(503) and self.headers.get("Retry-After", "").isdigit()

    def __repr__(self):
        return f"{self.status} in {self.seconds:.1f} s {self.body[:160]!r}"


def request(method, url, token=None, body=None, headers=None, timeout=60):
    """One HTTP exchange; status 0 when the connection failed or was cut."""
    h = dict(headers or {})
    data = None
    if token:
        h["Authorization"] = "Bearer " + token
    if body is not None:
        data = json.dumps(body).encode()
        h["Content-Type"] = "application/json"
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, method=method, headers=h),
                                    timeout=timeout) as r:
            return Answer(r.status, dict(r.headers), r.read().decode(errors="replace"), time.monotonic() - t0)
    except urllib.error.HTTPError as e:
        return Answer(e.code, dict(e.headers), e.read().decode(errors="replace"), time.monotonic() - t0)
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as e:
        return Answer(0, {}, str(e), time.monotonic() - t0)


def await_ready(process, url, seconds, what, log):
    """Until the jar started as process answers readiness at url; returns the seconds it took."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        check(process.poll() is None, f"{what} exited; see {log}")
        if request("GET", url + "/q/health/ready", timeout=10).status == 200:
            return time.monotonic() - t0
        time.sleep(0.3)
    raise Failed(f"{what} did not become ready; see {log}")


def stop_process(process):
    """Ends a started jar: SIGTERM, SIGKILL if it is still there after 30 s."""
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(30)


def in_background(fn):
    """Runs fn on a thread; returns a function that waits for and returns its result."""
    out = {}
    t = threading.Thread(target=lambda: out.setdefault("value", fn()), daemon=True)
    t.start()

    def result(timeout=120):
        t.join(timeout)
        check("value" in out, "a request never returned")
        return out["value"]
    return result


class Database:
    """The private cluster: SQL as its superuser, stop and start with pg_ctl as the postgres user."""

    def __init__(self, args):
        self.args = args

    def sql(self, statement):
        r = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.args.pg_port),
                            "-U", "postgres", "-d", "ocop", "-c", statement], capture_output=True, text=True)
        if r.returncode != 0:
            raise Failed(f"psql failed: {r.stderr.strip()}")
        return r.stdout.strip()

    def number(self, statement):
        return int(self.sql(statement))

    def pg_ctl(self, *action, check=True):
        cmd = [os.path.join(self.args.pg_bin, "pg_ctl"), "-D", self.args.pg_data, "-w", "-l", self.args.pg_log, *action]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--"] + cmd
        return subprocess.run(cmd, check=check, stdout=subprocess.DEVNULL, cwd="/").returncode

    def running(self):
        return self.pg_ctl("status", check=False) == 0

    def stop(self):
        # Immediate, as a crash: in a fast shutdown the lock holder's session may end first and a step waiting for its
        # lock may still commit before its own session ends (seen once in ten restarts under load). Here every
        # session ends at once and nothing commits after the stop.
        self.pg_ctl("-m", "immediate", "stop")

    def start(self):
        self.pg_ctl("start")

    def hold(self, table):
        """A session that holds an EXCLUSIVE lock on table (reads go on, writes wait) until released."""
        return Holder(self, table)

    def wait_for_lock_wait(self, table, timeout=60):
        """Until a session of the backend waits for a lock in a statement naming table; returns that statement."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            q = self.sql("SELECT query FROM pg_stat_activity WHERE datname = 'ocop' AND wait_event_type = 'Lock' "
                         f"AND query ILIKE '%{table}%' AND application_name NOT LIKE 'faults-holder%' LIMIT 1")
            if q:
                return q
            time.sleep(0.1)
        raise Failed(f"no request ever waited on {table}")


class Holder:
    def __init__(self, db, table):
        env = dict(os.environ, PGAPPNAME="faults-holder")
        self.p = subprocess.Popen(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
                                   str(db.args.pg_port), "-U", "postgres", "-d", "ocop"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        self.p.stdin.write(f"BEGIN;\nLOCK TABLE {table} IN EXCLUSIVE MODE;\n\\echo locked\n")
        self.p.stdin.flush()
        check(self.p.stdout.readline().strip() == "locked", f"could not lock {table}")

    def release(self):
        try:
            self.p.stdin.write("ROLLBACK;\n\\q\n")
            self.p.stdin.flush()
        except (BrokenPipeError, OSError):
            pass  # its connection died with the server
        self.p.wait(30)


class Backend:
    """The packaged backend on its port, against the private cluster, reaching Keycloak through the proxy."""

    def __init__(self, args):
        self.args = args
        self.url = f"http://localhost:{args.port}"
        self.process = None

    def start(self):
        env = dict(os.environ, QUARKUS_HTTP_PORT=str(self.args.port),
                   QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:{self.args.pg_port}/ocop",
                   QUARKUS_OIDC_AUTH_SERVER_URL=f"http://127.0.0.1:{self.args.proxy_port}/realms/ocop",
                   QUARKUS_OIDC_TOKEN_ISSUER=f"{self.args.keycloak}/realms/ocop")
        with open(self.args.backend_log, "a") as log:
            # The flags of scripts/lib.sh (backend/jvm.options), which the shell script exports.
            # From the jar's folder, where its AppCDS archive holds (scripts/lib.sh, backend_exec).
            java = ["java", *shlex.split(os.environ.get("OCOP_JAVA_OPTS", "")), "-jar", "quarkus-run.jar"]
            self.process = subprocess.Popen(java, stdout=log, stderr=subprocess.STDOUT, env=env,
                                            cwd=os.path.dirname(os.path.abspath(self.args.jar)))
        with open(self.args.pid_file, "w") as f:
            f.write(str(self.process.pid))
        return await_ready(self.process, self.url, 180, "the backend", self.args.backend_log)

    def kill9(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)

    def stop(self):
        stop_process(self.process)

    def ready(self):
        a = request("GET", self.url + "/q/health/ready", timeout=20)
        checks = {c["name"]: c["status"] for c in (a.json() or {}).get("checks", [])}
        return a.status, checks

    def wait_ready(self, timeout=60):
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            if self.ready()[0] == 200:
                return time.monotonic() - t0
            time.sleep(0.2)
        raise Failed(f"readiness did not come back within {timeout} s: {self.ready()}")


class KeycloakProxy:
    """HTTP in front of Keycloak that can be cut (its port refuses connections) and restored. The discovery document is
    rewritten so that the backend fetches the keys through the proxy too; the issuer stays Keycloak's."""

    def __init__(self, port, keycloak):
        self.port, self.keycloak = port, keycloak.rstrip("/")
        self.server = None
        self.paths = set()

    def start(self):
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.forward()

            def do_HEAD(self):
                self.forward()

            def forward(self):
                # The backend only reads from Keycloak (discovery, keys, the health check's HEAD).
                proxy.paths.add(self.path)
                a = request(self.command, proxy.keycloak + self.path, headers={"Accept": "application/json"}, timeout=10)
                body = a.body.encode()
                if self.command == "GET" and self.path.endswith("/.well-known/openid-configuration") and a.status == 200:
                    doc = json.loads(body)
                    here = f"http://127.0.0.1:{proxy.port}"
                    doc = {k: (v.replace(proxy.keycloak, here) if isinstance(v, str) and k != "issuer" else v)
                           for k, v in doc.items()}
                    body = json.dumps(doc).encode()
                self.send_response(a.status or 502)
                self.send_header("Content-Type", a.headers.get("Content-Type", "application/json"))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def log_message(self, *a):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def cut(self):
        self.server.shutdown()
        self.server.server_close()


class Faults:
    def __init__(self, args):
        self.args = args
        self.db = Database(args)
        self.backend = Backend(args)
        self.proxy = KeycloakProxy(args.proxy_port, args.keycloak)
        self.api = None
        self.results = []

    # --- setup -------------------------------------------------------------------------------------------------------

    def token(self, user):
        return self.api.token(user)

    def setup(self):
        """A 148 district round of Cầu Kè, SCORING, two entries each scored 58, 60, 62 by the three members: closing
        it recognises both at 3★."""
        self.api = Api(self.backend.url, self.args.keycloak)
        for user in [OFFICE] + COUNCIL:
            self.api.login(user)
        a = self.api
        version = a.get(OFFICE, "/api/v1/rubric-versions", legalBasisCode=B148, status="PUBLISHED", sort="id")["items"][0]
        product_set = [s for s in a.items(OFFICE, "/api/v1/product-sets", legalBasis=B148) if s["number"] == 1][0]
        self.producer = a.post(OFFICE, "/api/v1/producers", {
            "type": "COOPERATIVE", "name": "Hợp tác xã Dừa sáp Sự Cố", "districtCode": "845",
            "registeredOn": "2019-06-01"})
        products = [a.post(OFFICE, "/api/v1/products", {
            "name": name, "producerId": self.producer["id"], "productSetId": product_set["id"], "yearEntered": 2024,
            "status": "ACTIVE"})["id"] for name in ("Mứt dừa sáp Sự Cố", "Kẹo dừa sáp Sự Cố")]
        self.round = a.post(OFFICE, "/api/v1/evaluation-rounds", {
            "year": 2024, "level": "DISTRICT", "adminUnitCode": "845", "legalBasisCode": B148,
            "rubricVersionId": version["id"], "opensOn": "2024-03-01", "closesOn": "2024-07-01"})["id"]
        _, etag = a.call(OFFICE, "GET", f"/api/v1/evaluation-rounds/{self.round}")
        a.call(OFFICE, "PUT", f"/api/v1/evaluation-rounds/{self.round}/council", {"members": [
            {"username": u, "fullName": a.full_name(u), "position": "Chủ tịch Hội đồng" if i == 0 else "Ủy viên",
             "chair": i == 0} for i, u in enumerate(COUNCIL)]}, if_match=etag)
        entries = [a.post(OFFICE, f"/api/v1/evaluation-rounds/{self.round}/entries", {"productId": p}) for p in products]
        a.post(OFFICE, f"/api/v1/evaluation-rounds/{self.round}/start-scoring")
        for e in entries:
            sheet = a.get(OFFICE, f"/api/v1/rubric-sheets/{e['rubricSheetId']}")
            for i, member in enumerate(COUNCIL):
                submit_sheet(a, OFFICE, member, e["id"], lambda t=58 + 2 * i: choose(sheet, t, 3)[0])
        self.entries = len(entries)

    # --- what the database holds -------------------------------------------------------------------------------------

    def round_state(self):
        r = self.round
        return {
            "status": self.db.sql(f"SELECT status FROM evaluation_round WHERE id = {r}"),
            "results": self.db.number(f"SELECT count(*) FROM evaluation_result WHERE round_id = {r}"),
            "closed": self.db.number("SELECT count(*) FROM audit_event WHERE entity_type = 'EvaluationRound' "
                                     f"AND entity_id = '{r}' AND action = 'CLOSED'"),
            "decisions": self.db.number(f"SELECT count(*) FROM recognition_decision WHERE evaluation_round_id = {r}"),
            "certificates": self.db.number("SELECT count(*) FROM ocop_certificate c JOIN recognition_decision d "
                                           f"ON d.id = c.decision_id WHERE d.evaluation_round_id = {r}"),
            "codes": self.db.number("SELECT coalesce(sum(last_value), 0) FROM product_code_sequence"),
        }

    def close(self):
        return request("POST", f"{self.backend.url}/api/v1/evaluation-rounds/{self.round}/close", self.token(OFFICE),
                       body={})

    DECISION = {"number": "77/QĐ-UBND", "decidedOn": "2024-08-01", "signer": "Phó Chủ tịch UBND huyện Cầu Kè"}

    def decide(self, key=None):
        return request("POST", f"{self.backend.url}/api/v1/evaluation-rounds/{self.round}/decision", self.token(OFFICE),
                       body=self.DECISION, headers={"Idempotency-Key": key} if key else None)

    # --- the faults --------------------------------------------------------------------------------------------------

    def run(self, name, fn):
        t0 = time.monotonic()
        try:
            self.api.login(OFFICE)  # a fresh token: people's tokens may live only minutes
            summary = fn()
            line = f"faults: {name}: passed in {time.monotonic() - t0:.1f} s — {summary}"
            self.results.append(True)
        except Failed as e:
            line = f"faults: {name}: FAILED — {e}"
            self.results.append(False)
            self.recover()
        print(line, flush=True)

    def recover(self):
        """After a failed fault, the database and the backend up again: one failure must not fail every later one."""
        try:
            if not self.db.running():
                self.db.start()
            if self.backend.process.poll() is not None:
                self.backend.start()
            self.backend.wait_ready(60)
        except (Failed, subprocess.CalledProcessError) as e:
            print(f"faults: could not recover from the failure: {e}", flush=True)

    def keycloak(self):
        token = self.token(OFFICE)  # issued before the cut
        status, checks = self.backend.ready()
        check(status == 200, f"readiness not UP before the cut: {checks}")
        check(any(p.endswith("/certs") for p in self.proxy.paths), f"the keys were not fetched through the proxy: "
              f"{self.proxy.paths}")
        self.proxy.cut()
        during = request("GET", f"{self.backend.url}/api/v1/producers?size=1", token)
        check(during.status == 200, f"a token issued before the cut was refused: {during}")
        status, checks = self.backend.ready()
        oidc = {k: v for k, v in checks.items() if "Identity provider" in k}
        check(status == 503 and oidc and set(oidc.values()) == {"DOWN"}, f"readiness while Keycloak is cut: {status} "
              f"{checks}")
        check(all(v == "UP" for k, v in checks.items() if k not in oidc), f"only the identity provider is DOWN: {checks}")
        self.proxy.start()
        back = self.backend.wait_ready(30)
        after = request("GET", f"{self.backend.url}/api/v1/producers?size=1", token)
        check(after.status == 200, f"after the proxy came back: {after}")
        return (f"old token 200 while cut, readiness 503 ({', '.join(oidc)} DOWN), UP {back:.1f} s after the proxy "
                "came back")

    def pg_restart(self):
        url = self.backend.url
        token = self.token(OFFICE)
        pid = self.producer["id"]
        answers = []
        stop = threading.Event()

        def load(kind):
            while not stop.is_set():
                begun = time.monotonic()
                if kind == "read":
                    a = request("GET", f"{url}/api/v1/producers?size=5&sort=-updatedAt", token)
                elif kind == "public":
                    a = request("GET", f"{url}/api/v1/public/products?size=5")
                else:
                    got = request("GET", f"{url}/api/v1/producers/{pid}", token)
                    if got.status != 200:
                        a = got
                    else:
                        body = got.json()
                        change = {k: body.get(k) for k in ("type", "name", "districtCode", "registeredOn")}
                        change["name"] = f"Hợp tác xã Dừa sáp Sự Cố {len(answers)}"
                        a = request("PUT", f"{url}/api/v1/producers/{pid}", token, change,
                                    {"If-Match": got.headers.get("ETag", "")})
                answers.append((begun, time.monotonic(), a))
                time.sleep(0.05)

        threads = [threading.Thread(target=load, args=(k,), daemon=True) for k in ("read", "public", "write", "read")]
        for t in threads:
            t.start()
        try:
            time.sleep(2)
            # A request certainly in flight: its update waits for a row that psql holds when the database goes away.
            holder = self.db.hold("producer")
            in_flight = in_background(lambda: request(
                "PUT", f"{url}/api/v1/producers/{pid}", token, {"type": "COOPERATIVE", "name": "Cơ sở Đang Ghi",
                                                                "districtCode": "845", "registeredOn": "2019-06-01"},
                {"If-Match": "*"}))
            self.db.wait_for_lock_wait("producer")
            t_stop = time.monotonic()
            self.db.stop()
            holder.release()
            flight = in_flight()
            check(flight.unavailable(), f"the request in flight: {flight}")
            time.sleep(1)
            status, checks = self.backend.ready()
            check(status == 503 and "DOWN" in checks.values(), f"readiness while PostgreSQL is down: {status} {checks}")
            outage = request("GET", f"{url}/api/v1/producers?size=1", token)
            check(outage.unavailable() and outage.seconds <= FAIL_FAST_SECONDS, f"a request during the outage: {outage}")
            time.sleep(4)
            t_start = time.monotonic()
            self.db.start()
            back = self.backend.wait_ready(60)
            time.sleep(2)
            stop.set()
            for t in threads:
                t.join(60)
            down = [a for _, end, a in answers if t_stop <= end]
            statuses = {}
            for _, _, a in answers:
                statuses[a.status] = statuses.get(a.status, 0) + 1
            bad = [a for _, _, a in answers if a.status not in (200, 412) and not a.unavailable()]
            check(not bad, f"answers that are neither a result nor a 503 problem with Retry-After: {bad[:3]}")
            slow = [a for _, _, a in answers if a.seconds > FAIL_FAST_SECONDS]
            check(not slow, f"requests slower than {FAIL_FAST_SECONDS} s: {slow[:3]}")
            check(any(a.unavailable() for a in down), "the load never saw the outage")
            recovered = [a for begun, _, a in answers if begun > t_start + back]
            check(recovered and all(a.status in (200, 412) for a in recovered), f"after recovery: {recovered[:3]}")
            worst = max(a.seconds for _, _, a in answers)
            return (f"{len(answers)} requests {statuses}, in flight 503 in {flight.seconds:.1f} s, slowest "
                    f"{worst:.1f} s, readiness DOWN then UP {back:.1f} s after the start, no restart")
        finally:
            stop.set()  # the load ends with this fault, passed or failed

    def expect_unchanged(self, before, what):
        after = self.round_state()
        check(after == before, f"{what}: the database changed: {before} → {after}")

    def disk_full(self):
        before = self.round_state()
        check(before["status"] == "SCORING", f"round not SCORING: {before}")
        how = self.fill_disk()
        try:
            a = self.close()
            check(a.unavailable(), f"close on a full disk: {a}")
            self.expect_unchanged(before, "close on a full disk")
        finally:
            self.free_disk()
        return f"{how}: close answered 503 with Retry-After, round still SCORING, 0 results"

    def fill_disk(self):
        """Moves evaluation_result onto a tablespace on a tiny filesystem and fills it (a real ENOSPC); where
        mounting is not permitted, a trigger raises SQLSTATE 53100 on its inserts instead."""
        mount = self.args.disk
        os.makedirs(mount, exist_ok=True)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", mount],
                                 capture_output=True).returncode == 0
        if mounted:
            subprocess.run(["chown", "postgres:postgres", mount], check=True)
            self.db.sql(f"CREATE TABLESPACE faults_tiny LOCATION '{mount}'")
            self.db.sql("ALTER TABLE evaluation_result SET TABLESPACE faults_tiny")
            subprocess.run(["dd", "if=/dev/zero", f"of={mount}/filler", "bs=4k"], capture_output=True)
            free = os.statvfs(mount)
            check(free.f_bavail == 0, "the tiny filesystem is not full")
            self.injected = False
            return "real disk full (tablespace on a full 1 MiB tmpfs)"
        self.db.sql("CREATE FUNCTION faults_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100'; END $$")
        self.db.sql("CREATE TRIGGER faults_disk_full BEFORE INSERT ON evaluation_result "
                    "FOR EACH ROW EXECUTE FUNCTION faults_disk_full()")
        self.injected = True
        return "injected SQLSTATE 53100 (mount not permitted here)"

    def free_disk(self):
        if self.injected:
            self.db.sql("DROP TRIGGER faults_disk_full ON evaluation_result; DROP FUNCTION faults_disk_full()")
            return
        os.remove(os.path.join(self.args.disk, "filler"))
        self.db.sql("ALTER TABLE evaluation_result SET TABLESPACE pg_default")
        self.db.sql("DROP TABLESPACE faults_tiny")
        subprocess.run(["umount", self.args.disk], check=True)

    def in_progress(self, table, step, fault):
        """Runs step while table is locked, strikes with fault once step waits on it, then releases the lock."""
        holder = self.db.hold(table)
        answer = in_background(step)
        waiting = self.db.wait_for_lock_wait(table)
        fault()
        holder.release()
        return answer(), waiting

    def database_stopped(self, table, step, what):
        """Stops PostgreSQL while step waits on table: step must answer 503 and leave the round as it was."""
        before = self.round_state()
        a, waiting = self.in_progress(table, step, self.db.stop)
        self.db.start()
        check(a.unavailable(), f"the {what} in progress when PostgreSQL stopped: {a}")
        self.backend.wait_ready(60)
        self.expect_unchanged(before, f"{what} interrupted by a database stop")
        return waiting

    def close_pg(self):
        waiting = self.database_stopped("evaluation_result", self.close, "close")
        return f"close waiting in `{waiting[:40]}…` answered 503, round still SCORING, 0 results"

    def close_kill(self):
        before = self.round_state()
        a, _ = self.in_progress("evaluation_result", self.close, self.backend.kill9)
        check(a.status == 0, f"the close answered although its backend was killed: {a}")
        self.expect_unchanged(before, "close interrupted by kill -9")
        restart = self.backend.start()
        retry = self.close()
        check(retry.status == 200 and retry.json()["status"] == "CLOSED", f"the retried close: {retry}")
        again = self.close()
        check(again.is_problem(409), f"a second close: {again}")
        after = self.round_state()
        check(after["results"] == self.entries and after["closed"] == 1, f"after the retry: {after}")
        return (f"round as before after kill -9; restarted in {restart:.1f} s; the retry closed it once "
                f"({after['results']} results, 1 CLOSED in the trail), a second close 409")

    def decide_pg(self):
        f = request("POST", f"{self.backend.url}/api/v1/evaluation-rounds/{self.round}/finalize", self.token(OFFICE))
        check(f.status == 200, f"finalize: {f}")
        self.database_stopped("product_code_sequence", self.decide, "decision")
        return "decision waiting for its product codes answered 503; no decision, no certificate, no code used"

    def decide_kill(self):
        before = self.round_state()
        a, _ = self.in_progress("product_code_sequence", lambda: self.decide("faults-decision-1"), self.backend.kill9)
        check(a.status == 0, f"the decision answered although its backend was killed: {a}")
        self.expect_unchanged(before, "decision interrupted by kill -9")
        self.backend.start()
        retry = self.decide("faults-decision-1")
        check(retry.status == 201, f"the retried decision: {retry}")
        replay = self.decide("faults-decision-1")
        check(replay.status == 201 and replay.headers.get("Idempotent-Replayed") == "true"
              and replay.headers.get("Location") == retry.headers.get("Location"), f"its replay: {replay}")
        other = self.decide()
        check(other.is_problem(409), f"another decision on the round: {other}")
        after = self.round_state()
        check(after["decisions"] == 1 and after["certificates"] == self.entries
              and after["codes"] == before["codes"] + self.entries, f"after the retry: {after}")
        return (f"nothing issued after kill -9; the retry issued 1 decision with {after['certificates']} certificates, "
                "its replay returned it, another decision 409")

    def main(self):
        self.proxy.start()
        t = self.backend.start()
        print(f"faults: backend ready in {t:.1f} s on {self.backend.url} (PostgreSQL :{self.args.pg_port}, Keycloak "
              f"through :{self.args.proxy_port})", flush=True)
        try:
            self.setup()
            self.run("keycloak unreachable", self.keycloak)
            for i in range(self.args.restarts):
                self.run(f"postgresql restarted under load ({i + 1}/{self.args.restarts})", self.pg_restart)
            self.run("disk full during a round close", self.disk_full)
            self.run("postgresql stopped during a round close", self.close_pg)
            self.run("backend killed during a round close", self.close_kill)
            self.run("postgresql stopped during a decision", self.decide_pg)
            self.run("backend killed during a decision", self.decide_kill)
        finally:
            self.backend.stop()
        passed = sum(self.results)
        print(f"faults: {passed} passed, {len(self.results) - passed} failed", flush=True)
        return 0 if passed == len(self.results) == 6 + self.args.restarts else 1


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for name in ("jar", "keycloak", "pg-bin", "pg-data", "pg-log", "backend-log", "pid-file", "disk"):
        p.add_argument("--" + name, required=True)
    for name in ("port", "pg-port", "proxy-port", "restarts"):
        p.add_argument("--" + name, type=int, required=True)
    return Faults(p.parse_args()).main()


if __name__ == "__main__":
    sys.exit(main())
