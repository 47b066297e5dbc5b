#!/usr/bin/env python3
"""Latency of the list/search endpoints against a running backend with national-scale data.

Prints one line per scenario: p50, p95, max in milliseconds over N sequential requests.
Usage: bench.py BASE_URL TOKEN [N]
"""
import statistics
import sys
import time
import urllib.parse
import urllib.request

base, token = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 50

SCENARIOS = {
    "producers: first page by name": "/api/v1/producers?size=20",
    "producers: page 200 by name": "/api/v1/producers?size=20&page=200",
    "producers: q=hop tac xa dua sap": "/api/v1/producers?q=" + urllib.parse.quote("hop tac xa dua sap"),
    "producers: q=cau ke, district 845": "/api/v1/producers?districtCode=845&q=" + urllib.parse.quote("cau ke"),
    "producers: type + sort -createdAt": "/api/v1/producers?type=COOPERATIVE&sort=-createdAt",
    "producers: size=200": "/api/v1/producers?size=200",
    "admin units: tree of province 84": "/api/v1/admin-units/tree?root=84",
}
EXTRA = [a.split("=", 1) for a in sys.argv[4:]]
for name, path in EXTRA:
    SCENARIOS[name] = path


def call(path):
    req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        r.read()
        status = r.status
    return (time.perf_counter() - t0) * 1000, status


for name, path in SCENARIOS.items():
    for _ in range(3):
        call(path)  # warm-up
    times = []
    for _ in range(n):
        ms, status = call(path)
        assert status == 200, (name, status)
        times.append(ms)
    times.sort()
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    print(f"{name:40s} p50 {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms   max {times[-1]:7.1f} ms   (n={n})")
