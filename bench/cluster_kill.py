#!/usr/bin/env python3
"""Several servers (docs/deploy.md): on a running scripts/cluster.sh, submit a county through the API, start its solve,
kill -9 the worker process running it, and follow the run until it is final on another worker.

Usage: bench/cluster_kill.py --url http://127.0.0.1:5080 --token OFFICE_TOKEN --pg-port 55432 --instance county.json
(the URL, token and PostgreSQL port are printed by scripts/cluster.sh; a county from `scheduler generate`).
Prints one line of JSON at the end: run, state, attempts, killed pid, finishing server, seconds to each step.
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request


def call(url, token, method="GET", body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Authorization": f"Bearer {token}"})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, response.headers, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        sys.exit(f"{method} {url}: {e.code} {e.read()[:2000].decode(errors='replace')}")


def sql(port, query):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", "scheduler", "-At", "-c", query],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def server_of(port, run_id):
    """The Hangfire server id processing the run's job (host.solves:PID:guid), or None when it is not processing."""
    job = sql(port, f"select job_id from solve_runs where id = {run_id}")
    if not job:
        return None
    return sql(port, f"select s.data::jsonb ->> 'ServerId' from hangfire.job j join hangfire.state s on s.id = j.stateid "
                     f"where j.id = {int(job)} and s.name = 'Processing'") or None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--pg-port", required=True, type=int)
    parser.add_argument("--instance", required=True)
    parser.add_argument("--kill-after", type=float, default=10.0, help="seconds of the solve running before the kill")
    args = parser.parse_args()

    instance = json.load(open(args.instance, encoding="utf-8"))
    year, needs = instance["year"], instance.pop("needs")
    start = time.monotonic()
    call(f"{args.url}/api/years/{year}/register", args.token, "PUT", instance)
    for department in sorted({n["department"] for n in needs}):
        _, _, issued = call(f"{args.url}/api/tokens", args.token, "POST", {"department": department})
        call(f"{args.url}/api/years/{year}/needs", issued["token"], "PUT", {"needs": [n for n in needs if n["department"] == department]})
    submitted = time.monotonic() - start

    _, headers, body = call(f"{args.url}/api/years/{year}/solves", args.token, "POST")
    run_id, location = body["id"], headers["Location"]
    if location.startswith("/"):
        location = args.url + location
    t0 = time.monotonic()

    server = None
    while server is None:
        if time.monotonic() - t0 > 600:
            sys.exit("the solve never started")
        time.sleep(0.5)
        server = server_of(args.pg_port, run_id)
    picked_up = time.monotonic() - t0
    time.sleep(args.kill_after)
    _, _, run = call(location, args.token)
    if run["state"] != "running":
        sys.exit(f"the run is {run['state']} before the kill: make the county bigger or --kill-after smaller")
    killed = int(server.split(":")[1])
    os.kill(killed, signal.SIGKILL)
    killed_at = time.monotonic() - t0
    print(f"run {run_id} on {server}: kill -9 {killed} after {killed_at:.1f} s", file=sys.stderr)

    resumed_on, resumed_at = None, None
    while True:
        time.sleep(1)
        _, _, run = call(location, args.token)
        now = server_of(args.pg_port, run_id)
        if now and now != server and resumed_on is None:
            resumed_on, resumed_at = now, time.monotonic() - t0
            print(f"resumed on {now} after {resumed_at:.1f} s", file=sys.stderr)
        if run["state"] in ("succeeded", "failed", "cancelled"):
            break
        if time.monotonic() - t0 > 1800:
            sys.exit(f"run still {run['state']} after 30 minutes")
    done = time.monotonic() - t0
    # Stored exactly once: the audit row SolveRunStore writes with the result (SolveRunStore.StoredAudit).
    stored = sql(args.pg_port, f"select count(*) from audit where what = 'solve stored' and (detail ->> 'run')::bigint = {run_id}")
    print(json.dumps({"run": run_id, "state": run["state"], "attempts": run.get("attempts"), "killedPid": killed, "killedServer": server,
                      "resumedOn": resumed_on, "submitSeconds": round(submitted, 1), "pickedUpSeconds": round(picked_up, 1),
                      "killedAtSeconds": round(killed_at, 1), "resumedAtSeconds": None if resumed_at is None else round(resumed_at, 1),
                      "finalSeconds": round(done, 1), "storedRows": int(stored)}))


if __name__ == "__main__":
    main()
