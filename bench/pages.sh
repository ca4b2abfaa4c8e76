#!/usr/bin/env bash
# Times every web page and download of the service on one county.
#
# Usage: bench/pages.sh INSTANCE.json PORT [RUNS]
#   RUNS (default 5): each URL is fetched RUNS times; the table shows the first (cold) time and the median of the rest.
#
# With OFFICE_TOKEN set, it uses the service already listening on PORT; otherwise it starts
# `SERVE_PORT=PORT scripts/serve.sh --Scheduler:AnnualTimeLimitSeconds=30 --Scheduler:MonthTimeLimitSeconds=5`
# itself (in its own process group) and stops it at the end (KEEP_SERVICE=1 leaves it running and prints its token).
# Then: PUT the register (the instance minus its needs), a token per department, PUT each department's needs,
# POST a solve, wait until it has succeeded, and time the pages (bearer header) into a table.
# Needs curl and python3.
set -euo pipefail

INSTANCE=${1:?usage: bench/pages.sh INSTANCE.json PORT [RUNS]}
PORT=${2:?usage: bench/pages.sh INSTANCE.json PORT [RUNS]}
RUNS=${3:-5}
URL="http://127.0.0.1:$PORT"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK=$(mktemp -d /tmp/pages-bench.XXXXXX)
SERVE_PID=""

cleanup() {
    if [ -n "$SERVE_PID" ] && [ "${KEEP_SERVICE:-0}" != 1 ]; then
        # TERM, not INT: processes started in the background of a script ignore SIGINT. serve.sh's trap stops the
        # service and its PostgreSQL; whatever of its process group is left after 30 s is killed.
        kill -TERM "$SERVE_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$SERVE_PID" 2>/dev/null || break; sleep 0.5; done
        kill -TERM -- "-$SERVE_PID" 2>/dev/null || true
        sleep 1
        kill -KILL -- "-$SERVE_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${OFFICE_TOKEN:-}" ]; then
    echo "starting scripts/serve.sh on port $PORT" >&2
    SERVE_LOG="/tmp/pages-bench-serve-$PORT.log"
    # setsid: serve.sh leads its own process group (pid = pgid), so stopping it stops PostgreSQL and the service too.
    SERVE_PORT=$PORT setsid "$ROOT/scripts/serve.sh" --Scheduler:AnnualTimeLimitSeconds=30 \
        --Scheduler:MonthTimeLimitSeconds=5 >"$SERVE_LOG" 2>&1 &
    SERVE_PID=$!
    for _ in $(seq 1 600); do
        OFFICE_TOKEN=$(sed -n 's/^ *office token: *//p' "$SERVE_LOG" | head -1)
        [ -n "$OFFICE_TOKEN" ] && break
        kill -0 "$SERVE_PID" 2>/dev/null || { cat "$SERVE_LOG" >&2; echo "error: serve.sh exited" >&2; exit 1; }
        sleep 1
    done
    [ -n "$OFFICE_TOKEN" ] || { echo "error: no office token from serve.sh" >&2; exit 1; }
    echo "service up (process group $SERVE_PID); log $SERVE_LOG" >&2
fi

H=(-H "Authorization: Bearer $OFFICE_TOKEN")
YEAR=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["year"])' "$INSTANCE")

python3 - "$INSTANCE" "$WORK" <<'PY'
import json, sys, os
inst = json.load(open(sys.argv[1])); work = sys.argv[2]
needs = inst.get("needs", [])
reg = dict(inst); reg["needs"] = []
json.dump(reg, open(os.path.join(work, "register.json"), "w"), ensure_ascii=False)
by = {}
for n in needs: by.setdefault(n["department"], []).append(n)
for d in inst["departments"]:
    json.dump({"needs": by.get(d["id"], [])}, open(os.path.join(work, "needs-" + d["id"] + ".json"), "w"), ensure_ascii=False)
open(os.path.join(work, "departments"), "w").write("\n".join(d["id"] for d in inst["departments"]) + "\n")
print(inst["enterprises"][len(inst["enterprises"]) // 2]["id"], file=open(os.path.join(work, "enterprise"), "w"))
print(inst["townships"][0]["id"], file=open(os.path.join(work, "township"), "w"))
PY

echo "PUT register of $YEAR" >&2
curl -fsS "${H[@]}" -X PUT -H 'Content-Type: application/json' --data-binary "@$WORK/register.json" "$URL/api/years/$YEAR/register" >/dev/null

declare -A DEPT_TOKEN
while read -r dept; do
    [ -n "$dept" ] || continue
    token=$(curl -fsS "${H[@]}" -X POST -H 'Content-Type: application/json' -d "{\"department\":\"$dept\"}" "$URL/api/tokens" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
    DEPT_TOKEN[$dept]=$token
    curl -fsS -H "Authorization: Bearer $token" -X PUT -H 'Content-Type: application/json' \
        --data-binary "@$WORK/needs-$dept.json" "$URL/api/years/$YEAR/needs" >/dev/null
    echo "PUT needs of $dept" >&2
done <"$WORK/departments"

RUN=$(curl -fsS "${H[@]}" -X POST "$URL/api/years/$YEAR/solves" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
echo "solve run $RUN started" >&2
for _ in $(seq 1 1200); do
    STATE=$(curl -fsS "${H[@]}" "$URL/api/solves/$RUN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
    case "$STATE" in
        succeeded) break ;;
        failed|cancelled) echo "error: solve run $RUN $STATE" >&2; exit 1 ;;
    esac
    sleep 2
done
[ "$STATE" = succeeded ] || { echo "error: solve run $RUN did not finish" >&2; exit 1; }
echo "solve run $RUN succeeded" >&2

DEPT=SCJG
[ -n "${DEPT_TOKEN[$DEPT]:-}" ] || DEPT=$(head -1 "$WORK/departments")
DTOKEN=${DEPT_TOKEN[$DEPT]}
ENT=$(cat "$WORK/enterprise")
TWP=$(cat "$WORK/township")

# who|path
PAGES=(
    "office|/office"
    "office|/office/register?tab=enterprises"
    "office|/office/register?tab=inspectors"
    "office|/office/register?tab=capacities"
    "office|/office/register?tab=calendar"
    "office|/office/register?tab=townships"
    "office|/office/register?tab=departments"
    "office|/office/register?tab=items"
    "office|/office/submissions"
    "office|/office/solves"
    "office|/office/solves/$RUN"
    "office|/office/enterprises"
    "office|/office/enterprises/$ENT"
    "office|/office/calendar?month=3"
    "office|/office/calendar?month=3&township=$TWP"
    "office|/office/calendar?month=3&township="
    "office|/office/downloads"
    "dept|/departments/$DEPT/needs"
    "dept|/departments/$DEPT/needs?page=5"
    "dept|/departments/$DEPT/versions"
    "dept|/departments/$DEPT/versions?version=1"
    "dept|/departments/$DEPT/visits"
    "dept|/departments/$DEPT/template.xlsx"
    "dept|/departments/$DEPT/draft.xlsx"
    "office|/office/register.xlsx"
    "office|/api/solves/$RUN/plan"
    "dept|/api/solves/$RUN/plan"
    "office|/office/downloads/$RUN/plan.json"
    "office|/office/downloads/$RUN/all.zip"
    "office|/office/downloads/$RUN/townships/$TWP.xlsx"
    "office|/office/downloads/$RUN/departments/$DEPT.xlsx"
    "office|/api/solves/$RUN/months/3?format=xlsx"
)

printf '\n%s, run %s, %s fetches per URL (first = cold, then the median of the rest)\n\n' "$(basename "$INSTANCE")" "$RUN" "$RUNS"
printf '| page | who | status | size | first | median warm |\n|---|---|---|---|---|---|\n'
for entry in "${PAGES[@]}"; do
    who=${entry%%|*}; path=${entry#*|}
    if [ "$who" = office ]; then token=$OFFICE_TOKEN; else token=$DTOKEN; fi
    times=(); status=""; size=""
    for _ in $(seq 1 "$RUNS"); do
        out=$(curl -sS -o /dev/null -H "Authorization: Bearer $token" -w '%{http_code} %{size_download} %{time_total}' --max-time 600 "$URL$path")
        read -r status size t <<<"$out"
        times+=("$t")
    done
    python3 - "$path" "$who" "$status" "$size" "${times[@]}" <<'PY'
import sys, statistics
path, who, status, size = sys.argv[1:5]
t = [float(x) for x in sys.argv[5:]]
size = int(size)
s = f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{size / 1024:.0f} KB"
warm = f"{statistics.median(t[1:]) * 1000:,.0f} ms" if len(t) > 1 else "—"
print(f"| `{path}` | {who} | {status} | {s} | {t[0] * 1000:,.0f} ms | {warm} |")
PY
done

# The service's memory (the process listening on PORT): resident now and its peak.
API_PID=$(ss -ltnpH "sport = :$PORT" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
if [ -n "$API_PID" ] && [ -r "/proc/$API_PID/status" ]; then
    printf '\nservice memory: %s now, %s peak\n' "$(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$API_PID/status")" \
        "$(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$API_PID/status")"
fi

if [ -n "$SERVE_PID" ] && [ "${KEEP_SERVICE:-0}" = 1 ]; then
    echo "service left running on $URL (process group $SERVE_PID); office token: $OFFICE_TOKEN" >&2
    SERVE_PID=""
fi
