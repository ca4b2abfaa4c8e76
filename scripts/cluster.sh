#!/usr/bin/env bash
# Several servers on this machine (docs/deploy.md): a throwaway PostgreSQL (scripts/pg.sh) with a database "scheduler",
# one web process (Scheduler:Role=web: API and pages, enqueues only) on http://127.0.0.1:5080 (CLUSTER_PORT to change)
# and N worker processes (Scheduler:Role=worker: the Hangfire job servers, only /health answered) on the next ports.
# Prints the URLs, PIDs and log files; Ctrl+C (or any exit) stops every process and the cluster.
# Usage: scripts/cluster.sh [--workers N]   (N = 2 by default; extra arguments after -- go to every process)
# Settings through the environment as usual, e.g. Scheduler__Workers__Solves=2 scripts/cluster.sh --workers 3
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/pg.sh
. scripts/pg.sh

WORKERS=2
while [ $# -gt 0 ]; do
    case "$1" in
        --workers) WORKERS=${2:?--workers needs a number}; shift 2 ;;
        --workers=*) WORKERS=${1#--workers=}; shift ;;
        --) shift; break ;;
        -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "error: unknown argument $1 (usage: scripts/cluster.sh [--workers N] [-- service arguments])" >&2; exit 2 ;;
    esac
done
case "$WORKERS" in ''|*[!0-9]*) echo "error: --workers must be a whole number, not '$WORKERS'" >&2; exit 2 ;; esac
[ "$WORKERS" -ge 1 ] && [ "$WORKERS" -le 32 ] || { echo "error: --workers must be 1-32, not $WORKERS" >&2; exit 2; }

PORT=${CLUSTER_PORT:-5080}
LOGS=$(mktemp -d /tmp/scheduler-cluster.XXXXXX)
PIDS=()

command -v dotnet >/dev/null 2>&1 || { echo "error: dotnet is not on PATH; install the .NET 10 SDK" >&2; exit 2; }
for p in $(seq "$PORT" $((PORT + WORKERS))); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
        echo "error: something already listens on 127.0.0.1:$p (set CLUSTER_PORT)" >&2
        exit 2
    fi
done

echo "building src/Scheduler.Api (Release)" >&2
dotnet build src/Scheduler.Api -c Release -nologo -v quiet >&2
DLL=""
for candidate in src/Scheduler.Api/bin/Release/net10.0/*/Scheduler.Api.dll src/Scheduler.Api/bin/Release/net10.0/Scheduler.Api.dll; do
    if [ -f "$candidate" ]; then DLL=$candidate; break; fi
done
[ -n "$DLL" ] || { echo "error: the build left no Scheduler.Api.dll" >&2; exit 2; }

stop_all() {
    trap - EXIT INT TERM
    local pid
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    pg_stop
    echo "stopped the web process, the workers and PostgreSQL (logs kept in $LOGS)" >&2
}
trap stop_all EXIT
trap 'exit 130' INT TERM

pg_start
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres scheduler
CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=scheduler"
TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))' 2>/dev/null || head -c 32 /dev/urandom | base64 | tr -d '/+=\n')
SERVERS=$((WORKERS + 1))

# start ROLE PORT LOG [args]: one process of the built service, configured through the environment as a deployment is.
start() {
    local role=$1 port=$2 log=$3; shift 3
    if [ "$role" = web ]; then
        Scheduler__OfficeToken="$TOKEN" ConnectionStrings__Scheduler="$CONNECTION" Scheduler__Role=web Scheduler__Servers="$SERVERS" \
            ASPNETCORE_ENVIRONMENT=Production dotnet "$DLL" --urls "http://127.0.0.1:$port" "$@" >"$log" 2>&1 &
    else
        # A worker needs only the connection string (and its role).
        ConnectionStrings__Scheduler="$CONNECTION" Scheduler__Role=worker Scheduler__Servers="$SERVERS" \
            ASPNETCORE_ENVIRONMENT=Production dotnet "$DLL" --urls "http://127.0.0.1:$port" "$@" >"$log" 2>&1 &
    fi
    PIDS+=($!)
}

wait_healthy() {
    local pid=$1 url=$2 log=$3
    for _ in $(seq 1 240); do
        kill -0 "$pid" 2>/dev/null || { echo "error: the process $pid exited; its log $log:" >&2; tail -n 30 "$log" >&2; exit 1; }
        if curl -fsS "$url/health" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    echo "error: $url was not healthy in 2 minutes; its log $log:" >&2
    tail -n 30 "$log" >&2
    exit 1
}

# The web process first: it applies the migrations and seeds the office token; the workers then find them done.
start web "$PORT" "$LOGS/web.log" "$@"
wait_healthy "${PIDS[0]}" "http://127.0.0.1:$PORT" "$LOGS/web.log"
for i in $(seq 1 "$WORKERS"); do start worker $((PORT + i)) "$LOGS/worker-$i.log" "$@"; done
for i in $(seq 1 "$WORKERS"); do wait_healthy "${PIDS[$i]}" "http://127.0.0.1:$((PORT + i))" "$LOGS/worker-$i.log"; done

URL="http://127.0.0.1:$PORT"
echo
echo "  PostgreSQL:  $CONNECTION   (pid file $PG_DATA/postmaster.pid)"
echo "  web          $URL   pid ${PIDS[0]}   log $LOGS/web.log"
for i in $(seq 1 "$WORKERS"); do
    echo "  worker $i     http://127.0.0.1:$((PORT + i))/health   pid ${PIDS[$i]}   log $LOGS/worker-$i.log"
done
cat <<INFO
  office token:  $TOKEN
  API reference: $URL/scalar     pages: $URL/signin     Hangfire: $URL/hangfire (servers and queues)
  which worker runs a job: the Hangfire dashboard's Processing page (server name host.solves:PID:…),
                           or: grep -l "Solve run" $LOGS/worker-*.log

  Ctrl+C stops every process and PostgreSQL.

INFO
wait "${PIDS[0]}"
