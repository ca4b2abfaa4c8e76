#!/usr/bin/env bash
# Needs submissions under load (issue 11): a throwaway PostgreSQL (scripts/pg.sh) and the service on a free local port;
# the office saves a generated county's register (2,000 enterprises, seed 7) and issues SCJG a token; then autocannon
# (bench/submit/package.json, pinned) sends PUT /api/years/2026/needs with SCJG's 1,283 needs (256 KB) over
# CONNECTIONS connections for DURATION seconds. Prints requests/s and latency percentiles, then checks that every
# acknowledged (200) submission was stored as its own version; exits 1 if not.
# Before the timed run: 20 sequential submissions, then WARMUP seconds (default 10) of the same load whose figures are
# discarded: the runtime's tiered JIT recompiles thousands of hot methods during the first seconds of concurrent load
# (bench/README.md, "Needs submissions under load"). WARMUP=0 measures from a cold start as before.
# Usage: [WARMUP=S] bench/submit.sh [CONNECTIONS] [DURATION]   (defaults 50, 20)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
CONNECTIONS=${1:-50}
DURATION=${2:-20}
WARMUP=${WARMUP:-10}
# shellcheck source=scripts/pg.sh
. scripts/pg.sh

for tool in dotnet node npm curl python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "error: $tool is not on PATH" >&2; exit 2; }
done
echo "building src/Scheduler.Api and src/Scheduler.Cli (Release); npm ci in bench/submit" >&2
dotnet build src/Scheduler.Api -c Release -nologo -v quiet >/dev/null
dotnet build src/Scheduler.Cli -c Release -nologo -v quiet >/dev/null
(cd bench/submit && npm ci --no-audit --no-fund --silent)
API_DLL=$(ls src/Scheduler.Api/bin/Release/net10.0/*/Scheduler.Api.dll | head -n 1)
CLI=$(ls src/Scheduler.Cli/bin/Release/net10.0/*/scheduler | head -n 1)

WORK=$(mktemp -d /tmp/scheduler-submit.XXXXXX)
API_PID=""
stop_all() {
    trap - EXIT INT TERM
    if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
        kill -TERM "$API_PID" 2>/dev/null || true
        wait "$API_PID" 2>/dev/null || true
    fi
    pg_stop
    rm -rf "$WORK"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

pg_start
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres scheduler
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
ConnectionStrings__Scheduler="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=scheduler" \
Scheduler__OfficeToken="$TOKEN" \
Logging__LogLevel__Default=Warning \
    dotnet "$API_DLL" --urls "$URL" >"$WORK/api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 120); do
    kill -0 "$API_PID" 2>/dev/null || { echo "error: the service exited:" >&2; cat "$WORK/api.log" >&2; exit 1; }
    if curl -fsS "$URL/health" >/dev/null 2>&1; then break; fi
    sleep 0.5
done

"$CLI" generate --enterprises 2000 --seed 7 -o "$WORK/county.json" >/dev/null
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
county = json.load(open(f"{work}/county.json"))
needs = [n for n in county["needs"] if n["department"] == "SCJG"]
county["needs"] = []
json.dump(county, open(f"{work}/register.json", "w"), ensure_ascii=False)
json.dump({"needs": needs}, open(f"{work}/body.json", "w"), ensure_ascii=False)
print(f"SCJG: {len(needs)} needs", file=sys.stderr)
PY
curl -fsS -X PUT -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" --data-binary "@$WORK/register.json" \
    "$URL/api/years/2026/register" >/dev/null
DEPARTMENT_TOKEN=$(curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
    -d '{"department":"SCJG"}' "$URL/api/tokens" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
echo "body $(wc -c <"$WORK/body.json") bytes; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# Warm-up: 20 submissions one after another (JIT, pools, caches).
for _ in $(seq 1 20); do
    curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $DEPARTMENT_TOKEN" -H "Content-Type: application/json" \
        --data-binary "@$WORK/body.json" "$URL/api/years/2026/needs"
done

# Warm-up under load: WARMUP seconds of the same requests, figures discarded (their versions are counted in the check).
echo 0 >"$WORK/warmup-ok.txt"
if [ "$WARMUP" -gt 0 ]; then
    bench/submit/node_modules/.bin/autocannon --json -c "$CONNECTIONS" -d "$WARMUP" -t 30 -m PUT \
        -H "authorization=Bearer $DEPARTMENT_TOKEN" -H "content-type=application/json" -i "$WORK/body.json" \
        "$URL/api/years/2026/needs" >"$WORK/warmup.json" 2>/dev/null
    python3 -c 'import json, sys; n = json.load(open(sys.argv[1]))["2xx"]; print(n); print(f"warm-up: {n} acknowledged in {sys.argv[2]} s (not measured)", file=sys.stderr)' \
        "$WORK/warmup.json" "$WARMUP" >"$WORK/warmup-ok.txt"
fi

cpu_ticks() {   # user + system CPU ticks of a process so far
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}
pg_cpu_ticks() {   # the cluster: its postmaster with the backends it reaped, plus the live backends
    local postmaster total child
    postmaster=$(head -n 1 "$PG_DATA/postmaster.pid")
    total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat")
    for child in $(pgrep -P "$postmaster" || true); do
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
API_BEFORE=$(cpu_ticks "$API_PID")
PG_BEFORE=$(pg_cpu_ticks)
bench/submit/node_modules/.bin/autocannon --json -c "$CONNECTIONS" -d "$DURATION" -t 30 -m PUT \
    -H "authorization=Bearer $DEPARTMENT_TOKEN" -H "content-type=application/json" -i "$WORK/body.json" \
    "$URL/api/years/2026/needs" >"$WORK/result.json" 2>"$WORK/autocannon.log"

API_AFTER=$(cpu_ticks "$API_PID")
PG_AFTER=$(pg_cpu_ticks)
echo "$((API_AFTER - API_BEFORE)) $((PG_AFTER - PG_BEFORE)) $(getconf CLK_TCK)" >"$WORK/cpu.txt"
curl -fsS -H "Authorization: Bearer $TOKEN" "$URL/api/years/2026/needs?department=SCJG" >"$WORK/needs.json"
python3 - "$WORK" "$CONNECTIONS" "$DURATION" <<'PY'
import json, sys
work, connections, duration = sys.argv[1], sys.argv[2], sys.argv[3]
r = json.load(open(f"{work}/result.json"))
lat = r["latency"]
ok = r["2xx"]
print(f"PUT needs (SCJG, 1,283 needs) x {connections} connections, {duration} s: {ok} acknowledged, {r['non2xx']} non-2xx, "
      f"{r['errors']} errors, {r['timeouts']} timeouts; {ok / float(duration):.1f} submissions/s; "
      f"latency p50 {lat['p50']} ms, p90 {lat['p90']} ms, p99 {lat['p99']} ms, max {lat['max']} ms")
api_ticks, pg_ticks, hz = (int(x) for x in open(f"{work}/cpu.txt").read().split())
if ok:
    # CPU per acknowledged submission, independent of what else the machine is doing: 2 idle cores / this = the ceiling.
    print(f"CPU per submission: service {1000 * api_ticks / hz / ok:.1f} ms, PostgreSQL {1000 * pg_ticks / hz / ok:.1f} ms")
versions = json.load(open(f"{work}/needs.json"))["submissions"][0]["versions"]
warmed = int(open(f"{work}/warmup-ok.txt").read())
expected = 20 + warmed + ok
# autocannon stops at the deadline with requests in flight: those may still be stored though not counted as acknowledged.
stored_ok = len(versions) >= expected and versions == list(range(1, len(versions) + 1))
print(f"versions stored: {len(versions)} (20 + {warmed} warm-up + {ok} acknowledged = {expected}; in-flight at a deadline may add a few), "
      f"numbered 1..{len(versions)} without gaps: {'yes' if stored_ok else 'NO'}")
sys.exit(0 if stored_ok and r["non2xx"] == 0 and r["errors"] == 0 else 1)
PY
