#!/usr/bin/env bash
# Several servers on this machine (docs/deploy.md): a throwaway PostgreSQL (scripts/pg.sh) with a database "scheduler",
# one web process (Scheduler:Role=web: API and pages, enqueues only) on http://127.0.0.1:5080 (CLUSTER_PORT to change)
# and N worker processes (Scheduler:Role=worker: the Hangfire job servers, only /health answered) on the next ports.
# Prints the URLs, PIDs and log files; Ctrl+C (or any exit) stops every process and the cluster.
# Usage: scripts/cluster.sh [--workers N]   (N = 2 by default; extra arguments after -- go to every process)
# Settings through the environment as usual, e.g. Scheduler__Workers__Solves=2 scripts/cluster.sh --workers 3
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/cluster-lib.sh
. scripts/cluster-lib.sh

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

stop_all() {
    trap - EXIT INT TERM
    cluster_stop
    echo "stopped the web process, the workers and PostgreSQL (logs kept in $CLUSTER_LOGS)" >&2
}
trap stop_all EXIT
trap 'exit 130' INT TERM

cluster_start "$WORKERS" "$@"

echo
echo "  PostgreSQL:  $CLUSTER_CONNECTION   (pid file $PG_DATA/postmaster.pid)"
echo "  web          $CLUSTER_URL   pid ${CLUSTER_PIDS[0]}   log $CLUSTER_LOGS/web.log"
for i in $(seq 1 "$WORKERS"); do
    echo "  worker $i     http://127.0.0.1:$((${CLUSTER_PORT:-5080} + i))/health   pid ${CLUSTER_PIDS[$i]}   log $CLUSTER_LOGS/worker-$i.log"
done
cat <<INFO
  office token:  $CLUSTER_TOKEN
  API reference: $CLUSTER_URL/scalar     pages: $CLUSTER_URL/signin     Hangfire: $CLUSTER_URL/hangfire (servers and queues)
  which worker runs a job: the Hangfire dashboard's Processing page (server name host.solves:PID:…),
                           or: grep -l "Solve run" $CLUSTER_LOGS/worker-*.log

  Ctrl+C stops every process and PostgreSQL.

INFO
wait "${CLUSTER_PIDS[0]}"
