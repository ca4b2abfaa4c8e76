#!/usr/bin/env bash
# The fault and abuse run of issue 11 (a script, not a test; not part of scripts/test.sh): a throwaway PostgreSQL
# (scripts/pg.sh, restarted with synchronous_commit=on so an acknowledged commit survives an immediate stop) and the
# service on a free local port, then scripts/faults/faults.py:
#   1. hostile uploads: the 1,000,000-row bomb built from the department's own template and ~20 other hostile files
#      (zip of zips, huge shared strings, 16,384 columns, formula cells, wrong magic bytes, deep XML, DTD entities,
#      lying zip headers, CSV bombs...) through the department upload page and the office's register import; each
#      must be answered (upload + preview) within 2 s with a message, never a 500, the service's RSS under +200 MB;
#   2. PostgreSQL stopped (immediate) under 11 concurrent submitters, then started again: every acknowledged version
#      must be stored with what was sent, every failure must be a 503 with Retry-After.
# kill -9 mid-solve and two servers sharing one database are covered by tests/Scheduler.Api.Tests/KilledServerTests.cs.
# Prints a table per part; exits 1 when an assertion fails.
# Usage: scripts/faults.sh   (FAULTS_KEEP=1 keeps the generated files in /tmp)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/pg.sh
. scripts/pg.sh

command -v dotnet >/dev/null 2>&1 || { echo "error: dotnet is not on PATH; install the .NET 10 SDK" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { echo "error: python3 is not on PATH" >&2; exit 2; }
echo "building src/Scheduler.Api (Release)" >&2
dotnet build src/Scheduler.Api -c Release -nologo -v quiet >/dev/null
API_DLL=""
for candidate in src/Scheduler.Api/bin/Release/net10.0/*/Scheduler.Api.dll src/Scheduler.Api/bin/Release/net10.0/Scheduler.Api.dll; do
    if [ -f "$candidate" ]; then API_DLL=$candidate; break; fi
done
[ -n "$API_DLL" ] || { echo "error: the build left no Scheduler.Api.dll" >&2; exit 2; }

API_PID=""
WORK=$(mktemp -d /tmp/scheduler-faults.XXXXXX)
stop_all() {
    trap - EXIT INT TERM
    if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
        kill -TERM "$API_PID" 2>/dev/null || true
        wait "$API_PID" 2>/dev/null || true
    fi
    pg_stop
    if [ "${FAULTS_KEEP:-0}" = 1 ]; then echo "files kept in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

pg_start
# pg.sh runs with synchronous_commit=off (fast tests); here an acknowledged commit must survive an immediate stop.
# The cluster also moves to an ephemeral port: while it is stopped mid-run, another checkout's pg.sh (which scans
# 55432-55451 for a free port) must not take its port.
PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
PG_OPTIONS="-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=on -c full_page_writes=off -c max_connections=200"
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 30 -o "$PG_OPTIONS" start >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres scheduler

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
LOG="$WORK/api.log"
ConnectionStrings__Scheduler="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=scheduler" \
Scheduler__OfficeToken="$TOKEN" \
Logging__LogLevel__Default=Warning \
    dotnet "$API_DLL" --urls "$URL" >"$LOG" 2>&1 &
API_PID=$!
for _ in $(seq 1 120); do
    kill -0 "$API_PID" 2>/dev/null || { echo "error: the service exited:" >&2; cat "$LOG" >&2; exit 1; }
    if curl -fsS "$URL/health/ready" >/dev/null 2>&1; then break; fi
    sleep 0.5
done
echo "service on $URL (pid $API_PID, log $LOG); $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

PG_STOP_CMD="$PG_BIN/pg_ctl -D $PG_DATA -m immediate -w stop"
PG_START_CMD="$PG_BIN/pg_ctl -D $PG_DATA -l $PG_DATA/server.log -w -t 30 start"
[ "$(id -u)" = 0 ] && PG_STOP_CMD="runuser -u postgres -- $PG_STOP_CMD" && PG_START_CMD="runuser -u postgres -- $PG_START_CMD"

status=0
FAULTS_URL="$URL" FAULTS_TOKEN="$TOKEN" FAULTS_PID="$API_PID" FAULTS_WORK="$WORK" FAULTS_SAMPLE="samples/xiangshan-300.json" \
FAULTS_PG_STOP="$PG_STOP_CMD" FAULTS_PG_START="$PG_START_CMD" FAULTS_PG_OPTIONS="$PG_OPTIONS" \
    python3 scripts/faults/faults.py || status=$?
exit "$status"
