"""Two backend instances on one database (issue 15 §5), run by scripts/two-instances-e2e.sh, which prepares the
database and cleans up. This driver starts the packaged backend twice (A and B), with the scheduled jobs firing every
few seconds and e-mail going to a small SMTP sink here, and checks over HTTP, in the database and in both logs:

  consistent    a producer written on A reads the same on B (body and ETag), in B's list and B's change feed at the
                same cursor; B updates it with A's ETag, A then reads B's version
  idempotency   a photo uploaded on A with an Idempotency-Key, the same request replayed on B: the same answer,
                Idempotent-Replayed, one photo; B serves A's bytes
  rate-limit    anonymous requests alternating between A and B: one shared count, the limit+1-th is 429 on either
  import        an import started on A is followed to its end on B
  jobs-once     both schedulers fire the reminder job at the same cron instants: each fire time runs on exactly one
                instance (both logs name it); notices inserted as due are each mailed once, by whichever sender won

Python 3 standard library only.
"""
import argparse
import io
import json
import os
import re
import socketserver
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile
import zlib
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_api import Api  # noqa: E402
from faults_e2e import Failed, await_ready, check, request, stop_process  # noqa: E402

OFFICE = "office"
B148 = "DECISION_148_2023"
JOB_LINE = re.compile(r"Scheduled job (\S+) fired at (\S+): (run|already run|running elsewhere) on (\S+)")
NOTICES = 12


class Backend:
    """One instance of the packaged jar on its port, logging to its own file."""

    def __init__(self, name, args, port):
        self.name, self.args, self.port = name, args, port
        self.url = f"http://localhost:{port}"
        self.log = os.path.join(args.log_dir, f"two-instances-{name}.log")
        self.process = None

    def start(self):
        props = {
            "quarkus.http.port": self.port,
            "quarkus.datasource.jdbc.url": f"jdbc:postgresql://127.0.0.1:5432/{self.args.db}",
            # Both fire at the same wall-clock instants: what "runs once" must survive.
            "ocop.reminders.cron": "*/2 * * * * ?",
            "ocop.notices.every": "1s",
            "ocop.notices.batch-size": "3",
            "quarkus.mailer.mock": "false",
            "quarkus.mailer.host": "127.0.0.1",
            "quarkus.mailer.port": self.args.smtp_port,
            "quarkus.mailer.start-tls": "DISABLED",
            "ocop.rate-limit.window": "PT1H",
            "ocop.rate-limit.anonymous-requests": self.args.anonymous_limit,
            'quarkus.log.category."vn.ocop.registry.common.ScheduledOnce".level': "DEBUG",
        }
        # The JVM flags every script starts the jar with (OCOP_JAVA_OPTS, scripts/lib.sh), then this run's settings.
        cmd = (["java"] + os.environ.get("OCOP_JAVA_OPTS", "").split() + [f"-D{k}={v}" for k, v in props.items()]
               + ["-jar", self.args.jar])
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        with open(os.path.join(self.args.log_dir, f"two-instances-{self.name}.pid"), "w") as f:
            f.write(str(self.process.pid))

    def wait_ready(self):
        # ~6 s on a quiet machine; minutes when the machine is shared by several builds.
        await_ready(self.process, self.url, 420, f"instance {self.name}", self.log)

    def stop(self):
        stop_process(self.process)

    def job_lines(self):
        with open(self.log, errors="replace") as f:
            return [m.groups() for m in map(JOB_LINE.search, f) if m]


class SmtpSink:
    """Just enough SMTP for the mailer: accepts every message and keeps its Subject header (encoded as sent)."""

    def __init__(self, port):
        self.subjects = []
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                self.say("220 sink ESMTP")
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    verb = line.decode(errors="replace").strip().split(" ")[0].upper()
                    if verb in ("EHLO", "HELO"):
                        self.say("250 sink")
                    elif verb == "DATA":
                        self.say("354 go on")
                        lines = []
                        while True:
                            raw = self.rfile.readline()
                            if not raw or raw in (b".\r\n", b".\n"):
                                break
                            lines.append(raw.decode(errors="replace").rstrip("\r\n"))
                        subject = next((x[len("Subject: "):] for x in lines if x.startswith("Subject: ")), "")
                        sink.subjects.append(subject)
                        self.say("250 queued")
                    elif verb == "QUIT":
                        self.say("221 bye")
                        return
                    else:
                        self.say("250 ok")

            def say(self, text):
                self.wfile.write((text + "\r\n").encode())
                self.wfile.flush()

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def sql(db, statement):
    r = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "ocop", "-d", db,
                        "-c", statement], capture_output=True, text=True)
    if r.returncode != 0:
        raise Failed(f"psql failed: {r.stderr.strip()}")
    return r.stdout.strip()


def png(width=2, height=2):
    """A valid PNG of grey pixels."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def xlsx(rows):
    """A one-sheet workbook of inline strings: rows[0] the headers."""
    def cell(ref, text):
        text = str(text).replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
    sheet = "".join(f'<row r="{r + 1}">' + "".join(cell(f"{chr(65 + c)}{r + 1}", v) for c, v in enumerate(row))
                    + "</row>" for r, row in enumerate(rows))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.'
        'xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'worksheet+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets><sheet '
        'name="Chủ thể" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>{sheet}'
        '</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)
    return out.getvalue()


def multipart(name, file_name, content_type, content):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n"
            f"Content-Type: {content_type}\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


class TwoInstances:
    def __init__(self, args):
        self.args = args
        self.a = Backend("a", args, args.port_a)
        self.b = Backend("b", args, args.port_b)
        self.api = Api(self.a.url, args.keycloak)
        self.results = []

    def call(self, instance, method, path, body=None, headers=None, raw=None):
        """JSON as the office; with raw=(bytes, content type) or raw=() the bodies are bytes."""
        h = {"Authorization": "Bearer " + self.api.token(OFFICE), **(headers or {})}
        if raw is not None:
            if raw:
                h["Content-Type"] = raw[1]
            req = urllib.request.Request(instance.url + path, data=raw[0] if raw else None, method=method, headers=h)
            try:
                with urllib.request.urlopen(req, timeout=60) as r:
                    return r.status, dict(r.headers), r.read()
            except urllib.error.HTTPError as e:
                return e.code, dict(e.headers), e.read()
        answer = request(method, instance.url + path, body=body, headers=h)
        return answer.status, answer.headers, answer.json()

    def run(self, name, fn):
        t0 = time.monotonic()
        try:
            detail = fn() or ""
            self.results.append(True)
            print(f"two-instances: {name}: passed in {time.monotonic() - t0:.1f} s {detail}", flush=True)
        except (Failed, KeyError, TypeError, ValueError, AttributeError) as e:
            self.results.append(False)
            print(f"two-instances: {name}: FAILED: {e!r}", flush=True)

    # --- the checks ----------------------------------------------------------------------------------------------

    def consistent(self):
        a, b = self.a, self.b
        _, _, feed = self.call(a, "GET", "/api/v1/changes?size=200")
        start = feed["next"]
        producer = {"type": "COOPERATIVE", "name": "Hợp tác xã Hai Máy", "districtCode": "845",
                    "registeredOn": "2020-01-02"}
        status, headers, created = self.call(a, "POST", "/api/v1/producers", producer)
        check(status == 201, f"create on A: {status} {created}")
        pid, etag_a = created["id"], headers.get("ETag")
        self.producer = pid
        # Compared with A's own read: the 201 body carries the clock's nanoseconds, the stored row microseconds.
        _, _, on_a = self.call(a, "GET", f"/api/v1/producers/{pid}")
        status, headers, on_b = self.call(b, "GET", f"/api/v1/producers/{pid}")
        check(status == 200 and on_b == on_a, f"B reads {status} {on_b}, A reads {on_a}")
        check(headers.get("ETag") == etag_a, f"ETag on B {headers.get('ETag')} ≠ on A {etag_a}")
        _, _, listed = self.call(b, "GET", "/api/v1/producers?q=Hai%20M%C3%A1y&size=50")
        check([x["id"] for x in listed["items"]] == [pid], f"B's list: {listed}")
        feeds = [self.call(i, "GET", f"/api/v1/changes?after={start}&size=200")[2] for i in (a, b)]
        check(feeds[0] == feeds[1], f"the feed after {start} differs: A {feeds[0]} B {feeds[1]}")
        check(any(str(e.get("resourceId")) == str(pid) for e in feeds[1]["items"]), f"B's feed lacks it: {feeds[1]}")
        changed = dict(producer, phone="0294 3999999")
        status, headers, updated = self.call(b, "PUT", f"/api/v1/producers/{pid}", changed, {"If-Match": etag_a})
        check(status == 200, f"update on B with A's ETag: {status} {updated}")
        status, headers_a, on_a = self.call(a, "GET", f"/api/v1/producers/{pid}")
        _, _, on_b = self.call(b, "GET", f"/api/v1/producers/{pid}")
        check(on_a == on_b and on_a["phone"] == updated["phone"] and on_a["version"] == updated["version"]
              and headers_a.get("ETag") == headers.get("ETag") != etag_a,
              f"A reads {on_a} {headers_a.get('ETag')} after B wrote {updated} {headers.get('ETag')}")
        status, _, stale = self.call(a, "PUT", f"/api/v1/producers/{pid}", changed, {"If-Match": etag_a})
        check(status == 412, f"A accepts the stale ETag: {status} {stale}")
        return f"(producer {pid}, feed cursor {start} → {feeds[1]['next']})"

    def idempotency(self):
        product_set = [s for s in self.api.items(OFFICE, "/api/v1/product-sets", legalBasis=B148) if s["number"] == 1][0]
        product = self.api.post(OFFICE, "/api/v1/products", {
            "name": "Bánh tét Hai Máy", "producerId": self.producer, "productSetId": product_set["id"],
            "yearEntered": 2024, "status": "ACTIVE"})["id"]
        photo = png()
        key = {"Idempotency-Key": "two-instances-" + uuid.uuid4().hex}
        answers = [self.call(i, "POST", f"/api/v1/products/{product}/photos", headers=key,
                             raw=multipart("file", "anh.png", "image/png", photo)) for i in (self.a, self.b)]
        (s1, h1, b1), (s2, h2, b2) = answers
        check(s1 == 201 and s2 == 201, f"uploads: {s1} {b1!r} / {s2} {b2!r}")
        # The Location is absolute, on the host each was asked at: the same path.
        check(b1 == b2 and h1.get("ETag") == h2.get("ETag") and h1["Location"].replace(self.a.url, "")
              == h2["Location"].replace(self.b.url, "") == json.loads(b1)["href"],
              f"the replay on B differs: {b1!r} {h1} / {b2!r} {h2}")
        check(h2.get("Idempotent-Replayed") == "true" and "Idempotent-Replayed" not in h1, f"headers {h1} / {h2}")
        photos = int(sql(self.args.db, f"SELECT count(*) FROM product_photo WHERE product_id = {product}"))
        check(photos == 1, f"{photos} photos after the replay")
        href = json.loads(b2)["href"]
        status, _, served = self.call(self.b, "GET", href, raw=())
        check(status == 200 and served == photo, f"B serves {status}, {len(served)} bytes for A's {len(photo)}")
        return f"(product {product}, {href})"

    def rate_limit(self):
        limit = self.args.anonymous_limit
        for attempt in range(2):
            window = int(time.time() // 3600)
            statuses = [request("GET", (self.a if n % 2 == 0 else self.b).url
                                + "/api/v1/public/products?size=1").status for n in range(limit + 2)]
            if int(time.time() // 3600) != window and attempt == 0:
                continue  # the hour's window ended meanwhile: the count restarted; once more
            check(statuses[:limit] == [200] * limit, f"within the limit: {statuses}")
            check(statuses[limit:] == [429, 429], f"beyond {limit} across both: {statuses}")
            return f"({limit} answered, then 429 on {'B' if limit % 2 else 'A'} and {'A' if limit % 2 else 'B'})"

    def imports(self):
        content = xlsx([["Tên chủ thể", "Loại hình", "Mã huyện", "Ngày đăng ký"],
                        ["Tổ hợp tác Nhập Hai Máy", "Tổ hợp tác", "845", "02/01/2020"],
                        ["Hộ kinh doanh Nhập Hai Máy", "Hộ kinh doanh", "845", "03/01/2020"]])
        status, headers, body = self.call(self.a, "POST", "/api/v1/imports/producers", raw=multipart(
            "file", "chu-the.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
        check(status == 202, f"import on A: {status} {body[:1500].decode(errors='replace')}")
        location = urllib.parse.urlsplit(headers["Location"]).path  # absolute, on A's host: asked of B
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            status, _, job = self.call(self.b, "GET", location)
            check(status == 200, f"B follows {location}: {status} {job}")
            if job["status"] != "RUNNING":
                break
            time.sleep(0.3)
        check(job["status"] == "SUCCEEDED" and job["processed"] == 2, f"on B: {job}")
        return f"({location} {job['status']} on B)"

    def jobs_once(self):
        db = self.args.db
        sql(db, "INSERT INTO notice (kind, subject, occasion, recipient, title, body, created_at, next_attempt_at) "
            f"SELECT 'SUPPORT_STEP', 'two-instances:' || n, 'once', 'holder' || n || '@example.vn', "
            f"'Two instances ' || n, 'Thông báo thử', now(), now() FROM generate_series(1, {NOTICES}) n")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (int(sql(db, "SELECT count(*) FROM notice WHERE sent_at IS NULL")) > 0
                                               or len(self.job_fire_times()) < 4):
            time.sleep(0.5)
        time.sleep(1)
        sent = sql(db, "SELECT count(*) FILTER (WHERE sent_at IS NOT NULL), count(*) FILTER (WHERE attempts <> 1) "
                       "FROM notice WHERE subject LIKE 'two-instances:%'").split("|")
        check(sent == [str(NOTICES), "0"], f"notices sent, tried other than once: {sent}")
        mailed = Counter(s for s in self.sink.subjects if s.startswith("Two instances "))
        check(len(mailed) == NOTICES and set(mailed.values()) == {1}, f"mails per subject: {dict(mailed)}")
        fires = self.job_fire_times()
        complete = {t: outcomes for t, outcomes in fires.items() if len(outcomes) == 2}
        check(len(complete) >= 3, f"fewer than 3 reminder fire times seen by both instances: {dict(fires)}")
        for t, outcomes in complete.items():
            check(sorted(o for _, o in outcomes).count("run") == 1, f"fire time {t}: {outcomes}")
        winners = Counter(i for outcomes in complete.values() for i, o in outcomes if o == "run")
        runs = int(sql(db, "SELECT runs FROM scheduled_job WHERE name = 'certificate-reminders'"))
        ran = sum(1 for _, job, o in self.all_lines() if job == "certificate-reminders" and o == "run")
        check(runs == ran, f"{runs} runs recorded, {ran} logged")
        senders = Counter(i for i, job, o in self.all_lines() if job == "notice-sender" and o == "run")
        return (f"({len(complete)} reminder fire times, each run once: wins {dict(winners)}, {runs} runs recorded; "
                f"{NOTICES} notices mailed once each; notice batches won {dict(senders)})")

    def all_lines(self):
        return [(i.name, job, outcome) for i in (self.a, self.b) for job, _, outcome, _ in i.job_lines()]

    def job_fire_times(self):
        fires = defaultdict(list)
        for i in (self.a, self.b):
            for job, fire, outcome, _ in i.job_lines():
                if job == "certificate-reminders":
                    fires[fire].append((i.name, outcome))
        return fires

    def main(self):
        self.sink = SmtpSink(self.args.smtp_port)
        try:
            t0 = time.monotonic()
            self.a.start()
            self.b.start()
            self.a.wait_ready()
            self.b.wait_ready()
            print(f"two-instances: A on :{self.a.port} and B on :{self.b.port} ready in "
                  f"{time.monotonic() - t0:.1f} s", flush=True)
            self.api.login(OFFICE)
            self.run("consistent", self.consistent)
            self.run("idempotency", self.idempotency)
            self.run("rate-limit", self.rate_limit)
            self.run("import", self.imports)
            self.run("jobs-once", self.jobs_once)
        finally:
            self.a.stop()
            self.b.stop()
            self.sink.close()
        passed = sum(self.results)
        print(f"two-instances: {passed} passed, {len(self.results) - passed} failed", flush=True)
        return 0 if passed == len(self.results) == 5 else 1


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for name in ("jar", "keycloak", "db", "log-dir"):
        p.add_argument("--" + name, required=True)
    for name in ("port-a", "port-b", "smtp-port", "anonymous-limit"):
        p.add_argument("--" + name, type=int, required=True)
    return TwoInstances(p.parse_args()).main()


if __name__ == "__main__":
    sys.exit(main())
