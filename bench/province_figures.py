#!/usr/bin/env python3
"""The province's comparison over many counties (issue 15): adds N counties to a running service with its province
token, gives each samples/tiny.json's year (register, every department's needs through its own token, one solve), waits
for every run, then times GET /api/province/years/{year}/figures (JSON and xlsx) and the /province page, 30 times each
after a first (cold) call. The service must have Scheduler:ProvinceToken set; run it on a throwaway database.

Usage: bench/province_figures.py BASE_URL PROVINCE_TOKEN [COUNTIES] [FIRST_CODE]
       e.g. bench/province_figures.py http://127.0.0.1:5791 province.measure-token-of-the-province 90 331001
"""
import json, os, statistics, sys, time, urllib.error, urllib.request

base, province = sys.argv[1].rstrip("/"), sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 90
first = int(sys.argv[4]) if len(sys.argv) > 4 else 331001
tiny = json.load(open(os.path.join(os.path.dirname(__file__), "..", "samples", "tiny.json")))
year = tiny["year"]
register = {k: v for k, v in tiny.items() if k != "needs"}


def call(method, path, token, body=None):
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Authorization": "Bearer " + token, **({"Content-Type": "application/json"} if data else {})}
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def expect(status, answer, wanted, what):
    if status != wanted:
        sys.exit(f"{what}: {status} {answer[:300]!r}")
    return json.loads(answer)


started = time.time()
runs = []
for i in range(count):
    code = str(first + i)
    office = expect(*call("POST", "/api/province/counties", province, {"code": code, "name": f"测县{i + 1}"}), 201, f"adding {code}")["officeToken"]
    expect(*call("PUT", f"/api/counties/{code}/years/{year}/register", office, register), 200, f"{code}'s register")
    for department in sorted({n["department"] for n in tiny["needs"]}):
        token = expect(*call("POST", f"/api/counties/{code}/tokens", office, {"department": department}), 200, f"{code}'s token")["token"]
        needs = [n for n in tiny["needs"] if n["department"] == department]
        expect(*call("PUT", f"/api/counties/{code}/years/{year}/needs", token, {"needs": needs}), 200, f"{code}'s needs")
    runs.append((code, office, expect(*call("POST", f"/api/counties/{code}/years/{year}/solves", office), 202, f"{code}'s solve")["id"]))
for code, office, run in runs:
    while (state := json.loads(call("GET", f"/api/counties/{code}/solves/{run}", office)[1])["state"]) in ("queued", "running"):
        time.sleep(0.5)
    if state != "succeeded":
        sys.exit(f"{code}'s run {run} ended {state}")
print(f"{count} counties set up and solved in {time.time() - started:.1f} s")


def timed(path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + province})
    start = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        body = response.read()
    return (time.perf_counter() - start) * 1000, body


print("| request | first ms | median ms | p95 ms | bytes |\n|---|---:|---:|---:|---:|")
for path in [f"/api/province/years/{year}/figures", f"/api/province/years/{year}/figures?format=xlsx", f"/province?year={year}"]:
    cold, body = timed(path)
    times = sorted(timed(path)[0] for _ in range(30))
    print(f"| `{path}` | {cold:.0f} | {statistics.median(times):.1f} | {times[28]:.1f} | {len(body):,} |")
