#!/usr/bin/env bash
# The load run of issue 4 (a script, not a test): a throwaway PostgreSQL (scripts/pg.sh) and the service on a free
# local port, then tests/Scheduler.Api.Load: a generated county's register, its 11 departments each resubmitting
# their needs 20 times, all at once; every version read back and checked; then one solve. Prints requests/s,
# p50/p95 latency, versions stored and the solve; exits 1 if anything was lost or the solve failed.
# Usage: scripts/load.sh [--enterprises N] [--rounds R] [--seed S]   (defaults 2000, 20, 1)
# The service's own settings can be given as environment variables, e.g. Scheduler__AnnualTimeLimitSeconds=30.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/pg.sh
. scripts/pg.sh

command -v dotnet >/dev/null 2>&1 || { echo "error: dotnet is not on PATH; install the .NET 10 SDK" >&2; exit 2; }
echo "building src/Scheduler.Api and tests/Scheduler.Api.Load (Release)" >&2
dotnet build src/Scheduler.Api -c Release -nologo -v quiet >/dev/null
dotnet build tests/Scheduler.Api.Load -c Release -nologo -v quiet >/dev/null
find_dll() {
    local candidate
    for candidate in "$1"/bin/Release/net10.0/*/"$2" "$1"/bin/Release/net10.0/"$2"; do
        if [ -f "$candidate" ]; then echo "$candidate"; return; fi
    done
    echo "error: no $2 under $1/bin/Release" >&2
    exit 2
}
API_DLL=$(find_dll src/Scheduler.Api Scheduler.Api.dll)
LOAD_DLL=$(find_dll tests/Scheduler.Api.Load Scheduler.Api.Load.dll)

API_PID=""
stop_all() {
    trap - EXIT INT TERM
    if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
        kill -TERM "$API_PID" 2>/dev/null || true
        wait "$API_PID" 2>/dev/null || true
    fi
    pg_stop
}
trap stop_all EXIT
trap 'exit 130' INT TERM

pg_start
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres scheduler
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
LOG=$(mktemp /tmp/scheduler-load-api.XXXXXX.log)

ConnectionStrings__Scheduler="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=scheduler;Maximum Pool Size=150" \
Scheduler__OfficeToken="$TOKEN" \
Scheduler__AnnualTimeLimitSeconds="${Scheduler__AnnualTimeLimitSeconds:-20}" \
Scheduler__MonthTimeLimitSeconds="${Scheduler__MonthTimeLimitSeconds:-2}" \
Logging__LogLevel__Default=Warning \
    dotnet "$API_DLL" --urls "$URL" >"$LOG" 2>&1 &
API_PID=$!
for _ in $(seq 1 120); do
    kill -0 "$API_PID" 2>/dev/null || { echo "error: the service exited:" >&2; cat "$LOG" >&2; exit 1; }
    if curl -fsS "$URL/health" >/dev/null 2>&1; then break; fi
    sleep 0.5
done
echo "service on $URL (log $LOG); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

status=0
dotnet "$LOAD_DLL" "$URL" "$TOKEN" "$@" || status=$?
exit "$status"
