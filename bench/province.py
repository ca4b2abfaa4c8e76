#!/usr/bin/env python3
"""The province run's bench (issue 15), driven by scripts/province.sh against its cluster (1 web + N workers).

Registers every generated county through the API (POST /api/province/counties), saves its register, issues a token per
department and submits every department's needs of every county concurrently with those tokens, starts a province run
of the year, optionally kill -9s the worker process running a county S seconds in (no replacement is started: the job
must resume on another worker once the invisibility timeout passes), waits until the run closes, downloads every
county's stored plan, checks it with validate_plan.py, and checks in the database that each county has exactly one
stored succeeded plan for the run (one "solve stored" audit row).

Usage: bench/province.py --url URL --province-token TOKEN --folder DIR --psql PSQL --pg-port PORT --workers PID...
                         [--kill-after S] [--validator PATH] [--details FILE]
Progress and the per-county table go to stderr; the last line on stdout is one line of JSON:
{"counties": …, "stored": …, "valid": …, "lost": …, "wallSeconds": …}
"""
import argparse
import concurrent.futures
import glob
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

FIRST_CODE = 332001


def log(message):
    print(message, file=sys.stderr, flush=True)


def call(url, token, method="GET", body=None, raw=False):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode())
    request = urllib.request.Request(url, data=data, method=method, headers={"Authorization": f"Bearer {token}"})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for attempt in range(5):
        try:
            with urllib.request.urlopen(request, timeout=600) as response:
                payload = response.read()
                return response.status, (payload if raw else json.loads(payload or b"null"))
        except urllib.error.HTTPError as e:
            if e.code == 503 and attempt < 4:
                time.sleep(int(e.headers.get("Retry-After", "2")))
                continue
            sys.exit(f"{method} {url}: {e.code} {e.read()[:2000].decode(errors='replace')}")
    sys.exit(f"{method} {url}: still 503")


def sql(args, query):
    out = subprocess.run([args.psql, "-h", "127.0.0.1", "-p", str(args.pg_port), "-U", "postgres", "-d", "scheduler", "-At", "-c", query],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def set_up_county(args, index, path):
    """Adds the county, saves its register, issues a token per department; returns what submitting needs takes."""
    code = str(FIRST_CODE + index)
    instance = json.load(open(path, encoding="utf-8"))
    needs = instance.pop("needs")
    _, added = call(f"{args.url}/api/province/counties", args.province_token, "POST", {"code": code, "name": f"测试县{index + 1:03d}"})
    office = added["officeToken"]
    call(f"{args.url}/api/counties/{code}/years/{instance['year']}/register", office, "PUT", instance)
    by_department = {}
    for need in needs:
        by_department.setdefault(need["department"], []).append(need)
    tokens = {}
    for department in sorted(by_department):
        _, issued = call(f"{args.url}/api/counties/{code}/tokens", office, "POST", {"department": department})
        tokens[department] = issued["token"]
    return {"code": code, "path": path, "year": instance["year"], "needs": by_department, "tokens": tokens}


def submit(args, county, department):
    url = f"{args.url}/api/counties/{county['code']}/years/{county['year']}/needs"
    call(url, county["tokens"][department], "PUT", {"needs": county["needs"][department]})


def kill_a_worker(args, run_id, started, killed):
    """After --kill-after seconds, kill -9 a worker process that is running a county (read from the county rows)."""
    time.sleep(max(0.0, started + args.kill_after - time.monotonic()))
    pids = {int(p) for p in args.workers}
    while True:
        _, run = call(f"{args.url}/api/province/runs/{run_id}", args.province_token)
        if run["closedAt"] is not None:
            log("kill: the run closed before any worker could be killed")
            return
        for county in run["counties"]:
            worker = county.get("worker")
            if county["state"] == "running" and worker and int(worker.rsplit(":", 1)[1]) in pids:
                pid = int(worker.rsplit(":", 1)[1])
                os.kill(pid, signal.SIGKILL)
                killed.update(pid=pid, county=county["code"], solveRun=county["solveRun"], at=round(time.monotonic() - started, 1))
                log(f"kill -9 {pid} at {killed['at']} s (it was running county {county['code']}, solve run {county['solveRun']}); no replacement")
                return
        time.sleep(0.5)


def check_county(args, run_id, county, row, folder):
    """The county's stored plan: downloaded and validated; exactly one stored succeeded plan of the run in its schema."""
    code, solve = county["code"], row["solveRun"]
    schema = f"county_{code}"
    stored = int(sql(args, f"select count(*) from {schema}.solve_runs where created_by = 'province run {run_id}' "
                           f"and state = 'succeeded' and plan is not null"))
    audits = int(sql(args, f"select count(*) from {schema}.audit where what = 'solve stored' and (detail ->> 'run')::bigint = {solve}")) if solve else 0
    valid, violations, attempts = False, None, None
    if row["state"] == "succeeded" and solve:
        _, plan = call(f"{args.url}/api/counties/{code}/solves/{solve}/plan", args.province_token, raw=True)
        plan_path = os.path.join(folder, f"{code}.plan.json")
        with open(plan_path, "wb") as f:
            f.write(plan)
        checked = subprocess.run([sys.executable, args.validator, county["path"], plan_path], capture_output=True, text=True)
        valid = checked.returncode == 0
        try:
            report = json.loads(checked.stdout)
            violations = report.get("violations", report.get("errorCount"))
        except ValueError:
            violations = checked.stdout[-200:]
        _, run = call(f"{args.url}/api/counties/{code}/solves/{solve}", args.province_token)
        attempts = run.get("attempts")
    return {"code": code, "state": row["state"], "attempt": row["attempt"], "solveRun": solve, "worker": row.get("worker"),
            "seconds": seconds(row), "solveAttempts": attempts, "storedPlans": stored, "storedAudits": audits, "valid": valid,
            "violations": violations, "error": row.get("error")}


def seconds(row):
    if not row.get("startedAt") or not row.get("finishedAt"):
        return None
    from datetime import datetime
    start = datetime.fromisoformat(row["startedAt"].replace("Z", "+00:00"))
    end = datetime.fromisoformat(row["finishedAt"].replace("Z", "+00:00"))
    return round((end - start).total_seconds(), 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--province-token", required=True)
    parser.add_argument("--folder", required=True, help="the generated counties: county-001.json …")
    parser.add_argument("--psql", required=True)
    parser.add_argument("--pg-port", required=True, type=int)
    parser.add_argument("--workers", required=True, nargs="+", help="the worker processes' pids")
    parser.add_argument("--kill-after", type=float)
    parser.add_argument("--validator", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools", "validate_plan.py"))
    parser.add_argument("--details")
    parser.add_argument("--submitters", type=int, default=32, help="concurrent needs submissions")
    args = parser.parse_args()

    paths = sorted(glob.glob(os.path.join(args.folder, "county-*.json")))
    if not paths:
        sys.exit(f"no county-*.json in {args.folder}")
    begin = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        counties = list(pool.map(lambda p: set_up_county(args, p[0], p[1]), enumerate(paths)))
    registered = time.monotonic()
    log(f"{len(counties)} counties registered with their registers and {sum(len(c['tokens']) for c in counties)} department tokens in {registered - begin:.1f} s")
    pairs = [(c, d) for c in counties for d in sorted(c["needs"])]
    with concurrent.futures.ThreadPoolExecutor(args.submitters) as pool:
        list(pool.map(lambda p: submit(args, *p), pairs))
    submitted = time.monotonic()
    log(f"{len(pairs)} departments' needs submitted, {args.submitters} at a time, in {submitted - registered:.1f} s")

    year = counties[0]["year"]
    started = time.monotonic()
    _, run = call(f"{args.url}/api/province/years/{year}/runs", args.province_token, "POST")
    run_id = run["id"]
    log(f"province run {run_id} of {year} started over {len(run['counties'])} counties")
    killed = {}
    killer = None
    if args.kill_after is not None:
        killer = threading.Thread(target=kill_a_worker, args=(args, run_id, started, killed), daemon=True)
        killer.start()
    last = None
    while True:
        _, run = call(f"{args.url}/api/province/runs/{run_id}", args.province_token)
        counts = run["counts"]
        line = f"{counts['succeeded']} succeeded, {counts['failed']} failed, {counts['running']} running, {counts['queued']} queued"
        if line != last:
            log(f"{time.monotonic() - started:7.1f} s  {line}")
            last = line
        if run["closedAt"] is not None:
            break
        time.sleep(1)
    wall = time.monotonic() - started
    if killer is not None:
        killer.join(timeout=5)
    log(f"province run {run_id} {run['state']} in {wall:.1f} s")

    rows = {c["code"]: c for c in run["counties"]}
    checks = [check_county(args, run_id, c, rows[c["code"]], args.folder) for c in counties]
    by_worker = {}
    for check in checks:
        by_worker.setdefault(check["worker"], []).append(check)
    log("county  state      attempt solve worker                seconds solveAttempts stored valid")
    for c in checks:
        log(f"{c['code']}  {c['state']:<10} {c['attempt']:>7} {c['solveRun'] or '-':>5} {c['worker'] or '-':<22} {c['seconds'] or '-':>7} "
            f"{c['solveAttempts'] or '-':>13} {c['storedPlans']:>6} {c['valid']}")
    for worker, done in sorted(by_worker.items(), key=lambda w: str(w[0])):
        times = [c["seconds"] for c in done if c["seconds"] is not None]
        log(f"worker {worker}: {len(done)} counties, {sum(times):.1f} s in all, mean {sum(times) / max(1, len(times)):.1f} s")
    stored = sum(1 for c in checks if c["storedPlans"] == 1 and c["storedAudits"] == 1)
    valid = sum(1 for c in checks if c["valid"])
    lost = sum(1 for c in checks if c["state"] != "succeeded" or c["storedPlans"] != 1)
    if args.details:
        with open(args.details, "w", encoding="utf-8") as f:
            json.dump({"run": run_id, "state": run["state"], "killed": killed, "wallSeconds": round(wall, 1),
                       "setupSeconds": round(registered - begin, 1), "submitSeconds": round(submitted - registered, 1),
                       "summaryTotals": (run.get("summary") or {}).get("totals"), "counties": checks}, f, ensure_ascii=False, indent=1)
        log(f"details: {args.details}")
    print(json.dumps({"counties": len(checks), "stored": stored, "valid": valid, "lost": lost, "wallSeconds": round(wall, 1)}), flush=True)


if __name__ == "__main__":
    main()
